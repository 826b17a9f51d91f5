/**
 * One guard in front of Payload's Next route handlers (REST and GraphQL), used by
 * `src/app/(payload)/api` and by the tests' ApiClient alike. It refuses request-level bad input
 * with a 4xx before Payload sees it, because Payload's handlers answer several such inputs with a
 * 500: an invalid percent-encoding (a URIError in route matching), malformed JSON to GraphQL (an
 * uncaught throw, empty body), a NUL character (PostgreSQL refuses it in text), a multipart body
 * with a wrong boundary or cut short (busboy's error becomes a 500). It also bounds what is read:
 * JSON bodies are limited to JSON_BODY_LIMIT, multipart uploads to Payload's request size limit.
 * Its answers carry caching headers, and anonymous public reads may come from the response cache
 * (src/lib/http/cache). Requests over a rate limit get a 429 here too (src/lib/rateLimits).
 */
import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { customList } from '../config/customLists'
import { rateLimitsEnabled } from '../rateLimits/limits'
import { checkRateLimit } from '../rateLimits/requests'
import { findJsonDefect, MAX_JSON_DEPTH, readLimitedBody } from './body'
import { cachedRead, noStore } from './cache/respond'
import { hasBadEncoding, isWellEncoded } from './encoding'
import { rejectionResponse, rejections, RequestRejected } from './reject'

/** Generous for any document sent as JSON (rich text included); uploads go as multipart. */
export const JSON_BODY_LIMIT = 1024 * 1024
/** Payload's own default for multipart bodies (processMultipartFormdata), used unless configured. */
const DEFAULT_MULTIPART_LIMIT = 50 * 1024 * 1024

type ConfigArg = Promise<SanitizedConfig> | SanitizedConfig
type Kind = 'rest' | 'graphql'

/** Wraps a Payload route handler so that every request passes `checkRequest` first. */
export function guardRoute<Args extends unknown[]>(
  config: ConfigArg,
  kind: Kind,
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    let checked: Request
    try {
      checked = await checkRequest(request, kind, await config)
    } catch (error) {
      if (!(error instanceof RequestRejected)) throw error
      return noStore(
        await rejectionResponse(error, request, await getPayload({ config, cron: true })),
        'BYPASS',
        'no-store',
      )
    }
    const limited =
      rateLimitsEnabled() &&
      (await checkRateLimit(
        checked,
        kind,
        await config,
        await getPayload({ config, cron: true }),
        () => jsonBody(checked),
      ))
    if (limited) return limited
    const method = checked.method.toUpperCase()
    // A preflight's lifetime is Access-Control-Max-Age; Cache-Control does not apply to it.
    if (method === 'OPTIONS') return handler(checked, ...args)
    if (kind === 'rest' && (method === 'GET' || method === 'HEAD')) {
      return cachedRead(checked, await config, () => handler(checked, ...args))
    }
    return noStore(await handler(checked, ...args))
  }
}

/** The parsed JSON body of a checked POST (login, GraphQL), read from a clone only when asked; else undefined. */
async function jsonBody(request: Request): Promise<unknown> {
  if (
    request.method.toUpperCase() !== 'POST' ||
    !request.headers.get('content-type')?.toLowerCase().includes('application/json')
  )
    return undefined
  return request
    .clone()
    .json()
    .catch(() => undefined)
}

/** Returns the request to hand on (rebuilt when its body had to be read) or throws RequestRejected. */
export async function checkRequest(
  request: Request,
  kind: Kind,
  config: SanitizedConfig,
): Promise<Request> {
  if (hasBadEncoding(request.url)) throw rejections.badEncoding()
  if (!['POST', 'PUT', 'PATCH'].includes(request.method.toUpperCase())) return request

  const contentType = request.headers.get('content-type') ?? ''
  const mediaType = contentType.split(';', 1)[0]!.trim().toLowerCase()

  if (kind === 'graphql') {
    if (mediaType !== 'application/json') {
      const body = await readLimitedBody(request, JSON_BODY_LIMIT)
      throw body.byteLength
        ? rejections.unsupportedType(['application/json'])
        : rejections.graphqlQueryMissing()
    }
    const { text, data } = await readJson(request)
    checkGraphQLBody(data)
    return rebuild(request, text)
  }

  if (mediaType === 'application/json') {
    const { text, data } = await readJson(request)
    if (!text.trim() && writesDocument(request, config)) throw rejections.emptyBody()
    if (text.trim() && (typeof data !== 'object' || data === null || Array.isArray(data)))
      throw rejections.jsonNotObject()
    return rebuild(request, text)
  }
  if (mediaType === 'multipart/form-data')
    return checkMultipart(request, contentType, multipartLimit(config))

  // Payload reads no other body; anything else would be silently dropped (a create with empty
  // data), except the form-encoded query of its "POST as GET" method override.
  const body = await readLimitedBody(request, JSON_BODY_LIMIT)
  if (!body.byteLength) {
    if (writesDocument(request, config)) throw rejections.emptyBody()
    return rebuild(request, undefined)
  }
  const override =
    request.headers.get('x-payload-http-method-override') ??
    request.headers.get('x-http-method-override')
  if (
    mediaType === 'application/x-www-form-urlencoded' &&
    (override?.toUpperCase() === 'GET' || isFormEndpoint(request, config))
  ) {
    if (!isWellEncoded(new TextDecoder().decode(body))) throw rejections.badEncoding()
    return rebuild(request, body)
  }
  throw rejections.unsupportedType(['application/json', 'multipart/form-data'])
}

