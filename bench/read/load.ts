import type pg from 'pg'

import autocannon from 'autocannon'

import { backendCpuMs, backendDelta, processGroupCpuMs } from './cpu'

export type Request = {
  url: string
  method: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}

/** One autocannon run with the CPU the answering process group and the database's backends spent. */
export type Sample = {
  requests: number
  rps: number
  p50: number
  p99: number
  /** Answers other than the expected status, plus errors and timeouts. */
  unexpected: number
  statuses: Record<string, number>
  serverCpuMs: number
  /** Undefined when the backends' /proc entries are not readable (a remote server). */
  databaseCpuMs: number | undefined
}

export type LoadOptions = {
  connections: number
  duration: number
  expect: 200 | 304
  pgid: number
  admin: pg.ClientBase
  database: string
}

export async function load(request: Request, options: LoadOptions): Promise<Sample> {
  const cpuBefore = processGroupCpuMs(options.pgid)
  const backendsBefore = await backendCpuMs(options.admin, options.database)
  const result = await autocannon({
    url: request.url,
    method: request.method,
    body: request.body,
    headers: {
      ...(request.body ? { 'content-type': 'application/json' } : {}),
      ...request.headers,
    },
    connections: options.connections,
    duration: options.duration,
  })
  const serverCpuMs = processGroupCpuMs(options.pgid) - cpuBefore
  const databaseCpuMs = backendDelta(
    backendsBefore,
    await backendCpuMs(options.admin, options.database),
  )
  await settle(options.pgid, options.admin, options.database)
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]),
  )
  const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0)
  const expected = options.expect === 304 ? (statuses['304'] ?? 0) : answered - result.non2xx
  return {
    requests: answered,
    rps: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    unexpected: answered - expected + result.errors + result.timeouts,
    statuses,
    serverCpuMs,
    databaseCpuMs,
  }
}

/**
 * Waits (at most 15 s) until the answering process group is quiet (< 10 % of a core over 250 ms)
 * and no backend of `database` runs a statement: a slow server is still working off the requests
 * autocannon abandoned at the end of its window (queued in its pool or being serialised), and that
 * backlog must not eat into the next variant's window.
 */
async function settle(pgid: number, admin: pg.ClientBase, database: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const before = processGroupCpuMs(pgid)
    await new Promise((resolve) => setTimeout(resolve, 250))
    const busyServer = processGroupCpuMs(pgid) - before > 25
    const { rows } = await admin.query<{ busy: number }>(
      `select count(*)::int as busy from pg_stat_activity where datname = $1 and state <> 'idle'`,
      [database],
    )
    if (!busyServer && !rows[0]?.busy) return
  }
}

export type Summary = {
  rounds: number
  requests: number
  /** Medians over the rounds. */
  rps: number
  p50: number
  p99: number
  unexpected: number
  /** Answers by status code, over all rounds. */
  statuses: Record<string, number>
  /** Per request, over all rounds. */
  serverCpuMs: number
  databaseCpuMs: number | undefined
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function summarize(samples: Sample[]): Summary {
  const requests = samples.reduce((sum, s) => sum + s.requests, 0)
  const perRequest = (ms: number) => (requests ? ms / requests : Number.NaN)
  const database = samples.every((s) => s.databaseCpuMs !== undefined)
    ? perRequest(samples.reduce((sum, s) => sum + (s.databaseCpuMs ?? 0), 0))
    : undefined
  return {
    rounds: samples.length,
    requests,
    rps: median(samples.map((s) => s.rps)),
    p50: median(samples.map((s) => s.p50)),
    p99: median(samples.map((s) => s.p99)),
    unexpected: samples.reduce((sum, s) => sum + s.unexpected, 0),
    statuses: samples.reduce<Record<string, number>>((all, s) => {
      for (const [code, count] of Object.entries(s.statuses)) all[code] = (all[code] ?? 0) + count
      return all
    }, {}),
    serverCpuMs: perRequest(samples.reduce((sum, s) => sum + s.serverCpuMs, 0)),
    databaseCpuMs: database,
  }
}
