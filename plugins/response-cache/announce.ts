import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { responseCacheState } from '../../src/lib/http/cache/store'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }
type DrizzleAdapter = {
  drizzle?: Executor
  sessions?: Record<string, { db: Executor } | undefined>
}

/**
 * Tells every instance that content changed. The NOTIFY runs in the writing transaction, so
 * PostgreSQL delivers it only after COMMIT (never on rollback); this instance clears its own
 * cache right after the commit (the adapter's commitTransaction is wrapped in index.ts), so an
 * answer read before the commit cannot outlive it and the writer's next read is fresh.
 */
export async function announceWrite(req: PayloadRequest, channel: string): Promise<void> {
  const state = responseCacheState()
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const transactionID = req.transactionID ? String(await req.transactionID) : undefined
  const session = transactionID ? adapter.sessions?.[transactionID] : undefined
  const executor = session?.db ?? adapter.drizzle
  await executor?.execute(sql`select pg_notify(${channel}, ${state.instanceId})`)
  if (session && transactionID) state.expectCommit(transactionID)
  else state.invalidate() // no transaction: the write is already committed
}
