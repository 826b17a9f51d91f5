/**
 * Which requests the response cache may answer: anonymous GETs of public REST reads.
 */
import type { SanitizedConfig } from 'payload'

import { customList } from '../../config/customLists'

/** Second path segments of a collection that are never public answers. */
const PRIVATE_SEGMENTS = new Set(['versions', 'access', 'me', 'init'])

/**
 * Collection lists, documents and counts (`/api/<collection>[/<id>|/count]`), globals
 * (`/api/globals/<slug>`) and upload files (`/api/<collection>/file/<name>`); not auth
 * collections, Payload's own (`payload-*`) collections, versions, access, or collections marked
 * `custom: { neverPublic: true }` (and everything below them, e.g. their own endpoints).
 */
export function isPublicRead(pathname: string, config: SanitizedConfig): boolean {
  const apiPath = config.routes.api.replace(/\/$/, '')
  if (!pathname.startsWith(`${apiPath}/`)) return false
  const segments = pathname
    .slice(apiPath.length + 1)
    .split('/')
    .filter(Boolean)
  if (publicReadEndpoints(config).some((pattern) => matchesPattern(pattern, segments))) return true
  if (segments[0] === 'globals')
    return segments.length === 2 && config.globals.some((global) => global.slug === segments[1])
  const collection = config.collections.find((candidate) => candidate.slug === segments[0])
  if (!collection || collection.auth || collection.slug.startsWith('payload-')) return false
  // A collection no anonymous reader may ever see (the press list, logs) declares `custom.neverPublic`.
  if ((collection.custom as { neverPublic?: unknown } | undefined)?.neverPublic === true)
    return false
  if (segments.length === 1) return true
  if (segments.length === 2) return !PRIVATE_SEGMENTS.has(segments[1]!)
  return segments.length === 3 && segments[1] === 'file' && Boolean(collection.upload)
}

/**
 * Our own public endpoints (feeds, search, JSON-LD, calendars) that answer anonymous GETs the same
 * for everyone: each plugin or endpoint module adds its path patterns (below the API route, `:x`
 * matching one segment, e.g. `/press-releases/:id/jsonld`) to `config.custom.publicReadEndpoints`.
 * An endpoint listed here must answer anonymous requests only with what anyone may see and must
 * not vary by anything but the URL, `Origin` and `Accept-Encoding` (see PUBLIC_VARY).
 */
export function publicReadEndpoints(config: Pick<SanitizedConfig, 'custom'>): string[] {
  return customList(config.custom, 'publicReadEndpoints')
}

/**
 * Endpoints that stream a large body (the press kit ZIP) and answer HTTP caching themselves:
 * their own ETag, 304 and a public `Cache-Control` capped at the next change for anonymous
 * readers. The response cache would buffer and hash the whole body, so the guard passes their
 * answers through as they are (errors still `no-store`). Listed like `publicReadEndpoints`, in
 * `config.custom.selfCachingEndpoints`; the same duties apply to anonymous answers.
 */
export function selfCachingEndpoints(config: Pick<SanitizedConfig, 'custom'>): string[] {
  return customList(config.custom, 'selfCachingEndpoints')
}

export function isSelfCaching(pathname: string, config: SanitizedConfig): boolean {
  const apiPath = config.routes.api.replace(/\/$/, '')
  if (!pathname.startsWith(`${apiPath}/`)) return false
  const segments = pathname
    .slice(apiPath.length + 1)
    .split('/')
    .filter(Boolean)
  return selfCachingEndpoints(config).some((pattern) => matchesPattern(pattern, segments))
}

function matchesPattern(pattern: string, segments: string[]): boolean {
  const parts = pattern.split('/').filter(Boolean)
  return (
    parts.length === segments.length &&
    parts.every((part, index) => part.startsWith(':') || part === segments[index])
  )
}

/**
 * A request that brings a login (JWT or API key header, or Payload's auth cookie). Its token is
 * not verified here: whether valid or expired, the client asked as someone, so the answer is
 * computed by Payload as usual and sent `private, no-store`, never from or into the shared cache.
 */
export function carriesCredentials(request: Request, config: SanitizedConfig): boolean {
  if (request.headers.get('authorization')) return true
  const cookie = request.headers.get('cookie')
  return Boolean(cookie && cookie.includes(`${config.cookiePrefix}-token=`))
}

/**
 * The normalised request: path, query parameters sorted by name (stable for repeated names),
 * and the `Origin` when the CORS allowlist names it (other origins get the same headers as none).
 */
export function cacheKey(url: URL, request: Request, config: SanitizedConfig): string {
  const query = new URLSearchParams(url.search)
  query.sort()
  const origin = request.headers.get('origin') ?? ''
  const cors = config.cors
  const named =
    (Array.isArray(cors) && cors.includes(origin)) ||
    (typeof cors === 'object' &&
      !Array.isArray(cors) &&
      cors.origins !== '*' &&
      cors.origins.includes(origin))
  return `${url.pathname}?${query.toString()}#${named ? origin : ''}`
}
