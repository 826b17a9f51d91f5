/**
 * `cleanupOrphanFiles`: objects no committed row names — left by a crash between the store write
 * and the commit, or by a sweep that gave up — are removed once older than a grace period (so an
 * upload still between its write and its commit is never touched). Daily on the jobs queue, and
 * callable (`cleanupOrphanFiles(payload)`, or queue the task).
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { stillReferenced } from './afterCommit'
import { registeredStores } from './store'

export const CLEANUP_TASK = 'cleanupOrphanFiles'
export const DEFAULT_GRACE_MINUTES = 24 * 60
const BATCH = 200

export type CleanupResult = { removed: Array<{ collection: string; key: string }>; checked: number }

export async function cleanupOrphanFiles(
  payload: Payload,
  {
    graceMinutes = DEFAULT_GRACE_MINUTES,
    now = new Date(),
  }: { graceMinutes?: number; now?: Date } = {},
): Promise<CleanupResult> {
  const cutoff = now.getTime() - graceMinutes * 60_000
  const result: CleanupResult = { removed: [], checked: 0 }
  for (const [collection, store] of registeredStores()) {
    if (!payload.collections[collection as keyof typeof payload.collections]) continue
    let batch: string[] = []
    const flush = async () => {
      const kept = await stillReferenced(payload, collection, batch)
      const orphans = batch.filter((key) => !kept.has(key))
      await store.delete(orphans)
      for (const key of orphans) result.removed.push({ collection, key })
      if (orphans.length)
        payload.logger.info(
          `storage: removed ${orphans.length} orphan file(s) from ${store.location}`,
        )
      batch = []
    }
    for await (const object of store.list()) {
      result.checked++
      if (object.lastModified.getTime() > cutoff) continue
      batch.push(object.key)
      if (batch.length >= BATCH) await flush()
    }
    if (batch.length) await flush()
  }
  return result
}

export const cleanupTask = (): TaskConfig =>
  ({
    slug: CLEANUP_TASK,
    label: 'Verwaiste Dateien entfernen / Remove orphan files',
    inputSchema: [{ name: 'graceMinutes', type: 'number', min: 0 }],
    outputSchema: [
      { name: 'removed', type: 'number' },
      { name: 'checked', type: 'number' },
    ],
    schedule: [{ cron: '0 17 3 * * *', queue: 'default' }],
    handler: async ({ input, req }: { input: unknown; req: PayloadRequest }) => {
      const graceMinutes =
        (input as { graceMinutes?: number | null } | undefined)?.graceMinutes ?? undefined
      const { removed, checked } = await cleanupOrphanFiles(req.payload, { graceMinutes })
      return { output: { removed: removed.length, checked } }
    },
  }) as unknown as TaskConfig
