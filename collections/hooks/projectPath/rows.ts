import type { PayloadRequest } from 'payload'

/** A localized text as the database stores it: every locale at once (`{ de, en }`). */
export type LocalizedText = Partial<Record<string, string | null>>

export type StoredCrumb = { id?: string | null; label?: LocalizedText | null; url?: string | null; doc?: number | { id: number } | null }

/** The columns a page's path depends on and the two derived columns, read straight from the database. */
export type PageRow = {
  id: number
  slug?: string | null
  title?: LocalizedText | null
  parent?: number | { id: number } | null
  _status?: string | null
  path?: string | null
  breadcrumbs?: StoredCrumb[] | null
}

export type VersionRow = { id: number | string; parent: number | { id: number }; version: PageRow }

const COLLECTION = 'projects'

export const idOf = (value: number | string | { id: number | string } | null | undefined): number | undefined => {
  const raw = value && typeof value === 'object' ? value.id : value
  return raw === undefined || raw === null || raw === '' ? undefined : Number(raw)
}

/*
 * These reads go to the database adapter, not the Local API: they serve internal bookkeeping (never
 * a response), need every locale at once and must not run read hooks for each of 150 children.
 */

/** The collection row: for a published page its published state, otherwise its latest draft. */
export async function mainRow(req: PayloadRequest, id: number): Promise<PageRow | null> {
  return req.payload.db.findOne<PageRow>({ collection: COLLECTION, where: { id: { equals: id } }, req })
}

/** The newest version (what staff see with `draft=true`), or null for a page without versions. */
export async function latestVersion(req: PayloadRequest, id: number): Promise<VersionRow | null> {
  const { docs } = await req.payload.db.findVersions<PageRow>({
    collection: COLLECTION,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return (docs[0] as VersionRow | undefined) ?? null
}

/** Pages whose published row or newest version names `id` as parent — no page limit. */
export async function childIDs(req: PayloadRequest, id: number): Promise<number[]> {
  // One after the other: both run on the request's transaction, i.e. one connection.
  const published = await req.payload.db.find<PageRow>({
    collection: COLLECTION,
    where: { parent: { equals: id } },
    pagination: false,
    limit: 0,
    select: { id: true },
    req,
  })
  const drafts = await req.payload.db.findVersions<PageRow>({
    collection: COLLECTION,
    where: { and: [{ 'version.parent': { equals: id } }, { latest: { equals: true } }] },
    pagination: false,
    limit: 0,
    req,
  })
  const ids = [...published.docs.map((doc) => doc.id), ...drafts.docs.map((doc) => idOf((doc as VersionRow).parent))]
  return [...new Set(ids.filter((child): child is number => child !== undefined && child !== id))]
}
