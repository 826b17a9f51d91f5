import type { CollectionSlug, Payload, Where } from 'payload'

import { customList } from '../../src/lib/config/customLists'
import type { ResponseCacheClock } from './types'

/** Whether `collection` exists and has a top-level field `field` (e.g. photos' `publicFrom` once added). */
function hasField(payload: Payload, collection: string, field: string): boolean {
  return Boolean(
    payload.collections[collection as CollectionSlug]?.config.flattenedFields.some(
      (candidate) => candidate.name === field,
    ),
  )
}

/**
 * A scheduled publish runs at the jobs runner's next minute after its `waitUntil`, and its write
 * then clears every cache; until then (at most this long) its answers are re-checked every second.
 */
const OVERDUE_JOB_MS = 5 * 60_000
const OVERDUE_RECHECK_MS = 1_000

/** The earliest value of `field` after `after` in `collection` matching `where`, as epoch ms. */
async function earliest(
  payload: Payload,
  collection: string,
  field: string,
  where: Where[],
  after = Date.now(),
): Promise<number> {
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    where: { and: [{ [field]: { greater_than: new Date(after).toISOString() } }, ...where] },
    sort: field,
    limit: 1,
    depth: 0,
    pagination: false,
    // A system question (when does any answer change next?), not a reader's: only a date leaves here.
    overrideAccess: true,
    select: { [field]: true },
  })
  const value = (docs[0] as Record<string, unknown> | undefined)?.[field]
  return typeof value === 'string' ? Date.parse(value) : Infinity
}

/**
 * Tasks that never change a public answer (webhook deliveries and their retries): plugins append
 * their slugs to `config.custom.tasksWithoutPublicEffect`, so their `waitUntil` caps no lifetime.
 */
function tasksWithoutPublicEffect(payload: Payload): string[] {
  return customList(payload.config.custom, 'tasksWithoutPublicEffect')
}

/**
 * The next moment a public answer changes without a write: the earliest future Sperrfrist of a
 * published release, pending scheduled job (overdue ones: in a second, until the runner took
 * them), or photo release date (each clock whose field exists).
 */
export async function nextChangeAt(
  payload: Payload,
  clocks: ResponseCacheClock[],
): Promise<number> {
  const lookups = clocks
    .filter((clock) => hasField(payload, clock.collection, clock.field))
    .map((clock) =>
      earliest(
        payload,
        clock.collection,
        clock.field,
        clock.publishedOnly ? [{ _status: { equals: 'published' } }] : [],
      ),
    )
  if (hasField(payload, 'payload-jobs', 'waitUntil')) {
    const pending: Where[] = [
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
    ]
    const quiet = tasksWithoutPublicEffect(payload)
    if (quiet.length)
      pending.push({ or: [{ taskSlug: { exists: false } }, { taskSlug: { not_in: quiet } }] })
    const now = Date.now()
    lookups.push(
      earliest(payload, 'payload-jobs', 'waitUntil', pending, now - OVERDUE_JOB_MS).then((at) =>
        Number.isFinite(at) ? Math.max(at, now + OVERDUE_RECHECK_MS) : at,
      ),
    )
  }
  return Math.min(Infinity, ...(await Promise.all(lookups)))
}
