/**
 * A personal link carries a token derived from a random nonce and the server secret
 * (HMAC-SHA256). Only the nonce and the token's SHA-256 (for lookup) are stored: a database dump
 * alone yields no usable link, while press staff can still see a recipient's link in the admin.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'

/** 32 bytes in base64url: what every issued token looks like. Anything else is refused unread. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

export function newNonce(): string {
  return randomBytes(24).toString('base64url')
}

export function tokenFor(nonce: string, secret: string): string {
  return createHmac('sha256', secret).update(`press-preview:${nonce}`).digest('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The last moment a link works: `validDays` after the Sperrfrist, or after `now` without one. */
export function linkExpiry(
  embargo: string | null | undefined,
  validDays: number,
  now = new Date(),
): Date {
  const from = embargo ? Math.max(new Date(embargo).getTime(), now.getTime()) : now.getTime()
  return new Date(from + validDays * 24 * 60 * 60 * 1000)
}
