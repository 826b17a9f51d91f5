import type { CollectionBeforeValidateHook, FieldHook } from 'payload'

import { ValidationError } from 'payload'

import type { PressRelease } from '../../payload-types'
import { l } from '../../src/fields/labels'
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
 * autosave too (beforeValidate hooks run where field validation is skipped for drafts).
 */
export const embargoInFuture: CollectionBeforeValidateHook<PressRelease> = ({ data, originalDoc, req }) => {
  if (!data || !('embargo' in data)) return data
  const next = instant(data.embargo)
  if (next === null || next === instant(originalDoc?.embargo)) return data
  if (next <= Date.now()) {
    // With `req.t` the headline reads "Das folgende Feld ist ungültig: Sperrfrist" in the editor's language.
    throw new ValidationError({ errors: [{ path: 'embargo', label: l('Sperrfrist', 'Embargo'), message: translate(req.t)('embargoInPast') }], req }, req.t)
  }
  return data
}

/** A duplicate of a release whose embargo has passed starts without one instead of being refused. */
export const dropPassedEmbargoOnDuplicate: FieldHook<PressRelease> = ({ value }) => {
  const time = instant(value)
  return time !== null && time <= Date.now() ? null : value
}
