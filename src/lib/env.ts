/**
 * Reads the environment once, with the defaults documented in `.env.example`.
 * Every security-relevant allowlist comes from here so the config never guesses.
 */
import { DEFAULT_DEV_PORT, devOrigins } from './launch/devNetwork'

const isProduction = (): boolean => process.env.NODE_ENV === 'production'

const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim().replace(/\/+$/, ''))
    .filter(Boolean)

export function serverURL(): string {
  const configured = process.env.SERVER_URL?.trim().replace(/\/+$/, '')
  if (configured) return configured
  if (isProduction()) {
    throw new Error(
      'SERVER_URL fehlt: Bitte die öffentliche Adresse des CMS setzen (z. B. https://cms.kreativeklasse.ruhr). / ' +
        'SERVER_URL is missing: set the public address of the CMS (e.g. https://cms.kreativeklasse.ruhr).',
    )
  }
  return `http://localhost:${process.env.PORT ?? '3000'}`
}

/**
 * Origins allowed to call the API from a browser (CORS) and to use a login cookie (CSRF).
 * Localhost is only trusted outside production.
 */
export function allowedOrigins(): string[] {
  const origins = new Set<string>([serverURL(), ...splitList(process.env.CORS_ORIGINS)])
  // Outside production also the dev server's own addresses: localhost, 127.0.0.1, the LAN ones.
  if (!isProduction())
    devOrigins(process.env.PORT ?? DEFAULT_DEV_PORT).forEach((origin) => origins.add(origin))
  return [...origins]
}

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret || secret.length < 32) {
    throw new Error(
      'PAYLOAD_SECRET fehlt oder ist kürzer als 32 Zeichen: `openssl rand -hex 32` erzeugt einen. / ' +
        'PAYLOAD_SECRET is missing or shorter than 32 characters: `openssl rand -hex 32` makes one.',
    )
  }
  return secret
}

export function databaseURI(): string {
  const uri = process.env.DATABASE_URI
  if (!uri) {
    throw new Error(
      'DATABASE_URI ist nicht gesetzt: Bitte mit `npm run dev` oder `npm start` starten, die eine Datenbank bereitstellen. / ' +
        'DATABASE_URI is not set: start with `npm run dev` or `npm start`, which provide a database.',
    )
  }
  return uri
}

/**
 * DATABASE_READ_URIS: connection strings of PostgreSQL read replicas, comma-separated. Public
 * reads go to one of them; writes, transactions and every read shortly after a write on this
 * instance stay on the primary (DATABASE_URI). Unset or empty: everything on the primary.
 */
export function databaseReadURIs(): string[] | undefined {
  const uris = (process.env.DATABASE_READ_URIS ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
  // An empty list would give drizzle's replica router nothing to choose from.
  return uris.length ? uris : undefined
}

export type MailSender = { name: string; address: string }
export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  user?: string
  password?: string
}

const DEFAULT_MAIL_FROM = 'Kreative Klasse e.V. <presse@kreativeklasse.ruhr>'

/** `MAIL_FROM` as `Name <address>` or a bare address. */
export function mailSender(): MailSender {
  const value = process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value)
  if (named) return { name: named[1]!.trim(), address: named[2]! }
  if (/^[^\s@<>]+@[^\s@<>]+$/.test(value)) return { name: '', address: value }
  throw new Error(
    `MAIL_FROM ist keine Absenderadresse („${value}“): erwartet wird z. B. ${DEFAULT_MAIL_FROM}. / ` +
      `MAIL_FROM is not a sender address ("${value}"): expected e.g. ${DEFAULT_MAIL_FROM}.`,
  )
}

/**
 * The SMTP server every mail goes through (double opt-in, password reset, lockout notice, later
 * the releases). Production refuses to start without one: a press office must never lose a mail
 * silently to a console log. Outside production, unset means Payload's console adapter (tests),
 * while `npm run dev` starts a local inbox and sets SMTP_HOST/SMTP_PORT itself.
 */
export function smtpSettings(production = isProduction()): SmtpSettings | undefined {
  const host = process.env.SMTP_HOST?.trim()
  if (!host) {
    if (production) {
      throw new Error(
        'SMTP_HOST fehlt: Ohne Mailserver gingen Bestätigungs-, Passwort- und Pressemails verloren. Bitte SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD setzen. / ' +
          'SMTP_HOST is missing: without a mail server confirmation, password and press mails would be lost. Please set SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD.',
      )
    }
    return undefined
  }
  const secure = process.env.SMTP_SECURE?.trim().toLowerCase() === 'true'
  const port = Number(process.env.SMTP_PORT?.trim() || (secure ? 465 : 587))
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(
      `SMTP_PORT ist keine Portnummer („${process.env.SMTP_PORT}“). / SMTP_PORT is not a port number ("${process.env.SMTP_PORT}").`,
    )
  }
  const user = process.env.SMTP_USER?.trim() || undefined
  return {
    host,
    port,
    secure,
    user,
    password: user ? (process.env.SMTP_PASSWORD ?? '') : undefined,
  }
}

export const env = { isProduction }

/** How long a double opt-in link stays valid (PRESS_CONFIRMATION_HOURS, default 48). */
export function pressConfirmationHours(): number {
  const hours = Number(process.env.PRESS_CONFIRMATION_HOURS?.trim() || 48)
  return Number.isFinite(hours) && hours > 0 ? hours : 48
}
