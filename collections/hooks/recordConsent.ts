import type { CollectionBeforeChangeHook, Condition } from 'payload'

/**
 * Consent must be provable: when it is given, when and by whom is recorded, not typed in. When it
 * is withdrawn, date and recorder are cleared, so the form never shows a consent that no longer holds.
 */
export const recordConsent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!data.consent) return data
  const before = originalDoc?.consent as
    { given?: boolean | null; date?: string | null; recordedBy?: unknown } | undefined
  const wasGiven = Boolean(before?.given)
  const given =
    data.consent.given === undefined || data.consent.given === null
      ? wasGiven
      : Boolean(data.consent.given)
  if (originalDoc && given === wasGiven) {
    // Unchanged consent keeps its record; a typed-in date or recorder is ignored.
    const recorder = before?.recordedBy
    const recordedBy =
      recorder && typeof recorder === 'object' && 'id' in recorder
        ? (recorder as { id: number }).id
        : (recorder ?? null)
    return { ...data, consent: { ...data.consent, date: before?.date ?? null, recordedBy } }
  }
  return {
    ...data,
    consent: {
      ...data.consent,
      date: given ? new Date().toISOString() : null,
      recordedBy: given ? (req.user?.id ?? null) : null,
    },
  }
}

/** Admin condition for the consent's date and recorder (siblings of `given`). */
export const consentGiven: Condition = (_, siblingData) =>
  Boolean((siblingData as { given?: boolean } | undefined)?.given)
