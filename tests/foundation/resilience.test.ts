/**
 * Database outages. This file runs its own embedded PostgreSQL, so stopping, restarting and
 * freezing it never disturbs the server the other test files share.
 *
 * User story: "As an editor, when the database hiccups (restart, overload, network stall), I want
 * the CMS to tell me to retry in a moment and then simply work again, instead of hanging or
 * needing an administrator to restart it."
 */
import type { Pool } from 'pg'

import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureDatabase } from '../../src/lib/database/admin'
import {
  type EmbeddedDatabase,
  findFreePort,
  startEmbeddedDatabase,
} from '../../src/lib/database/embedded'
import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/lib/database/resilience'
import { withDatabaseName } from '../../src/lib/database/uri'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

// Short pool timeouts (read by resilience.ts when the config is imported in bootPayload) keep the
// outage tests quick; the behaviour is the same with the production values.
process.env.DB_CONNECT_TIMEOUT_MS = '1000'
process.env.DB_QUERY_TIMEOUT_MS = '2000'

let database: EmbeddedDatabase | undefined
let frozen: number[] = []
let ctx: TestContext
let admin: TestUser

beforeAll(async () => {
  database = await startEmbeddedDatabase({
    dataDir: path.resolve(
      '.data',
      `test-resilience-${process.pid}-${randomBytes(3).toString('hex')}`,
    ),
    port: await findFreePort(),
  })
  const uri = withDatabaseName(database.uri, 'kreative_klasse_resilience')
  await ensureDatabase(uri)
  process.env.DATABASE_URI = uri
  process.env.PAYLOAD_DB_PUSH = 'true'
  ctx = await bootPayload()
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
})

afterAll(async () => {
  // Whatever failed, never leave a frozen or running PostgreSQL behind.
  signal(frozen, 'SIGCONT')
  frozen = []
  await ctx?.payload.destroy().catch(() => undefined)
  if (database) {
    await database.stop()
    await rm(database.dataDir, { recursive: true, force: true })
  }
})

const pool = (): Pool => (ctx.payload.db as unknown as { pool: Pool }).pool

/** Opens several connections at once, so that idle clients sit in the pool when the server goes away. */
async function fillPool(): Promise<void> {
  await Promise.all(Array.from({ length: 4 }, () => pool().query('select pg_sleep(0.05)')))
  expect(pool().idleCount).toBeGreaterThan(0)
}

/** The postmaster and every process it forked (backends, checkpointer, …). */
async function postgresProcesses(): Promise<number[]> {
  const postmaster = await database?.pid()
  if (!postmaster) throw new Error('PostgreSQL is not running (no postmaster.pid)')
  let children: number[] = []
  try {
    children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number)
  } catch {
    // pgrep exits 1 when there are no children.
  }
  return [postmaster, ...children]
}

function signal(pids: number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name)
    } catch {
      // Already gone.
    }
  }
}

const listUsers = () => ctx.api.get('/users', { token: admin.token })
/** A request that must read the database without relying on a session: a login. */
const login = () => ctx.api.login(admin.email, admin.password)

function expectUnavailable(response: { status: number; body: unknown }) {
  expect(response.status, JSON.stringify(response.body)).toBe(503)
  expect(JSON.stringify(response.body)).toContain(DATABASE_UNAVAILABLE_MESSAGE.slice(0, 40))
}

async function expectDown() {
  const health = await ctx.api.get('/health')
  expect(health.status).toBe(503)
  expect(health.body).toEqual({ status: 'unavailable', database: 'down' })
}

async function expectUp() {
  const list = await listUsers()
  expect(list.status, JSON.stringify(list.body)).toBe(200)
  expect(list.body.docs.map((user: { email: string }) => user.email)).toContain(admin.email)
  expect((await ctx.api.get('/health')).body).toEqual({ status: 'ok', database: 'up' })
}

/** Runs `during` while PostgreSQL is stopped, and always starts it again. */
async function whileStopped(during: () => Promise<void>): Promise<void> {
  await expectUp()
  await fillPool()
  // A fast shutdown terminates every open connection; the idle ones emit `error` on the pool,
  // which would crash this test worker without the listener from guardPoolErrors.
  await database!.stop()
  try {
    await during()
  } finally {
    await database!.restart()
  }
}

/** Runs `during` while PostgreSQL and all its backends are frozen (SIGSTOP), and always resumes them. */
async function whileFrozen(during: () => Promise<void>): Promise<void> {
  await expectUp()
  await fillPool()
  frozen = await postgresProcesses()
  signal(frozen, 'SIGSTOP')
  try {
    await during()
  } finally {
    signal(frozen, 'SIGCONT')
    frozen = []
  }
}

describe('health check for load balancers and the launcher', () => {
  it('GET /api/health answers 200 {status: ok, database: up} while the database is up', async () => {
    const health = await ctx.api.get('/health')
    expect(health.status).toBe(200)
    expect(health.body).toEqual({ status: 'ok', database: 'up' })
  })
})

describe('a PostgreSQL restart', () => {
  it('is survived: requests during the outage get 503, the first request after it succeeds', async () => {
    await whileStopped(async () => {
      expectUnavailable(await login())
      await expectDown()
    })
    // The very first request after the restart, no retry.
    await expectUp()
  })

  it('a signed-in editor also gets 503 during the outage, not "no permission" (403)', async () => {
    await whileStopped(async () => {
      expectUnavailable(await listUsers())
    })
    await expectUp()
  })

  it('a GraphQL reader gets an error with extensions.code DATABASE_UNAVAILABLE, not "Something went wrong."', async () => {
    await whileStopped(async () => {
      const response = await ctx.api.graphql('{ PressReleases(limit: 1) { docs { id } } }')
      const [error] = response.body.errors as Array<{
        message: string
        extensions: { code: string; statusCode: number }
      }>
      expect(error!.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', statusCode: 503 })
      expect(error!.message).toContain(DATABASE_UNAVAILABLE_MESSAGE.slice(0, 40))
    })
    await expectUp()
  })
})

describe('a stuck database', () => {
  it('gives a 503 with a readable message instead of a hanging request, and recovers when it resumes', async () => {
    await whileFrozen(async () => {
      expectUnavailable(await login())
      await expectDown()
    })
    await expectUp()
  })

  it('a signed-in editor also gets 503 while it is stuck, not "no permission" (403)', async () => {
    await whileFrozen(async () => {
      expectUnavailable(await listUsers())
    })
    await expectUp()
  })
})
