import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest'

import { databasePool } from '../../src/lib/database/resilience'
import { bootPayload, type TestContext } from '../helpers/payload'

/**
 * Stories:
 * - a reader whose query is too slow gets a clear "took too long, try again" (503, German and
 *   English, `Retry-After`), not "database not reachable" while the database is up, and the
 *   operator finds the SQL in the log at WARN;
 * - a GraphQL client gets an `errors` entry with `extensions.code`, not "Something went wrong.";
 * - many readers sending the same slow query cannot take every connection: an unrelated read
 *   still answers at once.
 *
 * The slow statements are real: a second session takes an exclusive lock on `press_releases`
 * and holds it inside `pg_sleep`, so every read of press releases waits in PostgreSQL until the
 * statement timeout (lock waits count) or until the slow-statement guard cancels it.
 * Small limits keep it quick: pool 4, statement_timeout 3 s, slow after 300 ms, 2 slow at once.
 */
process.env.DB_POOL_MAX = '4'
process.env.DB_STATEMENT_TIMEOUT_MS = '3000'
process.env.DB_SLOW_STATEMENT_MS = '300'
process.env.DB_MAX_SLOW_STATEMENTS = '2'

const uri = inject('databaseURI')

describe('a statement timeout is not an outage', () => {
  let ctx: TestContext
  let locker: pg.Client | undefined
  let sleeping: Promise<unknown> | undefined

  // These measure the database path itself; the response cache would answer repeats without it.
  beforeAll(async () => {
    process.env.RESPONSE_CACHE = 'off'
    ctx = await bootPayload()
  })

  /** Holds an exclusive lock on press_releases for `seconds` (a real pg_sleep in that session). */
  const lockReleasesFor = async (seconds: number) => {
    locker = new pg.Client({ connectionString: uri })
    await locker.connect()
    await locker.query('begin')
    await locker.query('lock table press_releases in access exclusive mode')
    sleeping = locker.query('select pg_sleep($1)', [seconds]).catch(() => undefined)
  }

  afterEach(async () => {
    vi.restoreAllMocks()
    if (locker) {
      // Wake the sleeping lock holder from another session, then let it roll back.
      const admin = new pg.Client({ connectionString: uri })
      await admin.connect()
      await admin.query('select pg_cancel_backend($1)', [
        (locker as unknown as { processID: number }).processID,
      ])
      await admin.end()
      await sleeping
      await locker.end().catch(() => undefined)
      locker = undefined
    }
  })

  afterAll(async () => {
    await locker?.end().catch(() => undefined)
  })

  const timed = async <T>(work: () => Promise<T>) => {
    const started = Date.now()
    const result = await work()
    return { result, ms: Date.now() - started }
  }

  it('a REST read past statement_timeout answers 503 "took too long" in German and English, logged at WARN with the SQL', async () => {
    const warn = vi.spyOn(ctx.payload.logger, 'warn')
    await lockReleasesFor(6)
    const { result: response, ms } = await timed(() =>
      ctx.api.get('/press-releases', { query: { limit: 5 } }),
    )
    expect(response.status).toBe(503)
    const text = JSON.stringify(response.body)
    expect(text).toContain('zu lange gedauert')
    expect(text).toContain('took too long')
    expect(text).not.toMatch(/nicht erreichbar|not reachable/)
    expect(response.headers.get('retry-after')).toBe('2')
    // Cancelled by the server at statement_timeout (3 s), not by the client-side timeout (5 s).
    expect(ms).toBeGreaterThanOrEqual(2_500)
    expect(ms).toBeLessThan(4_900)
    const logged = warn.mock.calls.map((call) => JSON.stringify(call))
    expect(
      logged.some((line) => line.includes('press_releases') && line.includes('statement timeout')),
    ).toBe(true)
  })

  it('a GraphQL read past statement_timeout carries extensions.code STATEMENT_TIMEOUT and the same message', async () => {
    await lockReleasesFor(6)
    const response = await ctx.api.graphql('{ PressReleases(limit: 5) { docs { id } } }')
    const errors = response.body.errors as Array<{
      message: string
      extensions: { code: string; statusCode: number }
    }>
    expect(errors).toHaveLength(1)
    expect(errors[0]!.extensions.code).toBe('STATEMENT_TIMEOUT')
    expect(errors[0]!.extensions.statusCode).toBe(503)
    expect(errors[0]!.message).toContain('took too long')
  })

  it('six readers stuck on the same slow query leave connections for an unrelated read', async () => {
    await lockReleasesFor(8)
    const stuck = Array.from({ length: 6 }, () =>
      timed(() => ctx.api.get('/press-releases', { query: { limit: 5 } })),
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    // Without the guard all 4 connections wait for the lock until statement_timeout (3 s) and
    // this read fails after the 3 s connect timeout.
    const unrelated = await timed(() => ctx.api.get('/events', { query: { limit: 5 } }))
    expect(unrelated.result.status).toBe(200)
    expect(unrelated.ms).toBeLessThan(2_000)

    const answers = await Promise.all(stuck)
    for (const { result } of answers) {
      expect(result.status).toBe(503)
      expect(JSON.stringify(result.body)).toContain('took too long')
    }
    // Only the two statements in the slow lane waited until statement_timeout; the rest were
    // cancelled as soon as they turned slow.
    expect(answers.filter(({ ms }) => ms >= 2_500).length).toBeLessThanOrEqual(2)
    expect(answers.filter(({ ms }) => ms < 2_500).length).toBeGreaterThanOrEqual(4)
  })

  it('three pg_sleep statements through the pool: two may run slow, the third is cancelled as soon as it turns slow', async () => {
    const pool = databasePool(ctx.payload)!
    const sleeps = Array.from({ length: 3 }, (_, i) =>
      timed(() =>
        // Staggered so the lane fills in a known order: the third turns slow last.
        new Promise((resolve) => setTimeout(resolve, i * 100)).then(() =>
          pool.query('select pg_sleep(1.5)').then(
            () => 'finished',
            (error: { code?: string }) => error.code,
          ),
        ),
      ),
    )
    const results = await Promise.all(sleeps)
    expect(results.map(({ result }) => result)).toEqual(['finished', 'finished', '57014'])
    // Cancelled at about 300 ms after it started (200 ms stagger + 300 ms), not after 1.5 s.
    expect(results[2]!.ms).toBeLessThan(1_200)
    expect((pool as unknown as { slowStatements: number }).slowStatements).toBe(0)
  })
})
