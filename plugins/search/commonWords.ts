import type { Pool } from 'pg'

/**
 * The most common words (stemmed) of the releases' search vectors, from PostgreSQL's own
 * statistics (`pg_stats.most_common_elems`, kept by ANALYZE), read at most every ten minutes.
 *
 * Why: PostgreSQL estimates any prefix (`'krea':*`) to match 2 % of the rows, whatever it is.
 * When a half-typed word is the start of a word found in almost every release ("Krea" of
 * "Kreative Klasse"), the planner then collects and sorts every match instead of walking the
 * newest releases, which grows with the archive (1.7 s at 100 000 releases). Asking for the common
 * words the prefix stands for as well ('krea':* | 'kreativ' — the same matches) gives the
 * planner the real frequency.
 */
const REFRESH_MS = 10 * 60_000

let cached: { at: number; words: Promise<string[]> } | undefined

export function commonWords(pool: Pool): Promise<string[]> {
  if (!cached || Date.now() - cached.at > REFRESH_MS) {
    const words = pool
      .query<{ word: string }>(
        `select unnest(most_common_elems::text::text[]) as word from pg_stats
         where schemaname = current_schema() and tablename = 'press_releases_locales' and attname = 'search_vector'`,
      )
      .then(({ rows }) =>
        rows.map((row) => row.word).filter((word) => /^[\p{L}\p{N}]+$/u.test(word)),
      )
      .catch(() => [])
    cached = { at: Date.now(), words }
  }
  return cached.words
}

/** Common words that start with one of the prefix's spellings and are clearly longer than it. */
export function expansionsOf(prefixes: string[], words: string[]): string[] {
  return words
    .filter((word) =>
      prefixes.some((prefix) => word.length >= prefix.length + 2 && word.startsWith(prefix)),
    )
    .slice(0, 8)
}
