/**
 * Which limit a request to the API counts against, and the check itself, for the request guard
 * (src/lib/http/guard.ts): login and password reset (REST and their GraphQL mutations), search,
 * and every other anonymous read. Logged-in staff are not limited on reads; a request only
 * claiming a login (a bogus token) is verified first, so it cannot skip the limit.
 */
import type { Payload, SanitizedConfig } from 'payload'

import { databasePool } from '../database/resilience'
import { carriesCredentials } from '../http/cache/routes'
import { clientAddress } from '../http/clientAddress'
import { LIMIT_MESSAGES, tooManyRequests } from './answer'
import { limitFor, type LimitName, rateLimitsEnabled } from './limits'
import { consume } from './store'

type Kind = 'rest' | 'graphql'
type Counted = { limit: LimitName; key: string; readsOnly: boolean }

/** Reads the JSON body the guard has already checked (undefined when there is none). */
export type ReadBody = () => Promise<unknown>

const emailIn = (data: unknown): string => {
  const email =
    (data as { email?: unknown; variables?: { email?: unknown } } | null)?.email ??
    (data as { variables?: { email?: unknown } } | null)?.variables?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : ''
}

async function classify(
  request: Request,
  kind: Kind,
  config: SanitizedConfig,
  readBody: ReadBody,
): Promise<Counted | undefined> {
  const client = clientAddress(request.headers)
  const method = request.method.toUpperCase()
  const users = config.admin.user
  if (kind === 'graphql') {
    const body = await readBody()
    const query = (body as { query?: unknown } | null)?.query
    const text = typeof query === 'string' ? query : ''
    // Payload names them after the auth collection's singular (`loginUser`); any auth collection counts.
    if (/\blogin[A-Z]\w*\s*\(/.test(text))
      return { limit: 'logins', key: `${client}|${emailIn(body)}`, readsOnly: false }
    if (/\bforgotPassword[A-Z]\w*\s*\(/.test(text))
      return { limit: 'passwordResets', key: client, readsOnly: false }
    return { limit: 'reads', key: client, readsOnly: true }
  }
  const apiPath = config.routes.api.replace(/\/$/, '')
  const path = new URL(request.url).pathname.slice(apiPath.length).replace(/\/+$/, '')
  if (method === 'POST' && path === `/${users}/login`)
    return { limit: 'logins', key: `${client}|${emailIn(await readBody())}`, readsOnly: false }
  if (method === 'POST' && path === `/${users}/forgot-password`)
    return { limit: 'passwordResets', key: client, readsOnly: false }
  if (method !== 'GET' && method !== 'HEAD') return undefined
  if (path === '/search' || path.startsWith('/search/'))
    return { limit: 'search', key: client, readsOnly: true }
  return { limit: 'reads', key: client, readsOnly: true }
}

async function isLoggedIn(
  request: Request,
  config: SanitizedConfig,
  payload: Payload,
): Promise<boolean> {
  if (!carriesCredentials(request, config)) return false
  try {
    const { user } = await payload.auth({ headers: request.headers })
    return Boolean(user)
  } catch {
    return false
  }
}

/** A 429 when the request is over its limit, else undefined (go on). */
export async function checkRateLimit(
  request: Request,
  kind: Kind,
  config: SanitizedConfig,
  payload: Payload,
  readBody: ReadBody,
): Promise<Response | undefined> {
  if (!rateLimitsEnabled() || request.method.toUpperCase() === 'OPTIONS') return undefined
  const counted = await classify(request, kind, config, readBody)
  if (!counted) return undefined
  if (counted.readsOnly && (await isLoggedIn(request, config, payload))) return undefined
  const decision = await consume(
    databasePool(payload),
    limitFor(counted.limit),
    counted.key,
    (message) => payload.logger.warn(message),
  )
  if (decision.allowed) return undefined
  const message = LIMIT_MESSAGES[counted.limit as keyof typeof LIMIT_MESSAGES](
    decision.retryAfterSeconds,
  )
  return tooManyRequests(message, decision.retryAfterSeconds, request, payload)
}
