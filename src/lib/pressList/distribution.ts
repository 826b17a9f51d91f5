/**
 * The press list as the release mailing sees it (plugins/press-distribution): who receives a send,
 * and one mail to one of them with the list's unsubscribe headers.
 */
import type { PayloadRequest, Where } from 'payload'

import type { Recipient, ReleaseMail } from '../../../plugins/press-distribution'
import { PRESS_CONTACTS, sendPressListMail } from '../mail/listMail'

/** Subscribed contacts, optionally only those with one of `topics` and in one of `languages`. */
export async function pressListRecipients(
  req: PayloadRequest,
  filter: { topics: string[]; languages: Array<'de' | 'en'> },
): Promise<Recipient[]> {
  const where: Where[] = [{ status: { equals: 'subscribed' } }]
  if (filter.topics.length) where.push({ topics: { in: filter.topics } })
  if (filter.languages.length) where.push({ language: { in: filter.languages } })
  // The send job reads the list on the press office's behalf; nothing of it leaves the server.
  const { docs } = await req.payload.find({
    collection: PRESS_CONTACTS,
    where: { and: where },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((contact) => ({
    email: contact.email,
    name: contact.name,
    language: contact.language === 'en' ? 'en' : 'de',
    contactID: contact.id,
  }))
}

/**
 * Delivers one release mail. The contact is read again at delivery: someone who unsubscribed
 * after the send was queued receives nothing ('skipped').
 */
export async function deliverToPressContact(
  req: PayloadRequest,
  recipient: Recipient,
  mail: ReleaseMail,
): Promise<'sent' | 'skipped'> {
  if (!recipient.contactID) return 'skipped'
  const contact = await req.payload.findByID({
    collection: PRESS_CONTACTS,
    id: recipient.contactID,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!contact || contact.status !== 'subscribed') return 'skipped'
  await sendPressListMail(req.payload, contact, mail)
  return 'sent'
}
