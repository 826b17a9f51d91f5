import type { Endpoint, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { Event, PressRelease, Project } from '../../payload-types'
import { isStaff } from '../../src/access/predicates'
import { inBothLanguages, type MessageKey } from '../../src/i18n'
import { LIVE_RELOAD_SCRIPT, type Locale, previewPage } from './render'
import type { LivePreviewCollection } from './types'

const scriptHash = createHash('sha256').update(LIVE_RELOAD_SCRIPT).digest('base64')

/**
 * Never cached, never indexed, framed only by the admin (same origin), and — enforced by the
 * browser — loading nothing from anywhere else: images from this server, no external script or font.
 */
const PREVIEW_HEADERS = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'`,
}

const answer = (status: number, key: MessageKey): Response =>
  Response.json(
    { errors: [{ message: inBothLanguages(key) }] },
    { status, headers: PREVIEW_HEADERS },
  )

const notFound = () => answer(404, 'livePreviewNotFound')

export function livePreviewEndpoint(
  path: string,
  collections: readonly LivePreviewCollection[],
): Endpoint {
  return {
    path: `${path}/:collection/:id`,
    method: 'get',
    handler: async (req: PayloadRequest) => {
      // Drafts and Sperrfrist texts are for staff only; the admin's login cookie comes along in the iframe.
      if (!req.user) return answer(401, 'livePreviewLogin')
      if (!isStaff({ req })) return answer(403, 'livePreviewStaffOnly')
      const collection = req.routeParams?.collection as LivePreviewCollection
      const id = String(req.routeParams?.id ?? '')
      if (!collections.includes(collection) || !/^\d+$/.test(id)) return notFound()
      const locale: Locale = req.searchParams.get('locale') === 'en' ? 'en' : 'de'
      const doc = await req.payload
        .findByID({
          collection,
          id: Number(id),
          draft: true,
          depth: 1,
          locale,
          fallbackLocale: 'de',
          overrideAccess: false,
          disableErrors: true,
          req,
        })
        .catch(() => null)
      if (!doc) return notFound()
      const html = await previewPage(req, collection, doc as PressRelease | Project | Event, locale)
      return new Response(html, {
        status: 200,
        headers: { ...PREVIEW_HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
      })
    },
  }
}
