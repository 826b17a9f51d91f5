import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { customType, index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { configForLocaleSQL, trigramTextSQL, vectorSQL } from './expressions'
import { INDEXED_TABLES, VECTOR_COLUMN } from './sources'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const MAX_IDENTIFIER = 63

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

function indexName(table: string, suffix: string): string {
  return `${table.slice(0, MAX_IDENTIFIER - suffix.length - 1)}_${suffix}`
}

/**
 * The search index, declared in the Drizzle schema so schema push (dev, tests) and
 * `migrate:create` (production) both contain it: a stored generated `search_vector` per indexed
 * table (PostgreSQL recomputes it on every insert and update, whatever writes the row) with a GIN
 * index, and a GIN trigram index over folded titles for the typo-tolerant fallback. The trigram
 * index needs the `pg_trgm` extension, which the adapter's `extensions` option creates before the
 * schema is pushed or migrated.
 */
export const searchSchema: SchemaHook = (args) => {
  for (const indexed of INDEXED_TABLES) {
    const table = args.schema.tables[indexed.table]
    if (!table) continue
    const config = configForLocaleSQL(indexed.localized ? '_locale' : undefined)
    const vectorName = indexName(indexed.table, 'search_vector_idx')
    const trigramName = indexName(indexed.table, 'search_trgm_idx')
    args.extendTable({
      table,
      columns: {
        [VECTOR_COLUMN]: tsvector(VECTOR_COLUMN).generatedAlwaysAs(
          sql.raw(vectorSQL(config, indexed.texts)),
        ),
      },
      extraConfig: (columns) => ({
        [vectorName]: index(vectorName).using('gin', columns[VECTOR_COLUMN]!),
        ...(indexed.trigram.length
          ? {
              [trigramName]: index(trigramName).using(
                'gin',
                sql.raw(`${trigramTextSQL(indexed.trigram)} gin_trgm_ops`),
              ),
            }
          : {}),
      }),
    })
  }
  return args.schema
}
