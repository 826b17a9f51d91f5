/**
 * Rate-limit counters shared by every instance of the CMS: rows in PostgreSQL (rate-limiter-flexible's
 * RateLimiterPostgres on Payload's own pool), so a limit holds across servers. The table lives in a
 * schema of its own (`rate_limits`), outside `public`: Payload's schema push and its migrations
 * compare only `public`, so neither drops nor diffs it. It is created once per pool, idempotently,
 * on first use — the same on a pushed test database and on a migrated production one.
 *
 * When the database does not answer (or the table cannot be reached), an instance counts in its
 * own memory instead and logs a warning: the limits then hold per instance (at most n times the
 * limit with n instances), never not at all — reads stay available, logins stay limited.
 */
import type { Pool } from 'pg'

import { createHash } from 'node:crypto'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import type { Limit } from './limits'

export const RATE_LIMIT_SCHEMA = 'rate_limits'
export const RATE_LIMIT_TABLE = 'counters'
const TABLE = `"${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}"`

/**
 * A counter query slower than this counts as a store failure: a limit must not hold up a read for
 * long. 3 s, the pool's connect timeout: under a burst the instance's own event loop is busy for a
 * second or more, and a shorter limit made a busy but healthy database look unreachable.
 */
const STORE_TIMEOUT_MS = 3_000
/** After a failure the store is left alone this long (no waiting on a dead database per request). */
const STORE_BACKOFF_MS = 10_000

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number }
export type Warn = (message: string) => void

type PoolState = {
  ready?: Promise<void>
  limiters: Map<string, RateLimiterPostgres>
  downUntil: number
  lastWarning: number
}
const pools = new WeakMap<Pool, PoolState>()
const memoryLimiters = new Map<string, RateLimiterMemory>()

/** Creates schema and table if missing. Two instances starting at once may race: then one retry. */
export async function ensureRateLimitTable(pool: Pool): Promise<void> {
  const create = async () => {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${RATE_LIMIT_SCHEMA}"`)
    await pool.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    )
  }
  try {
    await create()
  } catch (error) {
    // 23505/42P07: a concurrent CREATE … IF NOT EXISTS won the race; the object now exists.
    const code = (error as { code?: string }).code
    if (code !== '23505' && code !== '42P07') throw error
    await create()
  }
}

function stateOf(pool: Pool): PoolState {
  let state = pools.get(pool)
  if (!state) {
    state = { limiters: new Map(), downUntil: 0, lastWarning: 0 }
    pools.set(pool, state)
  }
  return state
}

const limiterKey = (limit: Limit) => `${limit.name}:${limit.points}:${limit.seconds}`

function sharedLimiter(pool: Pool, state: PoolState, limit: Limit): RateLimiterPostgres {
  const key = limiterKey(limit)
  let limiter = state.limiters.get(key)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      schemaName: RATE_LIMIT_SCHEMA,
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.seconds,
      // A client past its limit is refused from memory until the window ends: a flood of refused
      // requests costs the database nothing.
      inMemoryBlockOnConsumed: limit.points,
    })
    state.limiters.set(key, limiter)
  }
  return limiter
}

function memoryLimiter(limit: Limit): RateLimiterMemory {
  const key = limiterKey(limit)
  let limiter = memoryLimiters.get(key)
  if (!limiter) {
    limiter = new RateLimiterMemory({
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.seconds,
    })
    memoryLimiters.set(key, limiter)
  }
  return limiter
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`rate limit store: no answer within ${ms} ms`)),
      ms,
    )
    timer.unref()
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })

async function consumeWith(
  limiter: RateLimiterPostgres | RateLimiterMemory,
  key: string,
): Promise<Decision> {
  try {
    await limiter.consume(key)
    return { allowed: true }
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
    }
  }
}

type BatchOutcome = { consumed: number; msBeforeNext: number; refused: boolean }
type Batch = { size: number; outcome: Promise<BatchOutcome> }
const openBatches = new Map<string, Batch>()

/**
 * Attempts of one key arriving together (a crawler's burst: hundreds in flight) are counted in one
 * statement: `consume(key, n)` adds n at once and the total tells which of the n were within the
 * limit, in arrival order. One request costs one statement as before; a burst of 500 costs one
 * instead of 500 queued on the pool — which would otherwise exceed STORE_TIMEOUT_MS and drop the
 * instance to counting on its own.
 */
function consumeTogether(
  limiter: RateLimiterPostgres,
  limit: Limit,
  key: string,
): Promise<Decision> {
  const batchKey = `${limiterKey(limit)}:${key}`
  let batch = openBatches.get(batchKey)
  if (!batch) {
    const created: Batch = {
      size: 0,
      outcome: Promise.resolve() as unknown as Promise<BatchOutcome>,
    }
    created.outcome = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      // Sealed: attempts from now on start the next batch.
      openBatches.delete(batchKey)
      try {
        const result = await limiter.consume(key, created.size)
        return {
          consumed: result.consumedPoints,
          msBeforeNext: result.msBeforeNext,
          refused: false,
        }
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection
        return {
          consumed: rejection.consumedPoints,
          msBeforeNext: rejection.msBeforeNext,
          refused: true,
        }
      }
    })
    openBatches.set(batchKey, created)
    batch = created
  }
  const sealed = batch
  const position = ++sealed.size
  return sealed.outcome.then(({ consumed, msBeforeNext, refused }) => {
    // A refusal from the in-memory block carries no total: the whole batch is past the limit.
    const before = refused && consumed <= limit.points ? limit.points : consumed - sealed.size
    return before + position <= limit.points
      ? { allowed: true }
      : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) }
  })
}

/** Counts one attempt of `key` against `limit`, shared through `pool` (in memory while it fails). */
export async function consume(
  pool: Pool | undefined,
  limit: Limit,
  plainKey: string,
  warn: Warn,
): Promise<Decision> {
  // Hashed: the table then holds no e-mail or IP address, and no key outgrows its column.
  const key = createHash('sha256').update(plainKey).digest('base64url')
  if (!pool) return consumeWith(memoryLimiter(limit), key)
  const state = stateOf(pool)
  if (Date.now() >= state.downUntil) {
    try {
      state.ready ??= ensureRateLimitTable(pool).catch((error: unknown) => {
        state.ready = undefined
        throw error
      })
      await withTimeout(state.ready, STORE_TIMEOUT_MS)
      return await withTimeout(
        consumeTogether(sharedLimiter(pool, state, limit), limit, key),
        STORE_TIMEOUT_MS,
      )
    } catch (error) {
      state.downUntil = Date.now() + STORE_BACKOFF_MS
      if (Date.now() - state.lastWarning > 60_000) {
        state.lastWarning = Date.now()
        warn(
          `Ratenbegrenzung: gemeinsame Zähler in PostgreSQL nicht erreichbar (${(error as Error).message}); ` +
            `diese Instanz zählt vorerst allein. / Rate limits: shared counters unreachable; this instance counts on its own for now.`,
        )
      }
    }
  }
  return consumeWith(memoryLimiter(limit), key)
}

/** Forgets every counter (tests), shared and in memory. */
export async function clearRateLimits(pool: Pool | undefined): Promise<void> {
  memoryLimiters.clear()
  if (!pool) return
  await ensureRateLimitTable(pool)
  await pool.query(`DELETE FROM ${TABLE}`)
}
