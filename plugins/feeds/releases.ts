/**
 * The releases of a feed, read as the anonymous public reads them: a fresh request without a
 * user and `overrideAccess: false`, so only published releases past their Sperrfrist come back,
 * and a hero or inline photo only if it is public. A logged-in editor asking for the feed gets
 * the same feed as everyone (the response cache relies on that).
 */
import type { Payload, PayloadRequest, TypedLocale, Where } from 'payload'

import { createLocalReq } from 'payload'

import { PHOTO_POPULATE } from '../../collections/shapes'
import type { Association, Photo, PressRelease } from '../../payload-types'
import { frontendURL } from '../../src/lib/frontend'
import { escapeHTML } from '../../src/lib/richtext/escape'
import {
  displayImage,
  figureHTML,
  loadAsReader,
  relationID,
  richTextToHTML,
} from '../../src/lib/richtext/html'

export type FeedPhoto = { url: string; mimeType: string; filesize?: number; credit: string }

export type FeedEntry = {
  id: number
  /** Stable across slug changes: the release's API address. */
  guid: string
  title: string
  link: string
  teaser: string
  /** Body as HTML: dateline in the first paragraph, the hero photo with caption and credit on top. */
  html: string
  published: Date
  updated: Date
  tags: string[]
  photo: FeedPhoto | null
}

export type FeedSource = {
  association: Association
  entries: FeedEntry[]
  lastModified: Date
  reader: PayloadRequest
}

const RELEASE_SELECT = {
  title: true,
  slug: true,
  dateline: true,
  teaser: true,
  body: true,
  heroPhoto: true,
  heroCaption: true,
  tags: true,
  displayDate: true,
  embargo: true,
  updatedAt: true,
  createdAt: true,
} as const

/** Renditions with their sizes (an RSS enclosure needs the length). */
const HERO_SELECT = {
  ...PHOTO_POPULATE,
  updatedAt: true,
  renditions: { ...PHOTO_POPULATE.renditions, filesize: true },
} as const

type HeroPhoto = Pick<
  Photo,
  'id' | 'url' | 'alt' | 'caption' | 'credit' | 'width' | 'height' | 'renditions' | 'updatedAt'
>

export async function loadFeedSource(
  payload: Payload,
  { locale, tag, limit }: { locale: TypedLocale; tag: string | null; limit: number },
): Promise<FeedSource> {
  const reader = await createLocalReq({ locale, fallbackLocale: 'de' }, payload)
  const where: Where = tag ? { tags: { equals: tag } } : {}
  const [association, found] = await Promise.all([
    payload.findGlobal({
      slug: 'association',
      req: reader,
      locale,
      fallbackLocale: 'de',
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'press-releases',
      req: reader,
      overrideAccess: false,
      draft: false,
      locale,
      fallbackLocale: 'de',
      depth: 0,
      limit,
      sort: ['-displayDate', '-createdAt'],
      where,
      select: RELEASE_SELECT,
    }),
  ])
  const releases = found.docs as unknown as PressRelease[]
  const entries = await Promise.all(releases.map((release) => toEntry(release, reader, locale)))
  return {
    association,
    entries,
    reader,
    lastModified: await lastModified(payload, releases, association, entries),
  }
}

async function toEntry(
  release: PressRelease,
  reader: PayloadRequest,
  locale: TypedLocale,
): Promise<FeedEntry> {
  const heroID = relationID(release.heroPhoto)
  const hero =
    heroID === null
      ? null
      : await loadAsReader<HeroPhoto>(reader, 'photos', heroID, HERO_SELECT, locale)
  const body = await richTextToHTML(release.body, { req: reader, locale })
  const html =
    (hero ? figureHTML(hero, release.heroCaption) : '') + withDateline(body, release.dateline)
  const apiURL = `${reader.payload.config.serverURL}${reader.payload.config.routes.api}/press-releases/${release.id}`
  return {
    id: release.id,
    guid: apiURL,
    title: release.title ?? '',
    link: frontendURL('press-releases', release, locale) ?? apiURL,
    teaser: release.teaser ?? '',
    html,
    published: new Date(release.displayDate ?? release.createdAt),
    updated: new Date(release.updatedAt),
    tags: release.tags ?? [],
    photo: hero ? feedPhoto(hero) : null,
  }
}

/** Press convention: the dateline opens the first paragraph ("Essen – Der Verein …"). */
export function withDateline(body: string, dateline: string | null | undefined): string {
  const place = dateline?.trim()
  if (!place) return body
  if (body.startsWith('<p>')) return `<p>${escapeHTML(place)} – ${body.slice(3)}`
  return `<p>${escapeHTML(place)} –</p>${body}`
}

function feedPhoto(photo: HeroPhoto): FeedPhoto | null {
  const image = displayImage(photo)
  if (!image) return null
  const rendition = photo.renditions?.find((row) => row.url === image.url)
  return {
    url: image.url,
    mimeType: rendition?.mimeType ?? 'image/jpeg',
    filesize: rendition?.filesize ?? undefined,
    credit: photo.credit,
  }
}

/**
 * When the feed last changed, for `Last-Modified` and `If-Modified-Since`. Not only the newest
 * item's `updatedAt`: a release becomes visible when its Sperrfrist passes (without a write), an
 * unpublished release leaves the list (its write moves the newest `updatedAt` of all releases),
 * and a withdrawn photo drops its enclosure (its write moves the photo's `updatedAt`). Only
 * timestamps are read past access; nothing of a hidden document reaches the feed.
 */
async function lastModified(
  payload: Payload,
  releases: PressRelease[],
  association: Association,
  entries: FeedEntry[],
): Promise<Date> {
  const photoIDs = new Set<number>()
  for (const release of releases) {
    const hero = relationID(release.heroPhoto)
    if (hero !== null) photoIDs.add(Number(hero))
    for (const id of uploadIDs(release.body)) photoIDs.add(Number(id))
  }
  const [newestRelease, photos] = await Promise.all([
    payload.find({
      collection: 'press-releases',
      depth: 0,
      limit: 1,
      sort: '-updatedAt',
      select: { updatedAt: true },
      overrideAccess: true,
      pagination: false,
    }),
    photoIDs.size
      ? payload.find({
          collection: 'photos',
          depth: 0,
          limit: photoIDs.size,
          where: { id: { in: [...photoIDs] } },
          select: { updatedAt: true },
          overrideAccess: true,
          pagination: false,
        })
      : Promise.resolve({ docs: [] as Array<{ updatedAt: string }> }),
  ])
  const now = Date.now()
  const times = [
    ...entries.map((entry) => entry.updated.getTime()),
    ...releases
      .map((release) => (release.embargo ? Date.parse(release.embargo) : 0))
      .filter((time) => time <= now),
    ...newestRelease.docs.map((doc) => Date.parse(doc.updatedAt)),
    ...photos.docs.map((doc) => Date.parse(doc.updatedAt)),
    association.updatedAt ? Date.parse(association.updatedAt) : 0,
  ].filter(Number.isFinite)
  // HTTP dates have whole seconds.
  return new Date(Math.floor(Math.max(0, ...times) / 1000) * 1000)
}

function uploadIDs(value: unknown): Array<number | string> {
  const ids: Array<number | string> = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const {
      type,
      value: related,
      children,
    } = node as { type?: string; value?: unknown; children?: unknown[] }
    if (type === 'upload') {
      const id = relationID(related)
      if (id !== null) ids.push(id)
    }
    children?.forEach(walk)
  }
  walk((value as { root?: unknown } | null)?.root)
  return ids
}
