import pg from 'pg'

export type SlowStatementOptions = {
  /** A statement running longer than this counts as slow. */
  slowAfterMs: number
  /** At most this many slow statements at once; one more is cancelled (SQLSTATE 57014). */
  maxSlow: number
}

type QueryArgs = [config: unknown, values?: unknown, callback?: unknown]

/**
 * A pg Pool whose slow statements can hold only part of it. Reads (drizzle's `pool.query`) are
 * timed; once a statement has run `slowAfterMs` it takes a slot in the slow lane, and when all
 * `maxSlow` slots are taken it is cancelled on the server right away instead of holding its
 * connection until `statement_timeout`. So however many requests send the same slow query,
 * the remaining connections keep serving the fast ones (a page by index takes milliseconds),
 * and nobody waits for a connection until the connect timeout. Clients checked out with
 * `connect()` (transactions: writes, migrations) are left alone: cancelling them would roll back
 * work, and they are bounded by `statement_timeout` like everything else.
 */
export class SlowStatementPool extends pg.Pool {
  private slowNow = 0

  constructor(
    config: pg.PoolConfig,
    private readonly guard: SlowStatementOptions,
  ) {
    super(config)
  }

  /** How many statements are in the slow lane right now (for tests and health output). */
  get slowStatements(): number {
    return this.slowNow
  }

  // pg's overloads cannot be re-declared one by one; the promise form is all drizzle uses.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [config, values, callback] = args as QueryArgs
    if (typeof values === 'function' || typeof callback === 'function')
      return super.query(...(args as [string]))
    return this.guardedQuery(config, values)
  }

  private async guardedQuery(config: unknown, values: unknown): Promise<pg.QueryResult> {
    const { slowAfterMs, maxSlow } = this.guard
    const client = await this.connect()
    let inSlowLane = false
    let cancelling: Promise<void> | undefined
    const timer = setTimeout(() => {
      if (this.slowNow < maxSlow) {
        inSlowLane = true
        this.slowNow += 1
        return
      }
      cancelling = this.cancel((client as unknown as { processID?: number }).processID)
    }, slowAfterMs)
    timer.unref()
    let failure: Error | undefined
    try {
      return await client.query(config as string, values as unknown[])
    } catch (error) {
      failure = error as Error
      throw error
    } finally {
      clearTimeout(timer)
      if (inSlowLane) this.slowNow -= 1
      // A cancel request still on its way would hit whatever statement runs next on this
      // connection; the connection goes back to the pool only once it has arrived.
      if (cancelling) await cancelling
      // Like pg-pool's own query(), a connection that failed is not reused — unless the server
      // answered with an error (a cancellation, a constraint): that session is intact.
      client.release(failure && !(failure instanceof pg.DatabaseError) ? failure : undefined)
    }
  }

  /** Cancels the statement of backend `pid` over a separate connection (the pool may be full). */
  private async cancel(pid: number | undefined): Promise<void> {
    if (!pid) return
    const canceller = new pg.Client({
      ...this.options,
      statement_timeout: 2_000,
      query_timeout: 3_000,
    } as pg.ClientConfig)
    try {
      await canceller.connect()
      await canceller.query('select pg_cancel_backend($1)', [pid])
    } catch {
      // The statement still ends at statement_timeout.
    } finally {
      await canceller.end().catch(() => undefined)
    }
  }
}

/**
 * The `pg` module as the Postgres adapter takes it (its `pg` option), whose Pool is a
 * {@link SlowStatementPool} with `options`; everything else is pg's own.
 */
export function pgWithSlowStatementGuard(options: SlowStatementOptions): typeof pg {
  class GuardedPool extends SlowStatementPool {
    constructor(config: pg.PoolConfig) {
      super(config, options)
    }
  }
  return Object.assign(Object.create(pg) as typeof pg, { Pool: GuardedPool })
}
