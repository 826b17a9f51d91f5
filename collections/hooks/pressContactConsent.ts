import type { CollectionBeforeValidateHook } from 'payload'

import type { PressContact } from '../../payload-types'

/** Set in `req.context` by the public sign-up and confirmation endpoints; absent for staff writes. */
export const PRESS_LIST_SIGNUP = 'pressListSignup'

/**
 * Consent is recorded, never typed in. The double opt-in endpoints record it themselves; any other
 * write is staff's: a contact they add or put (back) on the list is consented by "staff", which
 * then requires a legal basis (field validation), and taking one off records when. Tokens
 * are the endpoints' alone: staff writes keep the stored ones (or drop them on unsubscribing). Addresses are
 * stored trimmed and in lower case, so one inbox is one contact.
 */
export const pressContactConsent: CollectionBeforeValidateHook<PressContact> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!data) return data
  const next = { ...data }
  if (typeof next.email === 'string') next.email = next.email.trim().toLowerCase()
  if ((req.context as Record<string, unknown>)[PRESS_LIST_SIGNUP]) return next

  const before: Partial<PressContact> = originalDoc ?? {}
  next.consentAt = before.consentAt ?? null
  next.consentSource = before.consentSource ?? null
  next.unsubscribedAt = before.unsubscribedAt ?? null
  next.confirmationTokenHash = before.confirmationTokenHash ?? null
  next.confirmationExpiresAt = before.confirmationExpiresAt ?? null
  const status = next.status ?? (operation === 'create' ? 'subscribed' : before.status)
  next.status = status
  if (status === 'subscribed' && (operation === 'create' || before.status !== 'subscribed')) {
    next.consentAt = new Date().toISOString()
    next.consentSource = 'staff'
    next.unsubscribedAt = null
  }
  if (status === 'unsubscribed' && before.status !== 'unsubscribed') {
    next.unsubscribedAt = new Date().toISOString()
    // A confirmation link still in some inbox must not put the contact back on the list.
    next.confirmationTokenHash = null
    next.confirmationExpiresAt = null
  }
  return next
}
