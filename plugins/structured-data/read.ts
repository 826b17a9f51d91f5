/**
 * Every read of this plugin goes through the Local API as the requester (`req`, `overrideAccess:
 * false`): collection and field access decide what an answer may contain, exactly as for a REST
 * read. Nothing is read with access overridden, so nothing hidden can leak into the markup.
 */
import type { PayloadRequest, Where } from 'payload'

import type { Association, Event, Member, Photo, PressRelease, Venue } from '../../payload-types'

export type Locale = 'de' | 'en'

/** A document is asked for by its numeric id or by its slug (current or previous). */
export type Lookup = { id: number } | { slug: string }

export type ReadOptions = { locale: Locale; draft: boolean }

/** The collections with JSON-LD and their generated document types. */
export type Readable = { 'press-releases': PressRelease; events: Event; members: Member }

function lookupWhere(lookup: Lookup): Where {
  if ('id' in lookup) return { id: { equals: lookup.id } }
  // Old slugs stay valid links (README: slugs); the markup then names the current URL.
  return {
    or: [{ slug: { equals: lookup.slug } }, { 'previousSlugs.slug': { equals: lookup.slug } }],
  }
}

/** The document the requester may read, or null when it does not exist or is hidden from them. */
export async function readDocument<C extends keyof Readable>(
  req: PayloadRequest,
  collection: C,
  lookup: Lookup,
  { locale, draft }: ReadOptions,
): Promise<Readable[C] | null> {
  const { docs } = await req.payload.find({
    collection,
    where: lookupWhere(lookup),
    req,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    locale,
    draft,
  })
  return (docs[0] as Readable[C] | undefined) ?? null
}

/** Whether the English text of `field` exists itself (not German shown as a fallback). */
export async function hasOwnTranslation(
  req: PayloadRequest,
  collection: keyof Readable,
  id: number,
  field: 'title' | 'name',
  draft: boolean,
): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    select: { [field]: true },
    req,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    locale: 'en',
    fallbackLocale: false,
    draft,
  })
  const value = (docs[0] as Record<string, unknown> | undefined)?.[field]
  return typeof value === 'string' && value.trim() !== ''
}

const idOf = (value: number | { id: number } | null | undefined): number | undefined =>
  typeof value === 'number' ? value : (value?.id ?? undefined)

/** Ids of relations as Payload returns them at depth 0 (ids; hidden ones already null or gone). */
export function idsOf(
  values: ReadonlyArray<number | { id: number } | null | undefined> | null | undefined,
): number[] {
  return [...new Set((values ?? []).map(idOf).filter((id): id is number => id !== undefined))]
}

export const singleID = (value: number | { id: number } | null | undefined): number[] => {
  const id = idOf(value)
  return id === undefined ? [] : [id]
}

/**
 * Photos the requester may see, by id, in the order asked. Withdrawn photos are left out for
 * everyone, staff included: structured data advertises an image to search engines, and a
 * takedown means nobody should find it.
 */
export async function readPhotos(
  req: PayloadRequest,
  ids: number[],
  locale: Locale,
): Promise<Photo[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'photos',
    where: { and: [{ id: { in: ids } }, { withdrawn: { not_equals: true } }] },
    req,
    overrideAccess: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
    locale,
  })
  const byID = new Map(docs.map((photo) => [photo.id, photo]))
  return ids.flatMap((id) => byID.get(id) ?? [])
}

export async function readVenues(
  req: PayloadRequest,
  ids: number[],
  locale: Locale,
): Promise<Map<number, Venue>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'venues',
    where: { id: { in: ids } },
    req,
    overrideAccess: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
    locale,
  })
  return new Map(docs.map((venue) => [venue.id, venue]))
}

/** Members the requester may see (consent), with only their name and slug. */
export async function readMemberNames(
  req: PayloadRequest,
  ids: number[],
): Promise<Map<number, Pick<Member, 'id' | 'name' | 'slug'>>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { id: { in: ids } },
    select: { name: true, slug: true },
    req,
    overrideAccess: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
  })
  return new Map(docs.map((member) => [member.id, member]))
}

export async function readAssociation(req: PayloadRequest, locale: Locale): Promise<Association> {
  return req.payload.findGlobal({
    slug: 'association',
    req,
    overrideAccess: false,
    depth: 0,
    locale,
  })
}
