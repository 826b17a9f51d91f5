import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

import { getTableColumns } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type Schema = Parameters<SchemaHook>[0]['schema']
type Table = Schema['tables'][string]

const MAX_IDENTIFIER = 63

/** The JS key drizzle uses for the column named `sqlName` in `table` (Payload maps names). */
function columnKey(table: Table, sqlName: string): string | undefined {
  return Object.entries(getTableColumns(table) as Record<string, { name: string }>).find(
    ([, column]) => column.name === sqlName,
  )?.[0]
}

function indexName(table: string, suffix: string): string {
  return `${table.slice(0, MAX_IDENTIFIER - suffix.length - 1)}_${suffix}`
}

/** Adds a plain btree index over the SQL columns `on` (in order) to `tableName`, if it exists. */
function addIndex(
  args: Parameters<SchemaHook>[0],
  tableName: string,
  on: string[],
  suffix: string,
): void {
  const table = args.schema.tables[tableName]
  if (!table) return
  const keys = on.map((column) => columnKey(table, column))
  if (keys.some((key) => !key)) return
  const name = indexName(tableName, suffix)
  args.extendTable({
    table,
    extraConfig: (columns) => {
      const [first, ...rest] = keys.map((key) => columns[key!]!)
      return { [name]: index(name).on(first!, ...rest) }
    },
  })
}

/**
 * Indexes Payload's schema builder cannot be asked for through collection configs, chosen from
 * `EXPLAIN (ANALYZE, BUFFERS)` of the SQL Payload sends for anonymous reads at 100 000 releases
 * (`bench/read/explain.ts`). They are added in `afterSchemaInit`, so schema push and generated
 * migrations contain them like any index Payload makes itself.
 *
 * 1. Parent lookups. Every document read fetches its locales, hasMany texts/numbers and localized
 *    array rows in a lateral join `where <table>._parent_id = <document>.id` (or `parent_id`).
 *    Payload indexes those tables only as `(_locale, _parent_id)` and `("order", parent_id)`: the
 *    parent is not the leading column, so every lookup read the whole index (locales) or the
 *    whole table (texts, array locales such as the press contacts' roles) — per document.
 * 2. Public filters on press releases. A filter by tag or by related member/project/event is
 *    sent twice: the page (`select distinct … order by display_date desc …`) and the total
 *    (`select COUNT(1) OVER() … group by press_releases.id`). An index on (value, parent) hands
 *    the matching release ids over in id order, so the count groups them without a full scan.
 */
export const readPathIndexes: SchemaHook = (args) => {
  for (const [tableName, table] of Object.entries(args.schema.tables)) {
    if (!/_(locales|texts|numbers)$/.test(tableName)) continue
    const parent = columnKey(table, '_parent_id') ? '_parent_id' : 'parent_id'
    addIndex(args, tableName, [parent], 'parent_lookup_idx')
  }
  for (const relation of ['members_id', 'projects_id', 'events_id']) {
    addIndex(args, 'press_releases_rels', [relation, 'parent_id'], `${relation}_parent_idx`)
  }
  addIndex(args, 'press_releases_texts', ['text', 'parent_id'], 'text_parent_idx')
  return args.schema
}
