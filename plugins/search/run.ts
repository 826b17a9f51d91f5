import type { Pool } from 'pg'

import { branchSQL, type Reader } from './branches'
import { commonWords, expansionsOf } from './commonWords'
import { lexicalPlainTextSQL } from './expressions'
import type { SearchParams } from './params'
import { type SnippetRow, toSnippet } from './snippet'
import type { SearchType } from './sources'
import { buildTsQuery, trigramQuery } from './tsquery'
import { frontendURL } from './urls'

/** How many of the newest matches per collection are ranked (see branchSQL). */
export const RANKED_CANDIDATES = 500

export type SearchHit = {
  type: SearchType
  id: number
  slug: string | null
  title: string | null
  snippet: string
  url: string | null
  publishedAt: string | null
  rank: number
}

export type SearchResult = { docs: SearchHit[]; match: 'fts' | 'trigram' | 'none' }

type Row = SnippetRow & {
  type: SearchType
  id: number
  slug: string | null
  path: string | null
  title: string | null
  published_at: Date | null
  rank: number
}

const HEADLINE_OPTIONS =
  'StartSel=\uE002, StopSel=\uE003, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'

/**
 * Full-text search first (German or English configuration by locale); when it finds nothing,
 * the typo-tolerant trigram search over titles, teasers and names.
 */
export async function runSearch(
  pool: Pool,
  params: SearchParams,
  reader: Reader,
): Promise<SearchResult> {
  const words = await commonWords(pool)
  const tsquery = buildTsQuery(params.q, (prefixes) => expansionsOf(prefixes, words))
  if (!tsquery) return { docs: [], match: 'none' }
  const config = params.locale === 'en' ? 'english' : 'german'
  const values = [tsquery, params.locale, params.limit, config, trigramQuery(params.q)]
  for (const match of ['fts', 'trigram'] as const) {
    const branches = params.types
      .map((type) => branchSQL(type, reader, match, RANKED_CANDIDATES))
      .filter(Boolean)
    if (!branches.length) continue
    const { rows } = await pool.query<Row>(searchStatement(branches as string[]), values)
    if (rows.length) return { docs: rows.map(toHit), match }
  }
  return { docs: [], match: 'none' }
}

/** The whole statement: the branches' candidates, the best `$3` of them, their snippets. */
export function searchStatement(branches: string[]): string {
  return `with query as (select to_tsquery($4::regconfig, $1) as q, $5::text as words),
    hits as (${branches.join(' union all ')}),
    best as (select * from hits order by rank desc, published_at desc nulls last, id desc limit $3)
    select best.type, best.id, best.slug, best.path, best.title, best.published_at, best.rank,
      ts_headline($4::regconfig, translate(concat_ws(' ', best.lead, ${lexicalPlainTextSQL('best.rich')}), '<>', '\uE000\uE001'), query.q, '${HEADLINE_OPTIONS}') as headline
    from best, query
    order by best.rank desc, best.published_at desc nulls last, best.id desc`
}

function toHit(row: Row): SearchHit {
  return {
    type: row.type,
    id: row.id,
    slug: row.slug,
    title: row.title,
    snippet: toSnippet(row),
    url: frontendURL(row.type, row.slug, row.path),
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    rank: Math.round(Number(row.rank) * 1e6) / 1e6,
  }
}
