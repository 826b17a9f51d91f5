import type { Payload } from 'payload'
import type { Pool, PoolConfig } from 'pg'

import { inBothLanguages } from '../../i18n'
import type { SlowStatementOptions } from './slowStatements'

/** The node-postgres pool behind Payload's Postgres adapter (not part of Payload's public types). */
export const databasePool = (payload: Payload): Pool | undefined =>
  (payload.db as { pool?: Pool }).pool

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * Pool settings that turn a stuck or unreachable database into a fast error instead of a
 * request that hangs forever: connecting, waiting for a query and server-side statements
 * are all bounded. Migrations get a longer statement budget via DB_STATEMENT_TIMEOUT_MS.
 * The client-side `query_timeout` (a server that answers nothing at all: frozen, network gone)
 * fires 2 s after the server's own `statement_timeout`, so a statement that is merely slow is
 * cancelled by the server (SQLSTATE 57014, "took too long") and not mistaken for an outage.
 */
export function poolOptions(connectionString: string): PoolConfig {
  const statementTimeout = numberFromEnv('DB_STATEMENT_TIMEOUT_MS', 10_000)
  return {
    connectionString,
    max: poolMax(),
    connectionTimeoutMillis: numberFromEnv('DB_CONNECT_TIMEOUT_MS', 3_000),
    idleTimeoutMillis: 30_000,
    query_timeout: numberFromEnv('DB_QUERY_TIMEOUT_MS', statementTimeout + 2_000),
    statement_timeout: statementTimeout,
    idle_in_transaction_session_timeout: 60_000,
  }
}

const poolMax = (): number => numberFromEnv('DB_POOL_MAX', 10)

/**
 * How long a read may run before it counts as slow (DB_SLOW_STATEMENT_MS, default 1 s) and how
 * many slow reads may hold connections at once (DB_MAX_SLOW_STATEMENTS, default half the pool);
 * see {@link import('./slowStatements').SlowStatementPool}.
 */
export function slowStatementOptions(): SlowStatementOptions {
  return {
    slowAfterMs: numberFromEnv('DB_SLOW_STATEMENT_MS', 1_000),
    maxSlow: numberFromEnv('DB_MAX_SLOW_STATEMENTS', Math.max(1, Math.floor(poolMax() / 2))),
  }
}

/**
 * An idle client whose server went away emits `error` on the pool; without a listener Node
 * treats it as unhandled and the whole process dies. Logging it is enough: the pool drops the
 * broken client and the next query opens a fresh connection.
 */
export function guardPoolErrors(payload: Payload): void {
  databasePool(payload)?.on('error', (error) => {
    payload.logger.warn(
      `PostgreSQL-Verbindung verloren (${error.message}); die nächste Anfrage verbindet neu.`,
    )
  })
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up / shutting down)
  '08000',
  '08001',
  '08003',
  '08006',
])

const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /connection timeout/i,
  /the database system is (starting up|shutting down)/i,
  /Connection terminated unexpectedly/i,
  /Client has encountered a connection error/i,
]

/** True for errors that mean "the database is not reachable right now", wherever they are wrapped. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown }
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)))
    return true
  return isDatabaseUnavailable(cause, depth + 1)
}

/**
 * True for SQLSTATE 57014 (query_canceled): the server ended a statement because it ran past
 * `statement_timeout` or was cancelled as one slow read too many. The database is up.
 */
export function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { code, cause } = error as { code?: unknown; cause?: unknown }
  return code === '57014' || isStatementTimeout(cause, depth + 1)
}

/** The SQL of the statement behind a (drizzle-wrapped) database error, for the log. */
export function failedStatement(error: unknown): string | undefined {
  const wrapped = error as { query?: unknown; originalError?: { query?: unknown } } | null
  const text = wrapped?.query ?? wrapped?.originalError?.query
  return typeof text === 'string' ? text : undefined
}

export const STATEMENT_TIMEOUT_MESSAGE = inBothLanguages('databaseTimeout')

export const DATABASE_UNAVAILABLE_MESSAGE = inBothLanguages('databaseUnavailable')

/** `payload.destroy()` leaves the pg pool open; scripts that end must close it themselves. */
export async function shutdownPayload(payload: Payload): Promise<void> {
  const pool = databasePool(payload)
  await payload.destroy()
  if (!pool || pool.ended || pool.ending) return
  // A client still held by schema push would make `end()` wait forever; a second is plenty.
  const ended = pool
    .end()
    .catch((error: unknown) =>
      payload.logger.warn(`Pool nicht sauber geschlossen: ${String(error)}`),
    )
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 1_000).unref())])
}
