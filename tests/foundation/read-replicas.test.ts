/**
 * PostgreSQL read replicas (DATABASE_READ_URIS): public reads go to a replica, writes and reads
 * right after a write stay on the primary. The "replica" here is a second connection string to the
 * test database with its own application_name (so pg_stat_activity shows which connection ran a
 * query) and read-only sessions (so a write routed to it would fail loudly).
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databasePool } from '../../src/lib/database/resilience'
import { createContent, marker } from '../helpers/content'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

const REPLICA_NAME = `kk_replica_${process.pid}`
let ctx: TestContext
let press: TestUser

beforeAll(async () => {
  const replica = new URL(process.env.DATABASE_URI!)
  replica.searchParams.set('application_name', REPLICA_NAME)
  replica.searchParams.set('options', '-c default_transaction_read_only=on')
  process.env.DATABASE_READ_URIS = ` ${replica.toString()} ,`
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
})

afterAll(() => {
  delete process.env.DATABASE_READ_URIS
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Statements on press releases the replica's connections ran since `since` (the server's clock). */
async function replicaReadsSince(since: Date): Promise<string[]> {
  const { rows } = await databasePool(ctx.payload)!.query<{ query: string }>(
    `SELECT query FROM pg_stat_activity WHERE application_name = $1 AND state_change >= $2 AND query ILIKE '%press_releases%'`,
    [REPLICA_NAME, since],
  )
  return rows.map((row) => row.query)
}

const serverNow = async (): Promise<Date> =>
  (await databasePool(ctx.payload)!.query<{ now: Date }>('SELECT clock_timestamp() AS now'))
    .rows[0]!.now

describe('read replicas', () => {
  it('an anonymous read is answered from the replica', async () => {
    const release = await createContent(ctx.payload, 'press-releases', { _status: 'published' })
    // Reads within readReplicasAfterWriteInterval (2 s) of a write stay on the primary.
    await pause(2_200)
    const before = await serverNow()
    const read = await ctx.api.get(`/press-releases/${release.id}`)
    expect(read.status).toBe(200)
    expect(await replicaReadsSince(before)).not.toEqual([])
    // The primary's own pool is a different connection: its name is not the replica's.
    const { rows } = await databasePool(ctx.payload)!.query<{ name: string }>(
      'SELECT current_setting($1) AS name',
      ['application_name'],
    )
    expect(rows[0]!.name).not.toBe(REPLICA_NAME)
  })

  it('writes go to the primary, and a read right after a write sees the new value', async () => {
    // The premise: a write on the replica's connection string is refused.
    const replicaPool = new pg.Pool({
      connectionString: process.env.DATABASE_READ_URIS!.split(',')[0]!.trim(),
    })
    try {
      await expect(
        replicaPool.query(`UPDATE press_releases SET updated_at = updated_at WHERE false`),
      ).rejects.toThrow(/read-only/)
    } finally {
      await replicaPool.end()
    }
    const release = await createContent(ctx.payload, 'press-releases', { _status: 'published' })
    const title = marker('replica-update')
    // The replica's sessions are read-only: this write would fail there.
    const update = await ctx.api.patch(`/press-releases/${release.id}`, {
      token: press.token,
      body: { title },
    })
    expect(update.status).toBe(200)
    const read = await ctx.api.get(`/press-releases/${release.id}`)
    expect(read.status).toBe(200)
    expect(read.body.title).toBe(title)
    await pause(2_200)
    expect((await ctx.api.get(`/press-releases/${release.id}`)).body.title).toBe(title)
  })
})
