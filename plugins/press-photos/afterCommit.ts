/**
 * Files follow the database, never the other way round: objects are written before the
 * transaction commits, but only a committed row makes them servable (every file route looks the
 * row up first). Once the transaction has ended, `sweepUnreferenced` removes the names no
 * committed row holds: the new files of a rolled-back write, the old files of a committed
 * replacement or deletion. A crash in between leaves objects for `cleanupOrphanFiles`.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { FileStore } from './store'

type Session = { resolve?: () => Promise<unknown>; reject?: () => Promise<unknown> }
type Sessions = { sessions?: Record<string, Session> }

/**
 * Runs `task` once the request's transaction has committed or rolled back (at once without one).
 * The database adapter ends a transaction through its session's `resolve` (COMMIT) or `reject`
 * (ROLLBACK), which return once the database has answered; `task` is chained behind both. An
 * adapter without such sessions gets no sweep: its leftovers wait for `cleanupOrphanFiles`.
 */
export async function afterTransaction(
  req: PayloadRequest,
  task: () => Promise<void>,
): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const sessions = (req.payload.db as unknown as Sessions).sessions
  const session = id ? sessions?.[String(id)] : undefined
  if (!id) return task()
  if (!session || typeof session.resolve !== 'function' || typeof session.reject !== 'function')
    return
  // Awaited, so the request answers only once its leftovers are gone; never throws into the commit.
  const run = (): Promise<void> =>
    task().catch((error: unknown) =>
      req.payload.logger.warn({ err: error, msg: 'storage: could not remove unreferenced files' }),
    )
  let ran = false
  for (const method of ['resolve', 'reject'] as const) {
    const end = session[method] as () => Promise<unknown>
    session[method] = async () => {
      try {
        return await end()
      } finally {
        if (!ran) {
          ran = true
          await run()
        }
      }
    }
  }
}

/** Every stored name a row of an upload collection points at: the file, renditions, Payload sizes. */
export function referencedNames(doc: Record<string, unknown>): string[] {
  const names: unknown[] = [doc.filename]
  if (Array.isArray(doc.renditions))
    for (const r of doc.renditions as Array<{ filename?: unknown }>) names.push(r?.filename)
  if (doc.sizes && typeof doc.sizes === 'object') {
    for (const size of Object.values(doc.sizes as Record<string, { filename?: unknown }>))
      names.push(size?.filename)
  }
  return names.filter((name): name is string => typeof name === 'string' && name.length > 0)
}

/** Which of `names` a committed row of `slug` still holds (read outside any transaction). */
export async function stillReferenced(
  payload: Payload,
  slug: string,
  names: string[],
): Promise<Set<string>> {
  if (!names.length) return new Set()
  const fields = payload.collections[slug as CollectionSlug]?.config.fields ?? []
  const hasRenditions = fields.some((field) => 'name' in field && field.name === 'renditions')
  const or: Where[] = [{ filename: { in: names } }]
  if (hasRenditions) or.push({ 'renditions.filename': { in: names } })
  const { docs } = await payload.db.find<Record<string, unknown>>({
    collection: slug as CollectionSlug,
    where: { or },
    limit: 0,
    pagination: false,
  })
  const wanted = new Set(names)
  return new Set(docs.flatMap(referencedNames).filter((name) => wanted.has(name)))
}

/** Removes those of `names` that no committed row of `slug` holds. */
export async function sweepUnreferenced(
  payload: Payload,
  slug: string,
  store: FileStore,
  names: string[],
): Promise<string[]> {
  const unique = [...new Set(names)]
  const kept = await stillReferenced(payload, slug, unique)
  const gone = unique.filter((name) => !kept.has(name))
  await store.delete(gone)
  return gone
}
