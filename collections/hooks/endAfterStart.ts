import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { translate } from '../../src/i18n'

export const endAfterStart: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const start = data?.start ?? originalDoc?.start
  const end = data?.end ?? originalDoc?.end
  if (start && end && new Date(end) < new Date(start)) {
    throw new ValidationError({
      errors: [{ path: 'end', message: translate(req.t)('endBeforeStart') }],
      req,
    }, req.t)
  }
  return data
}
