import pg from 'pg'

import { branchSQL, type Reader } from '../../plugins/search/branches'
import { commonWords, expansionsOf } from '../../plugins/search/commonWords'
import { RANKED_CANDIDATES, searchStatement } from '../../plugins/search/run'
import { SEARCH_TYPES } from '../../plugins/search/sources'
import { buildTsQuery, trigramQuery } from '../../plugins/search/tsquery'

/**
 * Diagnostic: `EXPLAIN (ANALYZE, BUFFERS)` of the search statement as `/api/search` sends it.
 * Usage: tsx bench/read/explainSearch.ts <database URI> [query] [public|staff] [fts|trigram]
 */
const [uri, q = 'kreativ', reader = 'public', match = 'fts'] = process.argv.slice(2)
if (!uri)
  throw new Error(
    'usage: tsx bench/read/explainSearch.ts <database URI> [query] [public|staff] [fts|trigram]',
  )
const branches = SEARCH_TYPES.map((type) =>
  branchSQL(type, reader as Reader, match as 'fts' | 'trigram', RANKED_CANDIDATES),
).filter((branch): branch is string => branch !== null)
const client = new pg.Client({ connectionString: uri })
await client.connect()
const common = await commonWords(client as unknown as pg.Pool)
const values = [
  buildTsQuery(q, (prefixes) => expansionsOf(prefixes, common)),
  'de',
  10,
  'german',
  trigramQuery(q),
]
console.log(values[0])
for (const run of [1, 2, 3]) {
  const started = performance.now()
  const { rows } = await client.query(
    `explain (analyze, buffers) ${searchStatement(branches)}`,
    values,
  )
  console.log(`run ${run}: ${(performance.now() - started).toFixed(0)} ms`)
  if (run === 3)
    console.log(rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n'))
}
await client.end()
