import type { Pool, PoolClient, QueryConfig } from 'pg'

export type CapturedQuery = { text: string; values: unknown[] }

type AnyFunction = (...args: unknown[]) => unknown

/** The SQL text and parameters of a `pg` `query(...)` call, whichever overload was used. */
function describe(args: unknown[]): CapturedQuery | undefined {
  const [first, second] = args
  if (typeof first === 'string') return { text: first, values: Array.isArray(second) ? second : [] }
  if (first && typeof first === 'object' && typeof (first as QueryConfig).text === 'string') {
    const config = first as QueryConfig
    return { text: config.text, values: Array.isArray(second) ? second : (config.values ?? []) }
  }
  return undefined
}

/**
 * Records every statement sent through `pool` while `work` runs, exactly as drizzle hands it to
 * `pg` (the real SQL and its parameters): `pool.query` for plain reads and the clients
 * `pool.connect()` hands out for transactions. For plan tests and the benchmark, not production.
 */
export async function captureQueries<T>(pool: Pool, work: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = []
  const target = pool as unknown as { query: AnyFunction; connect: AnyFunction }
  const originalQuery = target.query
  const originalConnect = target.connect
  const patched = new Map<PoolClient, AnyFunction>()

  target.query = function (...args: unknown[]) {
    const query = describe(args)
    if (query) queries.push(query)
    return originalQuery.apply(pool, args)
  }
  // pool.query checks out its client with a callback; only promise-style checkouts (drizzle's
  // transactions) are wrapped, so no statement is recorded twice.
  target.connect = function (...args: unknown[]) {
    if (args.length) return originalConnect.apply(pool, args)
    return (originalConnect.apply(pool, args) as Promise<PoolClient>).then((client) => {
      if (!patched.has(client)) {
        const clientQuery = client.query as unknown as AnyFunction
        patched.set(client, clientQuery)
        ;(client as unknown as { query: AnyFunction }).query = function (...queryArgs: unknown[]) {
          const query = describe(queryArgs)
          if (query) queries.push(query)
          return clientQuery.apply(client, queryArgs)
        }
      }
      return client
    })
  }
  try {
    const result = await work()
    return { result, queries }
  } finally {
    target.query = originalQuery
    target.connect = originalConnect
    for (const [client, clientQuery] of patched) (client as unknown as { query: AnyFunction }).query = clientQuery
  }
}
