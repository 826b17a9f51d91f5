import type { CollectionBeforeValidateHook, FieldHook } from 'payload'

import type { PressRelease } from '../../payload-types'
import { l } from '../../src/fields/labels'
import { reportProblems } from '../../src/fields/problems'
import { translate } from '../../src/i18n'

const instant = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? null : time
}

/**
 * An embargo is only ever a future time: setting or changing it to a past moment would publish the
 * text at once, which is what clearing it is for. An unchanged embargo that has since passed is
 * fine, so an old release can still get its typo fixed and be republished. Runs for drafts and
 * autosave too (refuseUnreportedProblems refuses a draft save, where no field is validated).
 */
export const embargoInFuture: CollectionBeforeValidateHook<PressRelease> = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const next = data && 'embargo' in data ? instant(data.embargo) : null
  const moved = next !== null && next !== instant(originalDoc?.embargo)
  // Reported with every other invalid field of the save (src/fields/problems.ts); drafts are refused too.
  const problems =
    moved && next <= Date.now()
      ? [
          {
            path: 'embargo',
            label: l('Sperrfrist', 'Embargo'),
            message: translate(req.t)('embargoInPast'),
          },
        ]
      : []
  reportProblems(req, collection, 'embargoInFuture', problems)
  return data
}

/** A duplicate of a release whose embargo has passed starts without one instead of being refused. */
export const dropPassedEmbargoOnDuplicate: FieldHook<PressRelease> = ({ value }) => {
  const time = instant(value)
  return time !== null && time <= Date.now() ? null : value
}
