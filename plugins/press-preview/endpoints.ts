import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { Readable } from 'node:stream'

import { hasRole } from '../../src/access/predicates'
import { inBothLanguages } from '../../src/i18n'
import { storeOf } from '../press-photos'
import { SAFE_STORED_NAME } from '../press-photos/naming'
import { PREVIEWS } from './collections'
import { previewURL } from './hooks/linkFields'
import { invalidLinkPage, previewPage } from './page'
import { previewPhotos, renditionNamed } from './photos'
import { idOf, logOpening, type ResolvedPreview, resolvePreview } from './resolve'
import type { ResolvedPressPreviewOptions } from './types'

/** A token in the URL: nothing may be cached, indexed, or leak through a Referer. */
const PRIVATE_HEADERS = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}

function wantsJSON(req: PayloadRequest): boolean {
  return req.searchParams.get('format') === 'json'
}

function notFound(req: PayloadRequest): Response {
  if (wantsJSON(req) || req.routeParams?.filename || req.routeParams?.id) {
    return Response.json(
      { errors: [{ message: inBothLanguages('pressPreviewLinkInvalid') }] },
      { status: 404, headers: PRIVATE_HEADERS },
    )
  }
  return new Response(invalidLinkPage(), {
    status: 404,
    headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

function publicReleaseURL(pattern: string, release: ResolvedPreview['release']): string {
  return pattern.replace('{slug}', encodeURIComponent(release.slug ?? String(release.id)))
}

/** Streams a stored file through the same store the collection writes to (disk or bucket). */
async function streamFile(
  req: PayloadRequest,
  slug: CollectionSlug,
  key: string,
  contentType: string,
): Promise<Response | null> {
  const stored = await storeOf(req.payload, slug).get(key)
  if (!stored) return null
  const body = Readable.toWeb(stored.open()) as unknown as ReadableStream<Uint8Array>
  return new Response(body, {
    status: 200,
    headers: {
      ...PRIVATE_HEADERS,
      'Content-Type': contentType,
      'Content-Length': String(stored.size),
      'Content-Disposition': `inline; filename="${key}"`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  })
}

export function previewEndpoints(options: ResolvedPressPreviewOptions): Endpoint[] {
  const base = (req: PayloadRequest, token: string) =>
    previewURL(req.payload.config.serverURL, req.payload.config.routes.api, token)

  const open: Endpoint = {
    path: '/press-preview/:token',
    method: 'get',
    handler: async (req) => {
      const token = String(req.routeParams?.token ?? '')
      const preview = await resolvePreview(req, token, options)
      if (!preview) return notFound(req)
      if (preview.isPublic) {
        // After the Sperrfrist the link leads to the public release, like everyone else's.
        await logOpening(req, preview, 'public')
        return new Response(null, {
          status: 303,
          headers: {
            ...PRIVATE_HEADERS,
            Location: publicReleaseURL(options.publicReleaseURL, preview.release),
          },
        })
      }
      const photos = await previewPhotos(req, preview.release, preview.locale, options)
      const attachments = await previewAttachments(req, preview, options)
      const association = (await req.payload.findGlobal({
        slug: 'association',
        locale: preview.locale,
        fallbackLocale: 'de',
        depth: 0,
        overrideAccess: true,
        req,
      })) as {
        boilerplate?: string | null
        responsiblePerson?: string | null
      }
      const data = {
        release: preview.release,
        locale: preview.locale,
        photos: photos.map((photo) => ({
          photo,
          screenURL: `${base(req, token)}/file/${renditionNamed(photo, 'hero')?.filename ?? ''}`,
          printURL: `${base(req, token)}/file/${renditionNamed(photo, 'print')?.filename ?? ''}`,
        })),
        attachments: attachments.map((file) => ({
          filename: file.filename,
          url: `${base(req, token)}/attachment/${file.id}`,
        })),
        pressKitURL: options.pressKit ? `${base(req, token)}/press-kit.zip` : null,
        boilerplate: preview.release.boilerplateSnapshot ?? association.boilerplate,
        responsiblePerson: preview.release.responsiblePerson ?? association.responsiblePerson,
      }
      await logOpening(req, preview, 'page')
      if (wantsJSON(req)) {
        const { body: _lexical, ...release } = preview.release
        return Response.json(
          {
            release,
            photos: data.photos.map(({ photo, screenURL, printURL }) => ({
              id: photo.id,
              alt: photo.alt,
              caption: photo.caption,
              credit: photo.credit,
              licence: photo.licence,
              licenceNote: photo.licenceNote,
              screenURL,
              printURL,
            })),
            attachments: data.attachments,
            pressKitURL: data.pressKitURL,
            boilerplate: data.boilerplate,
            responsiblePerson: data.responsiblePerson,
          },
          { headers: PRIVATE_HEADERS },
        )
      }
      return new Response(previewPage(data), {
        headers: {
          ...PRIVATE_HEADERS,
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy':
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
        },
      })
    },
  }

  const file: Endpoint = {
    path: '/press-preview/:token/file/:filename',
    method: 'get',
    handler: async (req) => {
      const preview = await resolvePreview(req, String(req.routeParams?.token ?? ''), options)
      const filename = String(req.routeParams?.filename ?? '')
      if (!preview || preview.isPublic) return notFound(req)
      const photos = await previewPhotos(req, preview.release, preview.locale, options)
      for (const photo of photos) {
        const rendition = photo.renditions?.find((candidate) => candidate.filename === filename)
        const mimeType =
          rendition?.mimeType ?? (photo.filename === filename ? photo.mimeType : undefined)
        if (!mimeType) continue
        const response = SAFE_STORED_NAME.test(filename)
          ? await streamFile(req, options.photos, filename, mimeType)
          : null
        if (!response) return notFound(req)
        await logOpening(req, preview, 'file')
        return response
      }
      return notFound(req)
    },
  }

  const attachment: Endpoint = {
    path: '/press-preview/:token/attachment/:id',
    method: 'get',
    handler: async (req) => {
      const preview = await resolvePreview(req, String(req.routeParams?.token ?? ''), options)
      if (!preview || preview.isPublic) return notFound(req)
      const wanted = String(req.routeParams?.id ?? '')
      const document = (await previewAttachments(req, preview, options)).find(
        (candidate) => String(candidate.id) === wanted,
      )
      const response = document
        ? await streamFile(
            req,
            options.documents,
            document.filename,
            document.mimeType ?? 'application/pdf',
          )
        : null
      if (!response) return notFound(req)
      await logOpening(req, preview, 'attachment')
      return response
    },
  }

  const pressKit: Endpoint = {
    path: '/press-preview/:token/press-kit.zip',
    method: 'get',
    handler: async (req) => {
      const preview = await resolvePreview(req, String(req.routeParams?.token ?? ''), options)
      if (!preview || preview.isPublic || !options.pressKit) return notFound(req)
      // The link grants this release before its Sperrfrist; withdrawn photos stay out regardless.
      req.locale = preview.locale
      const kit = await options.pressKit({
        req,
        release: preview.release as never,
        allowEmbargoed: true,
      })
      await logOpening(req, preview, 'press-kit')
      return new Response(kit.body, {
        status: 200,
        headers: {
          ...PRIVATE_HEADERS,
          'Content-Type': 'application/zip',
          'Content-Disposition': kit.contentDisposition,
        },
      })
    },
  }

  return [open, file, attachment, pressKit]
}

type AttachmentDoc = { id: number; filename: string; mimeType?: string | null }

async function previewAttachments(
  req: PayloadRequest,
  preview: ResolvedPreview,
  options: ResolvedPressPreviewOptions,
): Promise<AttachmentDoc[]> {
  const ids = (preview.release.attachments ?? [])
    .map(idOf)
    .filter((id): id is number => id !== undefined && id !== null)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: options.documents,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as AttachmentDoc[]).filter((doc) => Boolean(doc.filename))
}

/** `POST /api/press-releases/:id/revoke-previews`: press and admin withdraw every link of a release at once. */
export function revokeAllEndpoint(): Endpoint {
  return {
    path: '/:id/revoke-previews',
    method: 'post',
    handler: async (req) => {
      if (!hasRole('admin', 'press')({ req })) {
        return Response.json(
          { errors: [{ message: inBothLanguages('pressPreviewRevokeOnlyPress') }] },
          { status: 403 },
        )
      }
      const id = String(req.routeParams?.id ?? '')
      if (!/^\d{1,15}$/.test(id)) {
        return Response.json(
          { errors: [{ message: inBothLanguages('pressPreviewUnknownRelease') }] },
          { status: 404 },
        )
      }
      const revoked = await revokeReleasePreviews(req, Number(id))
      return Response.json({
        revoked,
        message: inBothLanguages('pressPreviewRevoked', { revoked }),
      })
    },
  }
}

/** Revokes every open link of a release; returns how many. */
export async function revokeReleasePreviews(
  req: PayloadRequest,
  releaseID: number,
): Promise<number> {
  const { docs } = await req.payload.update({
    collection: PREVIEWS,
    where: { and: [{ release: { equals: releaseID } }, { revoked: { not_equals: true } }] },
    data: { revoked: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}
