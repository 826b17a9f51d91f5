import type { Payload } from 'payload'

import type { PressContact } from '../../../payload-types'
import { mailSender } from '../env'
import { unsubscribeToken } from '../pressList/tokens'
import type { MailContent } from './layout'

export const PRESS_CONTACTS = 'press-contacts'

type ListContact = Pick<PressContact, 'id' | 'email' | 'status'>

/** Where a contact's confirmation and unsubscribe links point (the public API of the CMS). */
export function pressListURL(
  payload: Payload,
  endpoint: 'confirm' | 'unsubscribe',
  token: string,
): string {
  const { serverURL, routes } = payload.config
  return `${serverURL}${routes.api}/${PRESS_CONTACTS}/${endpoint}?token=${encodeURIComponent(token)}`
}

export const unsubscribeURLFor = (payload: Payload, contactID: number): string =>
  pressListURL(payload, 'unsubscribe', unsubscribeToken(payload.secret, contactID))

/**
 * RFC 8058 one-click unsubscribe: mail clients show an "unsubscribe" button and POST
 * `List-Unsubscribe=One-Click` to the HTTPS URL without opening it; the mailto is for clients
 * without that, and reaches the press office.
 */
export function listUnsubscribeHeaders(
  payload: Payload,
  contactID: number,
): Record<string, string> {
  const mailto = `mailto:${mailSender().address}?subject=${encodeURIComponent(`Abmelden / Unsubscribe ${contactID}`)}`
  return {
    'List-Unsubscribe': `<${unsubscribeURLFor(payload, contactID)}>, <${mailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  }
}

/**
 * Sends one mail of the press list (a release, a note to a subscriber) to one contact, with the
 * List-Unsubscribe headers. Only subscribed contacts receive list mail; anyone else is refused.
 */
export async function sendPressListMail(
  payload: Payload,
  contact: ListContact,
  content: MailContent,
): Promise<void> {
  if (contact.status !== 'subscribed') {
    throw new Error(
      `press contact ${contact.id} is not subscribed (${contact.status ?? 'no status'}); list mail refused`,
    )
  }
  await payload.sendEmail({
    to: contact.email,
    subject: content.subject,
    html: content.html,
    text: content.text,
    headers: listUnsubscribeHeaders(payload, contact.id),
  })
}
