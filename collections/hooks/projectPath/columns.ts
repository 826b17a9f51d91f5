import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { eq } from '@payloadcms/db-postgres/drizzle'
import { randomUUID } from 'node:crypto'

import type { DerivedPath } from './trail'

/*
 * Why raw table writes: a save through the Local API merges onto the newest version (possibly a
 * draft), publishes or unpublishes it and adds a version per subpage; and the adapter's own
 * `updateOne`/`updateVersion` with an array in partial data clear every blocks table of the row
 * (@payloadcms/drizzle 3.90.2 marks all blocks of the collection for deletion, present or not), so
 * a subpage's layout would vanish. Only the derived columns are touched here, on the request's
 * transaction; timestamps stay, so the order of versions stays too.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the generated tables are untyped here
type Table = any

async function connection(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  return { db: session?.db ?? adapter.drizzle, tables: adapter.tables as Record<string, Table> }
}

const labelRows = (crumb: DerivedPath['breadcrumbs'][number], parentID: number | string) =>
  Object.entries(crumb.label)
    .filter(([, label]) => label)
    .map(([locale, label]) => ({ label, _locale: locale, _parentID: parentID }))

/** Path and breadcrumbs of a page's collection row (what anonymous readers get). */
export async function writeMainColumns(req: PayloadRequest, pageID: number, derived: DerivedPath) {
  const { db, tables } = await connection(req)
  const [page, crumbs, labels] = [
    tables.projects,
    tables.projects_breadcrumbs,
    tables.projects_breadcrumbs_locales,
  ]
  await db.update(page).set({ path: derived.path }).where(eq(page.id, pageID))
  await db.delete(crumbs).where(eq(crumbs._parentID, pageID)) // labels go with them (cascade)
  if (!derived.breadcrumbs.length) return
  const rows = derived.breadcrumbs.map((crumb, index) => ({
    id: crumb.id ?? randomUUID(),
    _order: index + 1,
    _parentID: pageID,
    url: crumb.url,
    doc: crumb.doc,
  }))
  await db.insert(crumbs).values(rows)
  const labelValues = derived.breadcrumbs.flatMap((crumb, index) =>
    labelRows(crumb, rows[index]!.id),
  )
  if (labelValues.length) await db.insert(labels).values(labelValues)
}

/** Path and breadcrumbs of one version row (what staff get with `draft=true`). */
export async function writeVersionColumns(
  req: PayloadRequest,
  versionID: number | string,
  derived: DerivedPath,
) {
  const { db, tables } = await connection(req)
  const [version, crumbs, labels] = [
    tables._projects_v,
    tables._projects_v_version_breadcrumbs,
    tables._projects_v_version_breadcrumbs_locales,
  ]
  await db.update(version).set({ version_path: derived.path }).where(eq(version.id, versionID))
  await db.delete(crumbs).where(eq(crumbs._parentID, versionID))
  if (!derived.breadcrumbs.length) return
  const inserted: { id: number }[] = await db
    .insert(crumbs)
    .values(
      derived.breadcrumbs.map((crumb, index) => ({
        _uuid: crumb.id ?? randomUUID(),
        _order: index + 1,
        _parentID: versionID,
        url: crumb.url,
        doc: crumb.doc,
      })),
    )
    .returning({ id: crumbs.id })
  const labelValues = derived.breadcrumbs.flatMap((crumb, index) =>
    labelRows(crumb, inserted[index]!.id),
  )
  if (labelValues.length) await db.insert(labels).values(labelValues)
}
