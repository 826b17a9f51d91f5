/**
 * The queries a frontend page makes, as README "Abfragen für Frontends / Queries for frontends"
 * recommends them, through the official typed SDK. Each `select` names the fields the page shows,
 * so the answer and its TypeScript type are exactly those fields (plus `id`).
 */
import { type PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'

import type { Config, Photo } from '../../payload-types'

export type CMS = PayloadSDK<Config>

/** A populated upload is the photo; at depth 0 (or hidden from the reader) it is an id or null. */
const photoOf = (value: number | Photo | null | undefined): Photo | null =>
  value && typeof value === 'object' ? value : null

/** Newest releases with their group photo (depth 1: the photo in its `defaultPopulate` shape). */
export async function newestReleases(cms: CMS, limit = 5) {
  const page = await cms.find({
    collection: 'press-releases',
    limit,
    sort: '-displayDate',
    depth: 1,
    select: {
      title: true,
      slug: true,
      teaser: true,
      displayDate: true,
      tags: true,
      heroPhoto: true,
    },
  })
  return page.docs.map((release) => ({ ...release, heroPhoto: photoOf(release.heroPhoto) }))
}

/**
 * One release page by slug, old slugs too: the caller redirects when `slug` differs from the one
 * asked for. (README's `full=1` gives every public field; a `select` gets exactly the page's ones.)
 */
export async function releaseBySlug(cms: CMS, slug: string) {
  const page = await cms.find({
    collection: 'press-releases',
    limit: 1,
    depth: 1,
    where: { or: [{ slug: { equals: slug } }, { 'previousSlugs.slug': { equals: slug } }] },
    select: {
      title: true,
      slug: true,
      dateline: true,
      teaser: true,
      body: true,
      heroPhoto: true,
      heroCaption: true,
      displayDate: true,
      tags: true,
    },
  })
  const release = page.docs[0]
  return release
    ? { ...release, heroPhoto: photoOf(release.heroPhoto), redirect: release.slug !== slug }
    : null
}

/** The next events from now on, soonest first. */
export async function nextEvents(cms: CMS, limit = 10) {
  const page = await cms.find({
    collection: 'events',
    limit,
    sort: 'start',
    depth: 1,
    where: { start: { greater_than_equal: new Date().toISOString() } },
    select: {
      title: true,
      slug: true,
      kind: true,
      start: true,
      end: true,
      allDay: true,
      venues: true,
      admission: true,
    },
  })
  return page.docs
}

/** One hit of `GET /api/search` (README "Suche / Search"); the SDK has no search operation. */
export type SearchHit = {
  type: 'press-releases' | 'members' | 'projects' | 'events'
  id: number
  slug: string | null
  title: string | null
  /** HTML-escaped text with the hits in `<mark>`: safe to insert as HTML. */
  snippet: string
  url: string | null
  publishedAt: string | null
}

/**
 * Full-text search through the SDK's plain `request` (its `args` know no `q`, so the query string
 * is part of the path). `null` while the CMS has no search (plugins/search answers 404 before it
 * is deployed).
 */
export async function search(cms: CMS, q: string, limit = 5): Promise<SearchHit[] | null> {
  const query = new URLSearchParams({ q, limit: String(limit) })
  try {
    // `request` throws PayloadSDKError (with `status` and the `errors`) for any non-2xx answer.
    const response = await cms.request({ method: 'GET', path: `/search?${query}` })
    return ((await response.json()) as { docs: SearchHit[] }).docs
  } catch (error) {
    if (error instanceof PayloadSDKError && error.status === 404) return null
    throw error
  }
}

/**
 * Runs the example queries and prints what a page would show. `slug`: the release page to show
 * (default: the newest release).
 */
export async function runExample(
  cms: CMS,
  print: (line: string) => void = console.log,
  slug?: string,
): Promise<void> {
  const releases = await newestReleases(cms)
  print(`Neueste Pressemitteilungen / newest press releases (${releases.length}):`)
  for (const release of releases) {
    const photo = release.heroPhoto
    print(`- ${release.title}${photo ? ` [Foto: ${photo.credit}]` : ''}`)
  }

  const pageSlug = slug ?? releases[0]?.slug
  if (pageSlug) {
    const release = await releaseBySlug(cms, pageSlug)
    if (release) {
      print(`Pressemitteilung / press release: ${release.title}`)
      print(
        `Foto / photo: ${release.heroPhoto?.credit ?? '—'}${release.heroPhoto?.licence ? ` (${release.heroPhoto.licence})` : ''}`,
      )
    }
  }

  const events = await nextEvents(cms)
  print(`Nächste Veranstaltungen / next events (${events.length}):`)
  for (const event of events) print(`- ${event.start} ${event.title}`)

  const hits = await search(cms, 'Kreative')
  if (hits === null) {
    print('Suche / search: nicht verfügbar / not available (no /api/search)')
  } else {
    print(`Suche / search "Kreative" (${hits.length}):`)
    for (const hit of hits) print(`- [${hit.type}] ${hit.title ?? hit.slug ?? hit.id}`)
  }
}
