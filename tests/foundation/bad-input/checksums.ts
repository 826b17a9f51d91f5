import pg from 'pg'

/**
 * One md5 per table of the public schema, over every row's text form: two snapshots are equal
 * exactly when no row was inserted, updated or deleted in between.
 */
export async function tableChecksums(databaseURI: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseURI })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
    const sums: Record<string, string> = {}
    for (const { tablename } of tables) {
      const quoted = `"${tablename.replace(/"/g, '""')}"`
      const { rows } = await client.query<{ sum: string }>(
        `SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t::text), '')) AS sum FROM ${quoted} t`,
      )
      sums[tablename] = rows[0]?.sum ?? ''
    }
    return sums
  } finally {
    await client.end()
  }
}
