import type { Endpoint, PayloadRequest } from 'payload'

import { PRESS_LIST_SIGNUP } from '../../../collections/hooks/pressContactConsent'
import type { PressContact } from '../../../payload-types'
import { bothLanguages } from '../../i18n'
import { PRESS_CONTACTS } from '../../lib/mail/listMail'
import { contactFromUnsubscribeToken } from '../../lib/pressList/tokens'
import { answer } from './answer'

const INVALID = bothLanguages('pressListUnsubscribeInvalid')
const ASK = bothLanguages('pressListUnsubscribeAsk')
const DONE = bothLanguages('pressListUnsubscribed')

async function contactFor(req: PayloadRequest): Promise<{ contact?: PressContact; url: URL }> {
  const url = new URL(req.url ?? '', 'http://localhost')
  const id = contactFromUnsubscribeToken(req.payload.secret, url.searchParams.get('token') ?? '')
  if (id === undefined) return { url }
  const { docs } = await req.payload.find({
    collection: PRESS_CONTACTS,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { contact: docs[0] as PressContact | undefined, url }
}

/**
 * `GET /api/press-contacts/unsubscribe?token=…` only asks: mail scanners open every link in a mail,
 * and a GET that unsubscribed would take journalists off the list without their doing.
 */
export const unsubscribePageEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const { contact, url } = await contactFor(req)
    if (!contact) return answer(req, 404, INVALID)
    if (contact.status === 'unsubscribed') return answer(req, 200, DONE)
    return answer(req, 200, ASK, {
      form: {
        action: `${url.pathname}${url.search}`,
        button: bothLanguages('pressListUnsubscribeButton'),
      },
    })
  },
}

/**
 * `POST /api/press-contacts/unsubscribe?token=…` — RFC 8058 one-click unsubscribe (mail clients
 * post `List-Unsubscribe=One-Click`) and the button of the page above. No login; the token is the
 * proof. Repeating it answers the same.
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const { contact } = await contactFor(req)
    if (!contact) return answer(req, 404, INVALID)
    if (contact.status !== 'unsubscribed') {
      await req.payload.update({
        collection: PRESS_CONTACTS,
        id: contact.id,
        data: {
          status: 'unsubscribed',
          unsubscribedAt: new Date().toISOString(),
          confirmationTokenHash: null,
          confirmationExpiresAt: null,
        },
        overrideAccess: true,
        context: { [PRESS_LIST_SIGNUP]: true },
        req,
      })
    }
    return answer(req, 200, DONE)
  },
}
