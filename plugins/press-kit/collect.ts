/**
 * Everything a press kit holds, resolved before a byte of the ZIP is written: the texts (small,
 * in memory), and for photos and PDFs only their size and a way to open them. The ETag comes from
 * this manifest, so a 304 costs a few queries and no file reads.
 */
import type { Readable } from 'node:stream'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { Association, Document, Photo, PressRelease } from '../../payload-types'
import { formatGermanDate } from '../../src/lib/germanDate'
import { type StoredFile, storedPhotoFile, storeOf } from '../press-photos'
import { type CreditEntry, creditsText } from './credits'
import { kitLocale } from './labels'
import { contentDisposition, fileNamePart, kitBaseName, UniqueNames } from './names'
import { type BodyPhoto, bodyPhotoIds, renderBody } from './renderBody'
import { crlfText, type KitContact, releaseHtml, releaseText, windowsText } from './texts'
import type { PressKitArgs } from './types'

/** Bumped whenever the kit's layout changes, so old ETags stop matching. */
const KIT_FORMAT = 'press-kit/1'

export type KitEntry = { name: string; mtime: Date } & (
  | { kind: 'text'; data: Buffer }
  | { kind: 'file'; size: number; open: () => Readable; identity: string }
)

export type PressKit = {
  /** "2026-11-26_aus-dem-revier_Pressemappe.zip" (`_ENTWURF` for a draft). */
  fileName: string
  contentDisposition: string
  /** Weak validator over the manifest (texts' bytes, stored files' identities). */
  etag: string
  draft: boolean
  entries: KitEntry[]
}

type Id = number | string
const idOf = (value: Id | { id: Id } | null | undefined): Id | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
}

/** The photos the release uses, in reading order: hero, gallery, then inline in the body; each once. */
function photoIdsOf(release: PressRelease): Id[] {
  const ids = [
    idOf(release.heroPhoto),
    ...(release.gallery ?? []).map(idOf),
    ...bodyPhotoIds(release.body),
  ]
  return [...new Set(ids.filter((id): id is Id => id !== null))]
}

/**
 * The release's photo references as stored. The reader's copy lacks the photos they may not see
 * (plugins/hidden-relations), but a withdrawn one must still be named "withdrawn" in the credits
 * file; only that word leaves this lookup, and inclusion is decided per photo by the reader's access.
 */
async function storedPhotoIds(req: PayloadRequest, release: PressRelease): Promise<Id[]> {
  const stored = (await req.payload.findByID({
    collection: 'press-releases',
    id: release.id,
    draft: release._status !== 'published',
    overrideAccess: true,
    req,
    depth: 0,
    disableErrors: true,
    locale: req.locale ?? undefined,
    select: { heroPhoto: true, gallery: true, body: true },
  })) as PressRelease | null
  return [...new Set([...(stored ? photoIdsOf(stored) : []), ...photoIdsOf(release)])]
}

async function findPhotos(
  req: PayloadRequest,
  ids: Id[],
  allowEmbargoed: boolean,
): Promise<{ rows: Map<Id, Photo>; visible: Set<Id> }> {
  if (!ids.length) return { rows: new Map(), visible: new Set() }
  // A system lookup (overrideAccess) only to tell a withdrawn photo from a missing one and to
  // describe the photos the reader may have; what goes into the kit is decided below.
  const all = await req.payload.find({
    collection: 'photos',
    where: { id: { in: ids } },
    overrideAccess: true,
    req,
    depth: 0,
    pagination: false,
    limit: ids.length,
    locale: req.locale ?? undefined,
  })
  const rows = new Map<Id, Photo>(all.docs.map((photo) => [photo.id, photo]))
  if (allowEmbargoed) return { rows, visible: new Set(rows.keys()) }
  const readable = await req.payload.find({
    collection: 'photos',
    where: { id: { in: ids } },
    overrideAccess: false,
    req,
    depth: 0,
    pagination: false,
    limit: ids.length,
    select: { withdrawn: true },
  })
  return { rows, visible: new Set(readable.docs.map((photo) => photo.id)) }
}

/** A document's PDF from the store its collection writes to (Payload's local directory or the bucket). */
async function documentFile(req: PayloadRequest, doc: Document): Promise<StoredFile | null> {
  if (!req.payload.collections['documents' as CollectionSlug]?.config.upload || !doc.filename)
    return null
  return storeOf(req.payload, 'documents').get(doc.filename)
}

function hashOf(entries: KitEntry[], extra: string[]): string {
  const hash = createHash('sha256').update(KIT_FORMAT)
  for (const part of extra) hash.update(`\0${part}`)
  for (const entry of entries) {
    hash.update(`\0${entry.name}\0`)
    if (entry.kind === 'text') hash.update(entry.data)
    else hash.update(entry.identity)
  }
  return `W/"${hash.digest('base64url').slice(0, 32)}"`
}

/**
 * The kit of `release` for the reader of `req`. The caller has decided that the reader may have
 * the release (through its own access check, or a pre-access link with `allowEmbargoed`); this
 * function decides about the photos: those the reader may see (or, with `allowEmbargoed`, all of
 * the release's own), never a withdrawn one.
 */
