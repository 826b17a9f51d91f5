/**
 * `GET /api/press-releases/:id/press-kit.zip`: the release through the reader's own access
 * (anonymous: published and past the Sperrfrist, else 404 like a missing id; staff: drafts too,
 * `?draft=true` for the newest draft), ETag/304 from the manifest, the ZIP streamed.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { isStaff } from '../../src/access/predicates'
import { inBothLanguages } from '../../src/i18n'
import {
  matchesIfNoneMatch,
  PUBLIC_VARY,
  publicCacheControl,
} from '../../src/lib/http/cache/headers'
import { responseCacheState } from '../../src/lib/http/cache/store'
import { preparePressKit } from './collect'
import { pressKitBody } from './stream'
import type { PressKitOptions } from './types'

export const PRESS_KIT_PATH = '/:id/press-kit.zip'

/** PostgreSQL `integer` ids: anything else cannot name a release (and must not reach the query as a 500). */
const MAX_ID = 2_147_483_647

function notFound(req: PayloadRequest): Response {
  const headers = new Headers({
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  return Response.json(
    { errors: [{ message: inBothLanguages('pressKitNotFound') }] },
    { status: 404, headers: headersWithCors({ headers, req }) },
  )
}

/**
 * An anonymous kit may be kept like the public reads (src/lib/http/cache/headers.ts), but never
 * past the next Sperrfrist lift or photo release; a logged-in reader's kit only privately.
 */
async function cacheControl(req: PayloadRequest): Promise<Record<string, string>> {
  if (req.user) return { 'Cache-Control': 'private, no-cache' }
  const nextChange = await responseCacheState()
    .nextChangeAt(Date.now())
    .catch(() => Date.now())
  return { 'Cache-Control': publicCacheControl(nextChange, Date.now()), Vary: PUBLIC_VARY }
}

export function pressKitEndpoint(options: PressKitOptions): Endpoint {
  return {
    path: options.path ?? PRESS_KIT_PATH,
    method: 'get',
    handler: async (req) => {
      const id = Number(req.routeParams?.id)
      if (
        !Number.isInteger(id) ||
        id < 1 ||
        id > MAX_ID ||
        String(id) !== String(req.routeParams?.id)
      )
        return notFound(req)
      const draft = isStaff({ req }) && req.query?.draft === 'true'
      const { docs } = await req.payload.find({
        collection: 'press-releases',
        where: { id: { equals: id } },
        draft,
        overrideAccess: false,
        req,
        depth: 0,
        limit: 1,
        pagination: false,
        locale: req.locale ?? undefined,
      })
      const release = docs[0]
      if (!release) return notFound(req)

      const kit = await preparePressKit({ req, release, rendition: options.rendition })
      const headers = new Headers({ ETag: kit.etag, ...(await cacheControl(req)) })
      if (matchesIfNoneMatch(req.headers.get('if-none-match'), kit.etag)) {
        return new Response(null, { status: 304, headers: headersWithCors({ headers, req }) })
      }
      headers.set('Content-Type', 'application/zip')
      headers.set('Content-Disposition', kit.contentDisposition)
      headers.set('X-Content-Type-Options', 'nosniff')
      const body = pressKitBody(kit, (error) =>
        req.payload.logger.error({ err: error, msg: `press kit ${id}: ZIP stream failed` }),
      )
      return new Response(body, { status: 200, headers: headersWithCors({ headers, req }) })
    },
  }
}
