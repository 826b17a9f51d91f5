import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { writeMainColumns, writeVersionColumns } from './columns'
import type { PageRow, PageStates, StoredCrumb } from './rows'
import { childStates, idOf, latestVersion, mainRow } from './rows'
import type { DerivedPath } from './trail'
import { Trails } from './trail'

/** Stored and derived compare equal when they name the same pages, urls and labels. */
function sameAs(stored: PageRow, derived: DerivedPath): boolean {
  const normalise = (crumbs: StoredCrumb[]) =>
    crumbs.map((crumb) => ({
      url: crumb.url ?? null,
      doc: idOf(crumb.doc) ?? null,
      label: Object.fromEntries(
        Object.entries(crumb.label ?? {})
          .filter(([, text]) => text)
          .sort(([a], [b]) => a.localeCompare(b)),
      ),
    }))
  return (
    (stored.path ?? null) === derived.path &&
    JSON.stringify(normalise(stored.breadcrumbs ?? [])) ===
      JSON.stringify(normalise(derived.breadcrumbs))
  )
}

/** Unchanged breadcrumbs keep their stored row ids; changed ones get new ids, written with them. */
function withIDs(stored: PageRow, derived: DerivedPath): DerivedPath {
  const ids = sameAs(stored, derived)
    ? (stored.breadcrumbs ?? []).map((crumb) => crumb.id ?? undefined)
    : []
  return {
    ...derived,
    breadcrumbs: derived.breadcrumbs.map((crumb, index) => ({
      ...crumb,
      id: ids[index] ?? randomUUID(),
    })),
  }
}

type Refreshed = { main: DerivedPath | null; latest: DerivedPath | null; changed: boolean }

/** Brings one page's collection row and newest version in line with the trails above them. */
async function refreshPage(
  req: PayloadRequest,
  trails: Trails,
  id: number,
  known?: PageStates,
): Promise<Refreshed> {
  let main: DerivedPath | null = null
  let changed = false
  const row = known ? known.main : await mainRow(req, id)
  if (row) {
    main = withIDs(row, await trails.derive(id, row))
    if (!sameAs(row, main)) {
      changed = true
      await writeMainColumns(req, id, main)
    }
  }
  let latest: DerivedPath | null = null
  const version = known ? known.latest : await latestVersion(req, id)
  if (version) {
    latest = withIDs(version.version, await trails.derive(id, version.version))
    if (!sameAs(version.version, latest)) {
      changed = true
      await writeVersionColumns(req, version.id, latest)
    }
  }
  return { main, latest, changed }
}

/**
 * Recomputes path and breadcrumbs of `roots` and of every page below them, however many. Below a
 * root, a page's subpages are only visited when one of its own rows changed, since theirs are built
 * from the same ancestors plus it (so an autosave that changes no title or slug costs a few queries,
 * not a walk over 150 subpages). One gap is accepted: a draft-only rename reaches a grandchild's
 * *draft* row only if the page in between has a draft of its own, otherwise with the next save or
 * publication (published rows, the only ones a reader sees, are never stale).
 * Returns what was derived for each root.
 */
export async function refreshProjectPaths(
  req: PayloadRequest,
  roots: number[],
): Promise<Map<number, Refreshed>> {
  const trails = new Trails(req)
  const results = new Map<number, Refreshed>()
  const queue: { id: number; known?: PageStates; force: boolean }[] = roots.map((id) => ({
    id,
    force: true,
  }))
  const seen = new Set<number>()
  while (queue.length) {
    const { id, known, force } = queue.shift()!
    if (seen.has(id)) continue
    seen.add(id)
    const refreshed = await refreshPage(req, trails, id, known)
    if (roots.includes(id)) results.set(id, refreshed)
    if (force || refreshed.changed) {
      for (const [child, states] of await childStates(req, id))
        queue.push({ id: child, known: states, force: false })
    }
  }
  return results
}

/**
 * Re-derives every page, e.g. once after deploying this rule over paths stored by an older one
 * (which could carry a draft parent's slug and title). Run it from a migration or a script.
 */
export async function refreshEveryProjectPath(req: PayloadRequest): Promise<number> {
  const { docs } = await req.payload.db.find<PageRow>({
    collection: 'projects',
    pagination: false,
    limit: 0,
    select: { id: true },
    req,
  })
  await refreshProjectPaths(
    req,
    docs.map((doc) => doc.id),
  )
  return docs.length
}
