/**
 * Reads the environment once, with the defaults documented in `.env.example`.
 * Every security-relevant allowlist comes from here so the config never guesses.
 */

const isProduction = (): boolean => process.env.NODE_ENV === 'production'

const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim().replace(/\/+$/, ''))
    .filter(Boolean)

export const DEV_ORIGINS = ['http://localhost:3000', 'http://127.0.0.1:3000']

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
  if (!isProduction()) DEV_ORIGINS.forEach((origin) => origins.add(origin))
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

export const env = { isProduction }
