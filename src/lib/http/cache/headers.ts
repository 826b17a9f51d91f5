/**
 * HTTP caching headers for anonymous public reads (RFC 9110/9111): a strong ETag over the
 * body, If-None-Match with weak comparison, and a Cache-Control whose lifetimes never reach past
 * the next moment the answer changes without a write.
 */
import { createHash } from 'node:crypto'

/** Browsers re-ask after 30 s; a CDN holds a page 60 s and may serve it 30 s longer while it revalidates. */
export const BROWSER_MAX_AGE = 30
export const SHARED_MAX_AGE = 60
export const STALE_WHILE_REVALIDATE = 30

/** Logged-in answers, writes, errors, and everything that is not a public read. */
export const PRIVATE_NO_STORE = 'private, no-store'

/**
 * What an anonymous answer depends on besides the URL: the CORS headers name the request's
 * `Origin`; Next compresses by `Accept-Encoding`; and a request carrying a login (`Authorization`
 * or the auth `Cookie`) gets a different, private answer — so a shared cache must not hand it
 * the anonymous copy. API consumers (other sites' servers, cross-origin fetches) send no cookie
 * for the CMS host, so `Cookie` costs them nothing.
 */
export const PUBLIC_VARY = 'Accept-Encoding, Origin, Authorization, Cookie'

/** A strong validator: the hash of the exact bytes of the body. */
export function strongETag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): `W/"x"` matches `"x"`. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => tag.replace(/^W\//, '') === opaque)
}

/**
 * `public, max-age, s-maxage, stale-while-revalidate`, each capped so that no cache holds or
 * serves the answer past `expiresAt` (a Sperrfrist lift, a scheduled publish, a photo's release).
 */
export function publicCacheControl(expiresAt: number, now: number): string {
  const remaining = Number.isFinite(expiresAt)
    ? Math.max(0, Math.floor((expiresAt - now) / 1000))
    : Number.MAX_SAFE_INTEGER
  const maxAge = Math.min(BROWSER_MAX_AGE, remaining)
  const sharedMaxAge = Math.min(SHARED_MAX_AGE, remaining)
  const stale = Math.min(STALE_WHILE_REVALIDATE, remaining - sharedMaxAge)
  return `public, max-age=${maxAge}, s-maxage=${sharedMaxAge}, stale-while-revalidate=${stale}`
}

/**
 * If-Modified-Since (RFC 9110 13.1.3) for answers that carry a Last-Modified (the feeds): used
 * only when the request has no If-None-Match, which takes precedence.
 */
export function notModifiedSince(request: Request, lastModified: string | undefined): boolean {
  if (!lastModified || request.headers.has('if-none-match')) return false
  const since = Date.parse(request.headers.get('if-modified-since') ?? '')
  const modified = Date.parse(lastModified)
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since
}
