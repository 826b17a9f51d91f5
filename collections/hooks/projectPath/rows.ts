import type { PayloadRequest } from 'payload'

/** A localized text as the database stores it: every locale at once (`{ de, en }`). */
export type LocalizedText = Partial<Record<string, string | null>>

export type StoredCrumb = {
  id?: string | null
  label?: LocalizedText | null
  url?: string | null
  doc?: number | { id: number } | null
}

/**
 * The columns a page's path depends on and the two derived columns, read straight from the database.
 * Not `Project`: the adapter answers a localized title with every locale (`LocalizedText`).
 */
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

export const idOf = (
  value: number | string | { id: number | string } | null | undefined,
): number | undefined => {
  const raw = value && typeof value === 'object' ? value.id : value
  return raw === undefined || raw === null || raw === '' ? undefined : Number(raw)
}

/*
 * These reads go to the database adapter, not the Local API: they serve internal bookkeeping (never
 * a response), need every locale at once and must not run read hooks for each of 150 children.
 */

/** The collection row: for a published page its published state, otherwise its latest draft. */
export async function mainRow(req: PayloadRequest, id: number): Promise<PageRow | null> {
  return req.payload.db.findOne<PageRow>({
    collection: COLLECTION,
    where: { id: { equals: id } },
    req,
  })
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

/** Only what a path depends on and the derived columns: no blocks, no relations to join. */
const PAGE_SELECT = {
  slug: true,
  title: true,
  parent: true,
  _status: true,
  path: true,
  breadcrumbs: true,
} as const

export type PageStates = { main: PageRow | null; latest: VersionRow | null }

/**
 * Every page whose published row or newest version names `id` as parent — no page limit — with both
 * of its rows, in four queries however many there are. One after the other: they all run on the
 * request's transaction, i.e. on one connection.
 */
export async function childStates(
  req: PayloadRequest,
  id: number,
): Promise<Map<number, PageStates>> {
  const { db } = req.payload
  const byParent = await db.find<PageRow>({
    collection: COLLECTION,
    where: { parent: { equals: id } },
    pagination: false,
    limit: 0,
    select: PAGE_SELECT,
    req,
  })
  const draftsHere = await db.findVersions<PageRow>({
    collection: COLLECTION,
    where: { and: [{ 'version.parent': { equals: id } }, { latest: { equals: true } }] },
    pagination: false,
    limit: 0,
    select: { parent: true, version: PAGE_SELECT },
    req,
  })
  const states = new Map<number, PageStates>()
  for (const row of byParent.docs) states.set(row.id, { main: row, latest: null })
  for (const version of draftsHere.docs as VersionRow[]) {
    const child = idOf(version.parent)
    if (child !== undefined && !states.has(child)) states.set(child, { main: null, latest: null })
  }
  states.delete(id)
  const ids = [...states.keys()]
  if (ids.length === 0) return states

  const missing = ids.filter((child) => !states.get(child)!.main)
  if (missing.length) {
    const mains = await db.find<PageRow>({
      collection: COLLECTION,
      where: { id: { in: missing } },
      pagination: false,
      limit: 0,
      select: PAGE_SELECT,
      req,
    })
    for (const row of mains.docs) states.get(row.id)!.main = row
  }
  const latest = await db.findVersions<PageRow>({
    collection: COLLECTION,
    where: { and: [{ parent: { in: ids } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    pagination: false,
    limit: 0,
    select: { parent: true, version: PAGE_SELECT },
    req,
  })
  for (const version of latest.docs as VersionRow[]) {
    const state = states.get(idOf(version.parent) ?? -1)
    if (state && !state.latest) state.latest = version
  }
  return states
}
