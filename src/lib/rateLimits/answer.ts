import type { Payload, PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

export type Bilingual = { de: string; en: string }

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
  return Response.json(
    { errors: [{ message: `${message.de} / ${message.en}` }] },
    { status: 429, headers },
  )
}

export const LIMIT_MESSAGES = {
  reads: (seconds: number) => ({
    de: `Zu viele Anfragen von dieser Adresse. Bitte in ${seconds} Sekunden erneut versuchen.`,
    en: `Too many requests from this address. Please try again in ${seconds} seconds.`,
  }),
  search: (seconds: number) => ({
    de: `Zu viele Suchanfragen von dieser Adresse. Bitte in ${seconds} Sekunden erneut versuchen.`,
    en: `Too many searches from this address. Please try again in ${seconds} seconds.`,
  }),
  signups: (seconds: number) => ({
    de: `Zu viele Anmeldungen von dieser Adresse. Bitte in ${seconds} Sekunden erneut versuchen.`,
    en: `Too many sign-ups from this address. Please try again in ${seconds} seconds.`,
  }),
  logins: (seconds: number) => ({
    de: `Zu viele Anmeldeversuche für dieses Konto von dieser Adresse. Bitte in ${seconds} Sekunden erneut versuchen.`,
    en: `Too many login attempts for this account from this address. Please try again in ${seconds} seconds.`,
  }),
  passwordResets: (seconds: number) => ({
    de: `Zu viele Anfragen zum Zurücksetzen des Passworts von dieser Adresse. Bitte in ${seconds} Sekunden erneut versuchen.`,
    en: `Too many password reset requests from this address. Please try again in ${seconds} seconds.`,
  }),
}
