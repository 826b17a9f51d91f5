import type { CollectionBeforeChangeHook, Condition } from 'payload'

import type { Member } from '../../payload-types'

/**
 * Consent must be provable: when it is given, when and by whom is recorded, not typed in. When it
 * is withdrawn, date and recorder are cleared, so the form never shows a consent that no longer holds.
 */
export const recordConsent: CollectionBeforeChangeHook<Member> = ({ data, originalDoc, req }) => {
  if (!data.consent) return data
  const before = originalDoc?.consent
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
        ? recorder.id
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
export const consentGiven: Condition<Member, NonNullable<Member['consent']>> = (_, siblingData) =>
  Boolean(siblingData?.given)
