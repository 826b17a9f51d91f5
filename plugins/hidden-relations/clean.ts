import type { CollectionSlug, PayloadRequest } from 'payload'

import type { RelationSlot } from './slots'

type ID = number | string
type Reference = { collection: string; id: ID }

/** Per slot: is each of its values one Payload populated (so a bare id there means "not readable")? */
export type Decide = (slot: RelationSlot) => 'populated' | 'check' | 'keep'

type Item = { reference?: Reference; hidden: boolean }

const isID = (value: unknown): value is ID => typeof value === 'number' || typeof value === 'string'
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The bare reference in one value, if it is an id rather than a populated document. */
function bareReference(value: unknown, relationTo: string | undefined): Reference | undefined {
  if (relationTo) return isID(value) ? { collection: relationTo, id: value } : undefined
  if (isRecord(value) && typeof value.relationTo === 'string' && isID(value.value)) {
    return { collection: value.relationTo, id: value.value }
  }
  return undefined
}

const keyOf = ({ collection, id }: Reference): string => `${collection}:${String(id)}`

/**
 * Replaces every bare id the reader may not see: `null` for a single relation, left out of a
 * hasMany list. Where Payload populated, a bare id is a document its own read (with the reader's
 * access) did not return; elsewhere (`decide` → 'check') one query per collection asks.
 */
export async function hideUnreadable(
  slots: RelationSlot[],
  decide: Decide,
  req: PayloadRequest,
  draft: boolean | undefined,
): Promise<void> {
  const plans = slots.map((slot) => {
    const verdict = decide(slot)
    const current = slot.holder[slot.key as never] as unknown
    const values = slot.hasMany && Array.isArray(current) ? current : [current]
    const items: Item[] = values.map((value) => ({
      reference: bareReference(value, slot.relationTo),
      hidden: false,
    }))
    return { slot, verdict, values, items }
  })

  const toCheck = new Map<string, Set<ID>>()
  for (const plan of plans) {
    if (plan.verdict === 'keep') continue
    for (const item of plan.items) {
      if (!item.reference) continue
      if (plan.verdict === 'populated') item.hidden = true
      else
        toCheck.set(
          item.reference.collection,
          (toCheck.get(item.reference.collection) ?? new Set()).add(item.reference.id),
        )
    }
  }

  const visible = await readableReferences(toCheck, req, draft)
  for (const plan of plans) {
    if (plan.verdict !== 'check') continue
    for (const item of plan.items)
      if (item.reference && !visible.has(keyOf(item.reference))) item.hidden = true
  }

  for (const { slot, values, items } of plans) {
    if (!items.some((item) => item.hidden)) continue
    const holder = slot.holder as Record<string | number, unknown>
    holder[slot.key] = slot.hasMany ? values.filter((_, index) => !items[index]?.hidden) : null
  }
}

/** Which of the referenced documents the reader of `req` may read: one id-only query per collection. */
async function readableReferences(
  toCheck: Map<string, Set<ID>>,
  req: PayloadRequest,
  draft: boolean | undefined,
): Promise<Set<string>> {
  const visible = new Set<string>()
  for (const [collection, ids] of toCheck) {
    if (!(collection in req.payload.collections)) continue
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: [...ids] } },
      select: { id: true } as never,
      depth: 0,
      draft,
      pagination: false,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    for (const doc of found.docs as { id: ID }[]) visible.add(keyOf({ collection, id: doc.id }))
  }
  return visible
}
