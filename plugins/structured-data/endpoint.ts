import type { Endpoint, PayloadRequest } from 'payload'

import type { ImageContext } from './builders/image'
import { type Locale, type Lookup, type Readable, readDocument, type ReadOptions } from './read'
import { errorResponse, jsonLdResponse, messages } from './respond'
import type { StructuredDataOptions } from './types'
import { licencePageURL } from './urls'

const LOCALES: Locale[] = ['de', 'en']
/** The largest id a PostgreSQL `serial` can hold; anything else cannot name a document. */
const MAX_ID = 2_147_483_647
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** What every builder gets besides the document. */
export type BuildContext = ReadOptions & {
  req: PayloadRequest
  options: StructuredDataOptions
  images: ImageContext
}

export type Builder<C extends keyof Readable> = (
  doc: Readable[C],
  context: BuildContext,
) => Promise<object>

function parseLookup(req: PayloadRequest): Lookup | Response {
  const params = req.routeParams ?? {}
  if ('slug' in params) {
    const slug = String(params.slug)
    return slug.length <= 200 && SLUG.test(slug)
      ? { slug }
      : errorResponse(req, 404, messages.badSlug())
  }
  const raw = String(params.id ?? '')
  const id = Number(raw)
  return /^[1-9]\d{0,9}$/.test(raw) && id <= MAX_ID
    ? { id }
    : errorResponse(req, 404, messages.badID())
}

/**
 * `?locale=de|en` (default German; English falls back to German per field like REST) and, for a
 * logged-in reader only, `?draft=true` (the newest draft, for previews: answered `private, no-store`
 * by the request guard since the request carries a login).
 */
function parseReadOptions(req: PayloadRequest): ReadOptions | Response {
  const search = new URL(req.url ?? 'http://localhost').searchParams
  const locale = search.get('locale') ?? 'de'
  if (!LOCALES.includes(locale as Locale))
    return errorResponse(req, 400, messages.badLocale(LOCALES))
  return { locale: locale as Locale, draft: Boolean(req.user) && search.get('draft') === 'true' }
}

/**
 * `GET /api/<collection>/:id/jsonld` and `GET /api/<collection>/slug/:slug/jsonld`: the document read
 * as the requester, 404 when it does not exist or the requester may not see it (the same answer for
 * both, so an embargoed release cannot be told from a missing one).
 */
export function jsonLdEndpoints<C extends keyof Readable>(
  collection: C,
  build: Builder<C>,
  options: StructuredDataOptions,
): Endpoint[] {
  const handler = async (req: PayloadRequest): Promise<Response> => {
    const lookup = parseLookup(req)
    if (lookup instanceof Response) return lookup
    const readOptions = parseReadOptions(req)
    if (readOptions instanceof Response) return readOptions
    const doc = await readDocument(req, collection, lookup, readOptions)
    if (!doc) return errorResponse(req, 404, messages.notFound())
    const node = await build(doc, {
      ...readOptions,
      req,
      options,
      images: { licencePageURL: licencePageURL(options) },
    })
    return jsonLdResponse(req, node)
  }
  return [
    { path: '/:id/jsonld', method: 'get', handler },
    { path: '/slug/:slug/jsonld', method: 'get', handler },
  ]
}

/** The patterns for `config.custom.publicReadEndpoints` (response cache, ETag, Cache-Control). */
export const publicPaths = (collection: string): string[] => [
  `/${collection}/:id/jsonld`,
  `/${collection}/slug/:slug/jsonld`,
]
