import type { Payload, PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { type Bilingual, bothLanguages, joinLanguages } from '../../i18n'

export type { Bilingual } from '../../i18n'

/**
 * The 429 answer: Payload's error shape in German and English, Retry-After in seconds, CORS headers
 * so a website's script can read it. Returned, not thrown: a limit reached is no error to log.
 */
export function tooManyRequests(
  message: Bilingual,
  retryAfterSeconds: number,
  request: Request,
  payload: Payload,
): Response {
  const req = { headers: request.headers, payload } as unknown as PayloadRequest
  const headers = headersWithCors({ headers: new Headers(), req })
  headers.set('Retry-After', String(retryAfterSeconds))
  headers.set('Cache-Control', 'no-store')
  return Response.json({ errors: [{ message: joinLanguages(message) }] }, { status: 429, headers })
}

/** The sentences are in the translation table (src/i18n, keys `rateLimit…`). */
export const LIMIT_MESSAGES = {
  reads: (seconds: number) => bothLanguages('rateLimitReads', { seconds }),
  search: (seconds: number) => bothLanguages('rateLimitSearch', { seconds }),
  signups: (seconds: number) => bothLanguages('rateLimitSignups', { seconds }),
  logins: (seconds: number) => bothLanguages('rateLimitLogins', { seconds }),
  passwordResets: (seconds: number) => bothLanguages('rateLimitPasswordResets', { seconds }),
}
