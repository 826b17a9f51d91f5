import type { Config, Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { appendHooks } from '../../src/lib/config/hooks'
import { responseCacheState } from '../../src/lib/http/cache/store'
import { announceWrite } from './announce'
import { startListener } from './listener'
import { nextChangeAt } from './nextChange'
import type { ResponseCacheClock, ResponseCacheOptions } from './types'

export type { ResponseCacheClock, ResponseCacheOptions } from './types'

const DEFAULT_CLOCKS: ResponseCacheClock[] = [
  { collection: 'press-releases', field: 'embargo', publishedOnly: true },
  { collection: 'photos', field: 'publicFrom' },
]

type TransactionAdapter = {
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  rollbackTransaction: (id: number | Promise<number | string> | string) => Promise<void>
}

/** Clears this instance's cache right after a transaction that announced a write commits. */
function followTransactions(payload: Payload): void {
  const state = responseCacheState()
  const db = payload.db as unknown as TransactionAdapter
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    await commit(id)
    state.committed(String(await id))
  }
  db.rollbackTransaction = async (id) => {
    await rollback(id)
    state.rolledBack(String(await id))
  }
}

/**
 * Payload stores queued jobs without collection hooks (unless `jobs.runHooks`), yet a scheduled
 * publish moves the next moment answers change; queueing therefore announces itself too.
 */
function followQueue(payload: Payload, channel: string): void {
  const jobs = payload.jobs as unknown as {
    queue: (args: { req?: PayloadRequest }) => Promise<unknown>
  }
  const queue = jobs.queue.bind(jobs)
  jobs.queue = async (args) => {
    const job = await queue(args)
    await announceWrite(args.req ?? (await createLocalReq({}, payload)), channel)
    return job
  }
}

/**
 * Keeps the guard's response cache (src/lib/http/cache) correct: every create, update and delete
 * of any collection or global announces itself by PostgreSQL NOTIFY inside its transaction,
 * every instance LISTENs and clears its cache, and the cache knows the next moment an answer
 * changes by the clock alone (Sperrfrist, scheduled publish, photo release).
 */
export const responseCache =
  (options: ResponseCacheOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const channel = options.channel ?? 'response_cache'
    const clocks = options.clocks ?? DEFAULT_CLOCKS
    const announce = async ({ req }: { req: Parameters<typeof announceWrite>[0] }) =>
      announceWrite(req, channel)
    return {
      ...config,
      // A collection marked `custom.neverPublic` (admin-only data such as webhook delivery logs) is in
      // no anonymous answer: its writes need not clear anything.
      collections: (config.collections ?? []).map((collection) =>
        collection.custom?.neverPublic === true
          ? collection
          : {
              ...collection,
              hooks: appendHooks(collection.hooks, {
                afterChange: [announce],
                afterDelete: [announce],
              }),
            },
      ),
      globals: (config.globals ?? []).map((global) => ({
        ...global,
        hooks: appendHooks(global.hooks, { afterChange: [announce] }),
      })),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        const state = responseCacheState()
        state.nextChangeSource = () => nextChangeAt(payload, clocks)
        followTransactions(payload)
        followQueue(payload, channel)
        const stop = startListener(payload, channel)
        const destroy = payload.db.destroy?.bind(payload.db)
        payload.db.destroy = async () => {
          stop()
          await destroy?.()
        }
      },
    }
  }
