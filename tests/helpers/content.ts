import type { CollectionSlug, Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import sharp from 'sharp'

/** The content collections of the access rules (users are tested in tests/foundation). */
export const CONTENT_COLLECTIONS = [
  'press-releases',
  'members',
  'photos',
  'documents',
  'projects',
  'events',
  'venues',
] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

export const DRAFT_COLLECTIONS: readonly ContentCollection[] = [
  'press-releases',
  'projects',
  'events',
]
export const UPLOAD_COLLECTIONS: readonly ContentCollection[] = ['photos', 'documents']

/** A short marker that makes each fixture findable in a response body. */
export const marker = (prefix: string): string => `${prefix}-${randomBytes(5).toString('hex')}`

let pngCache: Buffer | undefined

/** A tiny, real PNG made by sharp. */
export async function tinyPng(): Promise<Buffer> {
  pngCache ??= await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 90 } },
  })
    .png()
    .toBuffer()
  return pngCache
}

/** A minimal but well-formed one-page PDF. */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export async function fileFor(collection: ContentCollection): Promise<UploadFile | undefined> {
  if (collection === 'photos') {
    const data = await tinyPng()
    return { data, mimetype: 'image/png', name: `${marker('photo')}.png`, size: data.length }
  }
  if (collection === 'documents') {
    const data = tinyPdf()
    return { data, mimetype: 'application/pdf', name: `${marker('doc')}.pdf`, size: data.length }
  }
  return undefined
}

/**
 * The smallest valid data for one document of `collection`, with `label` in its display field
 * (title / name / alt) so a response can be searched for it. No `_status`: callers decide.
 */
export function minimalData(collection: ContentCollection, label: string): Record<string, unknown> {
  switch (collection) {
    case 'press-releases':
      return { title: label, teaser: `Teaser ${label}` }
    case 'members':
      return { name: label }
    case 'photos':
      return { alt: label, credit: `Credit ${label}` }
    case 'documents':
      return { title: label }
    case 'projects':
      return { title: label }
    case 'events':
      return { title: label, start: '2031-05-08T17:00:00.000Z' }
    case 'venues':
      return { name: label, city: 'Essen' }
  }
}

/** The field `minimalData` put the label in; updates change it. */
export const labelField = (collection: ContentCollection): string =>
  ({
    'press-releases': 'title',
    members: 'name',
    photos: 'alt',
    documents: 'title',
    projects: 'title',
    events: 'title',
    venues: 'name',
  })[collection]

type Doc = { id: number; [key: string]: unknown }

/** Creates a document through the Local API with overrideAccess, as a seed or the lead would. */
export async function createContent(
  payload: Payload,
  collection: ContentCollection,
  data: Record<string, unknown> = {},
  { label = marker(collection) }: { label?: string } = {},
): Promise<Doc> {
  const file = await fileFor(collection)
  const full = { ...minimalData(collection, label), ...data }
  const isDraft = DRAFT_COLLECTIONS.includes(collection) && full._status !== 'published'
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: full as never,
    overrideAccess: true,
    depth: 0,
    draft: isDraft,
    ...(file ? { file } : {}),
  })
  return doc as unknown as Doc
}

/** Reads a document back, bypassing access, with drafts (or null when it is gone). */
export async function readBack(
  payload: Payload,
  collection: ContentCollection,
  id: number | string,
): Promise<Doc | null> {
  const found = await payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    overrideAccess: true,
    draft: DRAFT_COLLECTIONS.includes(collection),
    depth: 0,
    limit: 1,
  })
  return (found.docs[0] as unknown as Doc | undefined) ?? null
}

/** The published (main-table) state of a drafts-enabled document, ignoring newer drafts. */
export async function readPublishedState(
  payload: Payload,
  collection: ContentCollection,
  id: number | string,
): Promise<Doc | null> {
  const found = await payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    overrideAccess: true,
    draft: false,
    depth: 0,
    limit: 1,
  })
  return (found.docs[0] as unknown as Doc | undefined) ?? null
}

/** Multipart body for a REST upload create: the file plus the other fields as `_payload` JSON. */
export async function multipartFor(
  collection: ContentCollection,
  data: Record<string, unknown>,
): Promise<FormData> {
  const file = await fileFor(collection)
  if (!file) throw new Error(`${collection} is not an upload collection`)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  return form
}
