import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A double opt-in token: only its SHA-256 is stored, the token itself exists only in the mail. */
export function newConfirmationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

const unsubscribeMac = (secret: string, id: number | string): string =>
  createHmac('sha256', secret).update(`press-contacts:unsubscribe:${id}`).digest('base64url')

/**
 * The unsubscribe token of a contact, derived (HMAC with the server secret) rather than stored, so
 * every list mail can carry it and nothing readable in the database unsubscribes anyone.
 */
export const unsubscribeToken = (secret: string, id: number | string): string =>
  `${id}.${unsubscribeMac(secret, id)}`

/** The contact id an unsubscribe token was made for, or undefined when it is not genuine. */
export function contactFromUnsubscribeToken(secret: string, token: string): number | undefined {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return undefined
  const expected = Buffer.from(unsubscribeMac(secret, match[1]!))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? Number(match[1])
    : undefined
}
