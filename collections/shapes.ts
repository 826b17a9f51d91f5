import type {
  DocumentsSelect,
  EventsSelect,
  MembersSelect,
  PhotosSelect,
  PressReleasesSelect,
  ProjectsSelect,
  VenuesSelect,
} from '../payload-types'

/**
 * The response shapes a frontend gets (README "Abfragen für Frontends / Queries for frontends").
 * `*_POPULATE` is a collection's `defaultPopulate`: what a related document carries inside another
 * one. `*_LIST` is what a REST list request without `select` returns (plugins/list-shape).
 * Each is a Payload `select`, so the database reads only these columns.
 */

/** Renditions a page shows: card (lists, teasers), hero (article top), social (og:image). */
export const DISPLAY_RENDITIONS = [
  'card',
  'cardWebp',
  'cardAvif',
  'hero',
  'heroWebp',
  'heroAvif',
  'social',
] as const
/** A list card needs one crop; AVIF with the JPEG as fallback covers every browser. */
export const CARD_RENDITIONS = ['cardAvif', 'card'] as const

// `filename` is read only because `url` is computed from it; the photo shape hook drops it again.
const RENDITION_ROW = {
  name: true,
  filename: true,
  url: true,
  width: true,
  height: true,
  mimeType: true,
} as const

/** A photo inside a release, member, event or project page. */
export const PHOTO_POPULATE = {
  url: true,
  filename: true,
  alt: true,
  caption: true,
  credit: true,
  licence: true,
  licenceNote: true,
  width: true,
  height: true,
  focalX: true,
  focalY: true,
  renditions: RENDITION_ROW,
} satisfies PhotosSelect<true>

/**
 * A photo on a list card: what the card shows and must show (credit, § 13 UrhG; licence). No caption
 * (the article shows it), no original (a print file) and no focal point (the card crop already used it).
 */
export const PHOTO_CARD = {
  alt: true,
  credit: true,
  licence: true,
  licenceNote: true,
  renditions: RENDITION_ROW,
} satisfies PhotosSelect<true>

/** Which rendition rows each photo shape keeps (matched by the exact select, see photoShape.ts). */
export const PHOTO_SHAPES: { select: PhotosSelect<true>; renditions: readonly string[] }[] = [
  { select: PHOTO_POPULATE, renditions: DISPLAY_RENDITIONS },
  { select: PHOTO_CARD, renditions: CARD_RENDITIONS },
]

export const MEMBER_POPULATE = {
  name: true,
  slug: true,
  portrait: true,
} satisfies MembersSelect<true>

export const EVENT_POPULATE = {
  title: true,
  slug: true,
  kind: true,
  start: true,
  end: true,
  allDay: true,
} satisfies EventsSelect<true>

export const PROJECT_POPULATE = {
  title: true,
  slug: true,
  path: true,
} satisfies ProjectsSelect<true>

export const VENUE_POPULATE = { name: true, slug: true, city: true } satisfies VenuesSelect<true>

export const DOCUMENT_POPULATE = {
  title: true,
  url: true,
  filename: true,
  mimeType: true,
  filesize: true,
} satisfies DocumentsSelect<true>

export const RELEASE_POPULATE = {
  title: true,
  slug: true,
  displayDate: true,
} satisfies PressReleasesSelect<true>

/** Newest releases, a tag page: a teaser card each. The article itself: `?full=1`. */
export const RELEASE_LIST = {
  select: {
    title: true,
    slug: true,
    teaser: true,
    heroPhoto: true,
    tags: true,
    displayDate: true,
  } satisfies PressReleasesSelect<true>,
  populate: { photos: PHOTO_CARD },
}

/** Next events: no description, program or computed dates (`select[nextOccurrences]=true` asks). */
export const EVENT_LIST = {
  select: {
    ...EVENT_POPULATE,
    venues: true,
    admission: true,
    registrationUrl: true,
    project: true,
  } satisfies EventsSelect<true>,
}

/** Project overview: no layout blocks, members or partners. */
export const PROJECT_LIST = {
  select: {
    title: true,
    slug: true,
    path: true,
    summary: true,
    heroPhoto: true,
    parent: true,
    projectStatus: true,
    period: true,
  } satisfies ProjectsSelect<true>,
  populate: { photos: PHOTO_CARD },
}
