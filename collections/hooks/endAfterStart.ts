import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

export const endAfterStart: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const start = data?.start ?? originalDoc?.start
  const end = data?.end ?? originalDoc?.end
  if (start && end && new Date(end) < new Date(start)) {
    throw new ValidationError({
      errors: [{ path: 'end', message: 'Das Ende liegt vor dem Beginn. / The end is before the start.' }],
    })
  }
  return data
}
