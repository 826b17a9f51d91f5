/**
 * The caching layer of the request guard for REST GETs: anonymous public reads get a strong
 * ETag, 304 on a matching If-None-Match and a public Cache-Control, and are answered from the
 * in-server cache while no write and no clock-driven change (Sperrfrist lift, scheduled publish,
 * a photo's release) came in between; everything else is `private, no-store`.
 */
import type { SanitizedConfig } from 'payload'

import { answerExpiry } from './expiry'
import {
  matchesIfNoneMatch,
  notModifiedSince,
  PRIVATE_NO_STORE,
  PUBLIC_VARY,
  publicCacheControl,
  strongETag,
} from './headers'
import { cacheKey, carriesCredentials, isPublicRead, isSelfCaching } from './routes'
import { type CachedAnswer, responseCacheState } from './store'

export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS'

/** Headers that describe one delivery, not the answer; set again on every response. */
const DELIVERY_HEADERS = [
  'cache-control',
  'etag',
  'vary',
  'x-cache',
  'content-length',
  'content-encoding',
  'date',
  'age',
]

/** RESPONSE_CACHE=off stops storing and serving; the HTTP headers stay. Default on. */
export const responseCacheEnabled = (): boolean =>
  process.env.RESPONSE_CACHE?.trim().toLowerCase() !== 'off'

/** RESPONSE_CACHE_MAX_MB (default 50): the byte budget of the in-server cache. */
export function responseCacheMaxBytes(): number {
  const megabytes = Number(process.env.RESPONSE_CACHE_MAX_MB)
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 50) * 1024 * 1024
}

/** Marks a response as not storable by any cache. */
export function noStore(
  response: Response,
  status: CacheStatus = 'BYPASS',
  cacheControl = PRIVATE_NO_STORE,
): Response {
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', cacheControl)
  headers.delete('ETag')
  headers.set('X-Cache', status)
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

/** How long a read waits, after its own answer, for the next-change moment (see cachedRead). */
const NEXT_CHANGE_WAIT_MS = 250

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

/** Answers a REST GET (or HEAD) through the cache where that is allowed. */
export async function cachedRead(
  request: Request,
  config: SanitizedConfig,
  handler: () => Promise<Response>,
): Promise<Response> {
  const url = new URL(request.url)
  if (
    request.method.toUpperCase() === 'GET' &&
    isSelfCaching(url.pathname, config) &&
    !carriesCredentials(request, config)
  ) {
    return ownCaching(await handler())
  }
  if (
    request.method.toUpperCase() !== 'GET' ||
    !isPublicRead(url.pathname, config) ||
    carriesCredentials(request, config)
  ) {
    return noStore(await handler())
  }
  const state = responseCacheState()
  const enabled = responseCacheEnabled() && state.listening
  const key = cacheKey(url, request, config)
  if (enabled) {
    const hit = state.read(key, Date.now())
    if (hit) return deliver(hit, request, 'HIT')
  }

  const generation = state.generation
  // Asked alongside the read, and waited for only briefly after it: a slow or locked table must not
  // hold every public read. Unknown in time (or database unreachable): "now", so nothing is cached
  // and the headers allow no reuse — the safe side for an embargo.
  const nextChange = state.nextChangeAt(Date.now()).catch(() => Date.now())
  const response = await handler()
  const nextChangeAt = await Promise.race([
    nextChange,
    delay(NEXT_CHANGE_WAIT_MS).then(() => Date.now()),
  ])
  // Errors stay out of every cache: a 404 may turn into a 200 with the next publication.
  if (response.status !== 200 || response.headers.has('set-cookie'))
    return noStore(response, 'MISS', 'no-store')
  const declared = Number(response.headers.get('content-length'))
  if (declared > responseCacheMaxBytes() / 8) {
    // Too large to hash in memory (a print original): public headers, no validator, not stored.
    const passed = noStore(response, 'BYPASS', publicCacheControl(nextChangeAt, Date.now()))
    passed.headers.set('Vary', PUBLIC_VARY)
    return passed
  }

  const body = new Uint8Array(await response.arrayBuffer())
  const now = Date.now()
  const headers = [...response.headers].filter(
    ([name]) => !DELIVERY_HEADERS.includes(name.toLowerCase()),
  )
  const answer: CachedAnswer = {
    status: 200,
    headers,
    body,
    etag: strongETag(body),
    expiresAt: Math.min(
      nextChangeAt,
      answerExpiry(body, response.headers.get('content-type'), now),
    ),
  }
  if (enabled) state.store(key, answer, generation, responseCacheMaxBytes(), now)
  return deliver(answer, request, enabled ? 'MISS' : 'BYPASS')
}

/** An anonymous answer of a self-caching endpoint: its own validators and lifetimes, errors never stored. */
function ownCaching(response: Response): Response {
  if (response.status !== 200 && response.status !== 304)
    return noStore(response, 'BYPASS', 'no-store')
  const headers = new Headers(response.headers)
  headers.set('X-Cache', 'BYPASS')
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

function deliver(answer: CachedAnswer, request: Request, status: CacheStatus): Response {
  const headers = new Headers(answer.headers)
  headers.set('ETag', answer.etag)
  headers.set('Cache-Control', publicCacheControl(answer.expiresAt, Date.now()))
  headers.set('Vary', PUBLIC_VARY)
  headers.set('X-Cache', status)
  const lastModified = answer.headers.find(([name]) => name.toLowerCase() === 'last-modified')?.[1]
  if (
    matchesIfNoneMatch(request.headers.get('if-none-match'), answer.etag) ||
    notModifiedSince(request, lastModified)
  ) {
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  headers.set('Content-Length', String(answer.body.byteLength))
  return new Response(answer.body, { status: answer.status, headers })
}
