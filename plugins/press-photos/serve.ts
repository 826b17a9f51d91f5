/**
 * Replaces Payload's `GET /api/<slug>/file/:filename` (custom collection endpoints are matched
 * before the built-in ones). Payload's route checks read access by `filename` and built-in
 * `sizes` only; this one finds the photo by its original OR any rendition file name through the
 * collection's read access, so a withdrawn photo is 404 for the public on every URL at once.
 */
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { Readable } from 'node:stream'
import { headersWithCors } from 'payload'

import { SAFE_STORED_NAME } from './naming'
import type { FileStore } from './store'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const ORIGINAL_PUBLIC = 'public, max-age=3600'
const PRIVATE = 'private, no-store'

type PhotoDoc = {
  filename?: string | null
  mimeType?: string | null
  withdrawn?: boolean | null
  renditions?: Array<{ filename?: string | null; mimeType?: string | null }> | null
}

function notFound(req: PayloadRequest): Response {
  const headers = new Headers({
    'Content-Type': 'application/json; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': PRIVATE,
  })
  return new Response(JSON.stringify({ errors: [{ message: 'Not Found' }] }), {
    status: 404,
    headers: headersWithCors({ headers, req }),
  })
}

export function fileEndpoint(slug: string, store: FileStore): Endpoint {
  return {
    path: '/file/:filename',
    method: 'get',
    handler: async (req) => {
      const filename = String(req.routeParams?.filename ?? '')
      if (!SAFE_STORED_NAME.test(filename)) return notFound(req)
      const { docs } = await req.payload.find({
        collection: slug as CollectionSlug,
        where: {
          or: [{ filename: { equals: filename } }, { 'renditions.filename': { equals: filename } }],
        },
        req,
        overrideAccess: false,
        depth: 0,
        limit: 1,
        pagination: false,
      })
      const doc = docs[0] as PhotoDoc | undefined
      if (!doc) return notFound(req)
      const rendition = doc.renditions?.find((r) => r.filename === filename)
      const mimeType = rendition
        ? rendition.mimeType
        : doc.filename === filename
          ? doc.mimeType
          : undefined
      if (!mimeType || !/^image\/(jpeg|png|webp|avif)$/.test(mimeType)) return notFound(req)
      // Only now, with a committed row found through the reader's access, is the store asked.
      const stored = await store.get(filename)
      if (!stored) return notFound(req)

      const publicCopy = !req.user && !doc.withdrawn
      const headers = new Headers({
        'Content-Type': mimeType,
        'Content-Length': String(stored.size),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Content-Disposition': `inline; filename="${filename}"`,
        'Cache-Control': publicCopy ? (rendition ? IMMUTABLE : ORIGINAL_PUBLIC) : PRIVATE,
      })
      const body = Readable.toWeb(stored.open()) as unknown as ReadableStream<Uint8Array>
      return new Response(body, { status: 200, headers: headersWithCors({ headers, req }) })
    },
  }
}
