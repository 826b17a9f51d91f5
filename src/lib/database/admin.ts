import pg from 'pg'

import { databaseNameOf, withDatabaseName } from './uri'

const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`

async function withMaintenanceClient<T>(
  uri: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({
    connectionString: withDatabaseName(uri, 'postgres'),
    connectionTimeoutMillis: 5_000,
  })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates the database named in `uri` when it does not exist yet; returns whether it did. */
export async function ensureDatabase(uri: string): Promise<boolean> {
  const name = databaseNameOf(uri)
  return withMaintenanceClient(uri, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount) return false
    try {
      await client.query(`create database ${quoteIdentifier(name)}`)
    } catch (error) {
      // Two processes starting at once may both try; the loser finds it created.
      if ((error as { code?: string }).code !== '42P04') throw error
      return false
    }
    return true
  })
}

export async function dropDatabase(uri: string): Promise<void> {
  const name = databaseNameOf(uri)
  await withMaintenanceClient(uri, async (client) => {
    await client.query(`drop database if exists ${quoteIdentifier(name)} with (force)`)
  })
}

/** True when a PostgreSQL server answers at `uri` within `timeoutMs`. */
export async function isServerReachable(uri: string, timeoutMs = 2_000): Promise<boolean> {
  const client = new pg.Client({
    connectionString: withDatabaseName(uri, 'postgres'),
    connectionTimeoutMillis: timeoutMs,
  })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}