export async function preparePressKit(args: PressKitArgs): Promise<PressKit> {
  const { req, release, asOf = new Date(), allowEmbargoed = false, rendition = 'print' } = args
  const locale = kitLocale(req.locale ?? undefined)
  const association: Association = await req.payload.findGlobal({
    slug: 'association',
    req,
    depth: 0,
    overrideAccess: false,
    locale: req.locale ?? undefined,
  })

  const base = kitBaseName(release)
  const names = new UniqueNames()
  const textName = `${base}.txt`
  const htmlName = `${base}.html`
  const creditsName = 'Bildnachweis.txt'
  for (const reserved of [textName, htmlName, creditsName])
    names.take(reserved.replace(/\.[^.]+$/, ''), reserved.split('.').pop()!)

  const ids = await storedPhotoIds(req, release)
  const { rows, visible } = await findPhotos(req, ids, allowEmbargoed)
  const credits: CreditEntry[] = []
  const kitPhotos = new Map<Id, BodyPhoto>()
  const photoEntries: KitEntry[] = []
  const heroID = idOf(release.heroPhoto)
  for (const id of ids) {
    const photo = rows.get(id)
    if (!photo) continue
    if (photo.withdrawn) {
      credits.push({ state: 'withdrawn' })
      continue
    }
    if (!visible.has(id)) continue
    const stored = photo.renditions?.find((row) => row.name === rendition)
    const filename = stored?.filename ?? photo.filename
    const mimeType = stored?.mimeType ?? photo.mimeType ?? ''
    const file = filename ? await storedPhotoFile(req.payload, filename) : null
    const fileName = names.take(
      `${base}_${fileNamePart(photo.credit, 'Foto')}`,
      EXTENSIONS[mimeType] ?? 'jpg',
    )
    const caption = (id === heroID && release.heroCaption) || photo.caption || ''
    credits.push({
      state: file ? 'included' : 'missing',
      fileName,
      caption,
      credit: photo.credit,
      copyrightHolder: photo.copyrightHolder ?? '',
      licence: photo.licence,
      licenceNote: photo.licenceNote ?? '',
      width: stored?.width ?? photo.width,
      height: stored?.height ?? photo.height,
    })
    if (!file || !filename) {
      req.payload.logger.error({ msg: 'press kit: stored photo file missing', photo: id, filename })
      continue
    }
    kitPhotos.set(id, { fileName, alt: photo.alt ?? '', caption })
    photoEntries.push({
      kind: 'file',
      name: fileName,
      mtime: new Date(photo.updatedAt),
      size: file.size,
      open: file.open,
      identity: `${id}:${photo.updatedAt}:${filename}:${file.size}`,
    })
  }

  const attachmentIds = (release.attachments ?? []).map(idOf).filter((id): id is Id => id !== null)
  const documentEntries: KitEntry[] = []
  if (attachmentIds.length) {
    const { docs } = await req.payload.find({
      collection: 'documents',
      where: { id: { in: attachmentIds } },
      overrideAccess: false,
      req,
      depth: 0,
      pagination: false,
      limit: attachmentIds.length,
      locale: req.locale ?? undefined,
    })
    const byId = new Map<Id, Document>(docs.map((doc) => [doc.id, doc]))
    for (const id of attachmentIds) {
      const doc = byId.get(id)
      const file = doc ? await documentFile(req, doc) : null
      if (!doc || !file) {
        if (doc)
          req.payload.logger.error({
            msg: 'press kit: stored document file missing',
            document: id,
            filename: doc.filename,
          })
        continue
      }
      const stem = fileNamePart(doc.title || doc.filename?.replace(/\.pdf$/i, ''), 'Anhang')
      documentEntries.push({
        kind: 'file',
        name: names.take(stem, 'pdf'),
        mtime: new Date(doc.updatedAt),
        size: file.size,
        open: file.open,
        identity: `${id}:${doc.updatedAt}:${doc.filename}:${file.size}`,
      })
    }
  }

  const contacts: KitContact[] = release.pressContacts?.length
    ? release.pressContacts
    : association.defaultPressContact?.name
      ? [association.defaultPressContact as KitContact]
      : []
  const draft = release._status !== 'published'
  const embargoUntil =
    release.embargo && Date.parse(release.embargo) > asOf.getTime()
      ? formatGermanDate(release.embargo, 'dayAndTime')
      : null
  const hero = heroID === null ? null : (kitPhotos.get(heroID) ?? null)
  const content = {
    locale,
    title: release.title ?? '',
    dateline: release.dateline ?? '',
    date: formatGermanDate(release.displayDate ?? release.createdAt, 'dayOnly'),
    teaser: release.teaser ?? '',
    body: renderBody(release.body, {
      photo: (id) => (id === heroID ? null : (kitPhotos.get(id) ?? null)),
    }),
    about: release.boilerplateSnapshot || association.boilerplate || '',
    contacts,
    responsible: release.responsiblePerson || association.responsiblePerson || '',
    draft,
    embargoUntil,
    hero,
    attachments: documentEntries.map((entry) => entry.name),
  }

  const updated = new Date(release.updatedAt)
  const entries: KitEntry[] = [
    { kind: 'text', name: textName, mtime: updated, data: windowsText(releaseText(content)) },
    { kind: 'text', name: htmlName, mtime: updated, data: crlfText(releaseHtml(content)) },
    {
      kind: 'text',
      name: creditsName,
      mtime: updated,
      data: windowsText(creditsText(content.title, credits)),
    },
    ...photoEntries,
    ...documentEntries,
  ]
  const fileName = `${base}_Pressemappe${draft ? '_ENTWURF' : ''}.zip`
  return {
    fileName,
    contentDisposition: contentDisposition(fileName),
    etag: hashOf(entries, [locale, rendition]),
    draft,
    entries,
  }
}