/**
 * Our own endpoints that take a form post (`application/x-www-form-urlencoded`), e.g. the RFC 8058
 * one-click unsubscribe: each plugin or endpoint module adds its path patterns (below the API route,
 * `:x` matching one segment) to `config.custom.formPostEndpoints`.
 */
export function formPostEndpoints(config: Pick<SanitizedConfig, 'custom'>): string[] {
  return customList(config.custom, 'formPostEndpoints')
}

function isFormEndpoint(request: Request, config: SanitizedConfig): boolean {
  const apiPath = config.routes.api.replace(/\/$/, '')
  const { pathname } = new URL(request.url)
  if (!pathname.startsWith(`${apiPath}/`)) return false
  const segments = pathname
    .slice(apiPath.length + 1)
    .split('/')
    .filter(Boolean)
  return formPostEndpoints(config).some((pattern) => {
    const parts = pattern.split('/').filter(Boolean)
    return (
      parts.length === segments.length &&
      parts.every((part, index) => part.startsWith(':') || part === segments[index])
    )
  })
}

/**
 * Create (`POST /api/<collection>`), update (`PATCH|PUT /api/<collection>[/<id>]`) and global
 * update (`POST /api/globals/<slug>`): an empty body there would save a document with empty data.
 */
function writesDocument(request: Request, config: SanitizedConfig): boolean {
  const apiPath = config.routes.api.replace(/\/$/, '')
  const { pathname } = new URL(request.url)
  if (!pathname.startsWith(`${apiPath}/`)) return false
  const segments = pathname
    .slice(apiPath.length + 1)
    .split('/')
    .filter(Boolean)
  const method = request.method.toUpperCase()
  if (segments[0] === 'globals') {
    return (
      segments.length === 2 &&
      method === 'POST' &&
      config.globals.some((global) => global.slug === segments[1])
    )
  }
  if (!config.collections.some((collection) => collection.slug === segments[0])) return false
  return (
    (segments.length === 1 && ['POST', 'PATCH'].includes(method)) ||
    (segments.length === 2 && ['PATCH', 'PUT'].includes(method))
  )
}

async function readJson(request: Request): Promise<{ text: string; data: unknown }> {
  const body = await readLimitedBody(request, JSON_BODY_LIMIT)
  let text: string
  let data: unknown
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body)
    data = text.trim() ? JSON.parse(text) : undefined
  } catch {
    throw rejections.malformedJson()
  }
  checkDefects(data)
  return { text, data }
}

function checkDefects(data: unknown): void {
  const defect = findJsonDefect(data)
  if (defect === 'nul') throw rejections.nulCharacter()
  if (defect === 'deep') throw rejections.tooDeep(MAX_JSON_DEPTH)
}

function checkGraphQLBody(data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw rejections.graphqlQueryMissing()
  const { query, variables, operationName } = data as Record<string, unknown>
  if (typeof query !== 'string' || !query.trim()) throw rejections.graphqlQueryMissing()
  // GraphQL's own string escape would turn into a NUL only after parsing, past this guard.
  if (/\\u0000/i.test(query)) throw rejections.nulCharacter()
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  ) {
    throw rejections.graphqlVariables()
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    throw rejections.graphqlOperationName()
  }
}

async function checkMultipart(
  request: Request,
  contentType: string,
  limit: number,
): Promise<Request> {
  if (!/;\s*boundary=("[^"]+"|[^\s;]+)/i.test(contentType)) throw rejections.malformedMultipart()
  const body = await readLimitedBody(request, limit)
  let form: FormData
  try {
    // The standard parser is strict: a wrong boundary or a body cut short throws here, where
    // Payload's busboy would fail with a 500 after the upload was already under way.
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData()
  } catch {
    throw rejections.malformedMultipart()
  }
  const payloadField = form.get('_payload')
  if (typeof payloadField === 'string') {
    let data: unknown
    try {
      data = JSON.parse(payloadField)
    } catch {
      throw rejections.malformedPayloadField()
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw rejections.malformedPayloadField()
    checkDefects(data)
  }
  return rebuild(request, body)
}

function multipartLimit(config: SanitizedConfig): number {
  const configured = (config.upload as { requestSizeLimit?: number } | undefined)?.requestSizeLimit
  return typeof configured === 'number' && configured > 0 ? configured : DEFAULT_MULTIPART_LIMIT
}

/** A fresh Request with the body already read (a stream can be read only once). */
function rebuild(request: Request, body: string | Uint8Array<ArrayBuffer> | undefined): Request {
  const headers = new Headers(request.headers)
  headers.delete('transfer-encoding')
  if (body === undefined) headers.delete('content-length')
  else
    headers.set(
      'content-length',
      String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength),
    )
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal })
}
