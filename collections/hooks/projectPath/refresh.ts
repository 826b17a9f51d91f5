import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import type { PageRow, StoredCrumb } from './rows'
import type { DerivedPath } from './trail'

import { childIDs, idOf, latestVersion, mainRow } from './rows'
import { PublicTrails } from './trail'

const COLLECTION = 'projects'

/** Stored and derived compare equal when they name the same pages, urls and labels. */
function sameAs(stored: PageRow, derived: DerivedPath): boolean {
  const normalise = (crumbs: StoredCrumb[]) =>
    crumbs.map((crumb) => ({
      url: crumb.url ?? null,
      doc: idOf(crumb.doc) ?? null,
      label: Object.fromEntries(Object.entries(crumb.label ?? {}).filter(([, text]) => text).sort(([a], [b]) => a.localeCompare(b))),
    }))
  return (
    (stored.path ?? null) === derived.path &&
    JSON.stringify(normalise(stored.breadcrumbs ?? [])) === JSON.stringify(normalise(derived.breadcrumbs))
  )
}

/*
 * Only the two derived columns are written, through the database adapter: a save through the Local
 * API would merge onto the newest version (possibly a draft), publish or unpublish it and create a
 * version per child. `updatedAt: null` keeps the timestamps, so the order of versions stays as it was.
 * Array rows need ids; the adapter does not make them.
 */
const columns = (derived: DerivedPath) => ({
  path: derived.path,
  breadcrumbs: derived.breadcrumbs.map((crumb) => ({ ...crumb, id: randomUUID() })),
  updatedAt: null,
})

type Refreshed = { main: DerivedPath | null; latest: DerivedPath | null; publicChanged: boolean }

/** Brings one page's published row and newest version in line with the public trail above it. */
async function refreshPage(req: PayloadRequest, trails: PublicTrails, id: number): Promise<Refreshed> {
  let main: DerivedPath | null = null
  let publicChanged = false
  const row = await mainRow(req, id)
  if (row) {
    main = await trails.derive(id, row)
    if (!sameAs(row, main)) {
      publicChanged = true
      await req.payload.db.updateOne({ collection: COLLECTION, id, data: columns(main), req, returning: false })
    }
  }
  let latest: DerivedPath | null = null
  const version = await latestVersion(req, id)
  if (version) {
    latest = await trails.derive(id, version.version)
    if (!sameAs(version.version, latest)) {
      await req.payload.db.updateVersion({
        collection: COLLECTION,
        id: version.id,
        versionData: { version: columns(latest), updatedAt: null } as never,
        req,
        returning: false,
      })
    }
  }
  return { main, latest, publicChanged }
}

/**
 * Recomputes path and breadcrumbs of `roots` and of every page below them, however many. Below a
 * root, a page's subtree is only visited when its own published path or breadcrumbs changed: a
 * descendant's trail is built from published rows only, so an unchanged row means an unchanged
 * subtree (and an autosaved draft of a parent costs two queries, not a walk over its children).
 * Returns what was derived for each root.
 */
export async function refreshProjectPaths(req: PayloadRequest, roots: number[]): Promise<Map<number, Refreshed>> {
  const trails = new PublicTrails(req)
  const results = new Map<number, Refreshed>()
  const queue = roots.map((id) => ({ id, force: true }))
  const seen = new Set<number>()
  while (queue.length) {
    const { id, force } = queue.shift()!
    if (seen.has(id)) continue
    seen.add(id)
    const refreshed = await refreshPage(req, trails, id)
    if (roots.includes(id)) results.set(id, refreshed)
    if (force || refreshed.publicChanged) {
      for (const child of await childIDs(req, id)) queue.push({ id: child, force: false })
    }
  }
  return results
}
