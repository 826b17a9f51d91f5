import type { CollectionBeforeChangeHook } from 'payload'

/** Consent must be provable: whenever it changes, when and by whom is recorded, not typed in. */
export const recordConsent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const given = data.consent?.given
  if (given === undefined || given === originalDoc?.consent?.given) return data
  return {
    ...data,
    consent: {
      ...data.consent,
      date: new Date().toISOString(),
      recordedBy: req.user?.id ?? null,
    },
  }
}
