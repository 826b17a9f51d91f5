import type { CollectionBeforeValidateHook } from 'payload'

import type { Event } from '../../payload-types'
import { reportProblems } from '../../src/fields/problems'
import { translate } from '../../src/i18n'

/** Reported with every other invalid field of the save (src/fields/problems.ts). */
export const endAfterStart: CollectionBeforeValidateHook<Event> = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const start = data?.start ?? originalDoc?.start
  const end = data?.end ?? originalDoc?.end
  const wrong = Boolean(start && end && new Date(end) < new Date(start))
  reportProblems(
    req,
    collection,
    'endAfterStart',
    wrong ? [{ path: 'end', message: translate(req.t)('endBeforeStart') }] : [],
  )
  return data
}
