import type { Endpoint } from 'payload'

import { PRESS_LIST_SIGNUP } from '../../../collections/hooks/pressContactConsent'
import type { PressContact } from '../../../payload-types'
import { bothLanguages } from '../../i18n'
import { PRESS_CONTACTS } from '../../lib/mail/listMail'
import { hashToken } from '../../lib/pressList/tokens'
import { answer } from './answer'

const CONFIRMED = bothLanguages('pressListConfirmed')
const UNKNOWN = bothLanguages('pressListConfirmUnknown')
const EXPIRED = bothLanguages('pressListConfirmExpired')

/**
 * `GET /api/press-contacts/confirm?token=…` — the link in the double opt-in mail. Confirming
 * records consent (when, and that it came by double opt-in); clicking again answers the same.
 */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const token = new URL(req.url ?? '', 'http://localhost').searchParams.get('token') ?? ''
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return answer(req, 400, UNKNOWN)
    const { docs } = await req.payload.find({
      collection: PRESS_CONTACTS,
      where: { confirmationTokenHash: { equals: hashToken(token) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const contact = docs[0] as PressContact | undefined
    if (!contact) return answer(req, 404, UNKNOWN)
    if (contact.status === 'subscribed') return answer(req, 200, CONFIRMED)
    if (
      !contact.confirmationExpiresAt ||
      new Date(contact.confirmationExpiresAt).getTime() <= Date.now()
    )
      return answer(req, 410, EXPIRED)
    await req.payload.update({
      collection: PRESS_CONTACTS,
      id: contact.id,
      data: {
        status: 'subscribed',
        consentAt: new Date().toISOString(),
        consentSource: 'double-opt-in',
        unsubscribedAt: null,
      },
      overrideAccess: true,
      context: { [PRESS_LIST_SIGNUP]: true },
      req,
    })
    return answer(req, 200, CONFIRMED)
  },
}
