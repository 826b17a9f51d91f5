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
 * `pg` (the real SQL and its parameters). It listens on the clients the pool hands out — to
 * `pool.query` (callback checkout) and to transactions or a wrapping pool (promise checkout) —
 * so each statement is recorded once. For plan tests and the benchmark, not production.
 */
export async function captureQueries<T>(
  pool: Pool,
  work: () => Promise<T>,
): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = []
  const target = pool as unknown as { connect: AnyFunction }
  const originalConnect = target.connect
  const patched = new Map<PoolClient, AnyFunction>()
  const listen = (client: PoolClient | undefined) => {
    if (!client || patched.has(client)) return
    const clientQuery = client.query as unknown as AnyFunction
    patched.set(client, clientQuery)
    ;(client as unknown as { query: AnyFunction }).query = function (...queryArgs: unknown[]) {
      const query = describe(queryArgs)
      if (query) queries.push(query)
      return clientQuery.apply(client, queryArgs)
    }
  }
  target.connect = function (...args: unknown[]) {
    const [callback] = args
    if (typeof callback === 'function') {
      return originalConnect.call(
        pool,
        (error: unknown, client: PoolClient | undefined, release: unknown) => {
          listen(client)
          callback(error, client, release)
        },
      )
    }
    return (originalConnect.apply(pool, args) as Promise<PoolClient>).then((client) => {
      listen(client)
      return client
    })
  }
  try {
    const result = await work()
    return { result, queries }
  } finally {
    delete (target as { connect?: AnyFunction }).connect
    if (target.connect !== originalConnect) target.connect = originalConnect
    for (const [client, clientQuery] of patched)
      (client as unknown as { query: AnyFunction }).query = clientQuery
  }
}
