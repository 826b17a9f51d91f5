/**
 * Photos follow what uses them. Every collection and global whose schema references the photo
 * collection (found by the same schema walk as the usage endpoint) gets hooks that keep each
 * photo's `publicFrom` = the earliest moment any public document using it is visible — possibly in
 * the future (a release under Sperrfrist) — or null when nothing public uses it. The read access
 * compares it with the time of every read, so an embargo lifts for the photo to the millisecond,
 * with no job or polling in between.
 *
 * Only the stored main row counts (what anonymous readers get), never a draft: the hooks read it
 * before and after each write, and recompute only the photos whose public use may have changed —
 * one batch per write, with one query per reference path (not per photo).
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  GlobalSlug,
  Payload,
  PayloadRequest,
} from 'payload'

import type { PressPhotosOptions, PublicFromRule } from '../types'
import { findReferencing, idsAt, photoReferences, type ReferencePath } from '../usage'

type Id = number | string
type Doc = Record<string, unknown>
/** What one stored document contributes: the photos it makes public and from when. */
type Contribution = { ids: Id[]; from: number | null }

const NONE: Contribution = { ids: [], from: null }
const BEFORE = 'pressPhotos:usageBefore'

/** A collection with drafts shows its published row to the public: that is when it counts. */
const publishedRule: PublicFromRule = (doc) =>
  doc._status === 'published' && typeof doc.updatedAt === 'string' ? new Date(doc.updatedAt) : null

const neverRule: PublicFromRule = () => null

type References = ReturnType<typeof photoReferences>
const referencesCache = new WeakMap<Payload, References>()

function referencesOf(payload: Payload, slug: string): References {
  let refs = referencesCache.get(payload)
  if (!refs) {
    refs = photoReferences(payload, slug)
    referencesCache.set(payload, refs)
  }
  return refs
}

function stashOf(req: PayloadRequest): Map<string, Contribution> {
  const context = req.context as Record<string, unknown>
  let map = context[BEFORE] as Map<string, Contribution> | undefined
  if (!map) {
    map = new Map()
    context[BEFORE] = map
  }
  return map
}

function contribution(
  doc: Doc | null | undefined,
  refs: ReferencePath[],
  rule: PublicFromRule,
  slug: string,
): Contribution {
  if (!doc) return NONE
  const from = rule(doc)
  if (!from || Number.isNaN(from.getTime())) return NONE
  const ids: Id[] = []
  for (const id of refs.flatMap((ref) => idsAt(doc, ref, slug)))
    if (!ids.some((known) => String(known) === String(id))) ids.push(id)
  return ids.length ? { ids, from: from.getTime() } : NONE
}

const sameContribution = (a: Contribution, b: Contribution) =>
  a.from === b.from &&
  a.ids.length === b.ids.length &&
  a.ids.every((id) => b.ids.some((other) => String(other) === String(id)))

export function createFollowUsageHooks(slug: string, rules: PressPhotosOptions['publicFrom'] = {}) {
  const collectionRule = (payload: Payload, collection: string): PublicFromRule => {
    const explicit = rules.collections?.[collection]
    if (explicit) return explicit
    const versions = payload.collections[collection as CollectionSlug]?.config.versions
    return versions && typeof versions === 'object' && versions.drafts ? publishedRule : neverRule
  }
  const globalRule = (global: string): PublicFromRule => rules.globals?.[global] ?? neverRule

  // Errors propagate: a write whose bookkeeping failed must fail (and roll back) with it.
  const readCollectionRow = async (
    req: PayloadRequest,
    collection: string,
    id: Id,
  ): Promise<Doc | null> =>
    (await req.payload.findByID({
      collection: collection as CollectionSlug,
      id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as Doc | null

  const readGlobalRow = async (
    req: PayloadRequest | undefined,
    global: string,
    payload: Payload = (req as PayloadRequest).payload,
  ): Promise<Doc | null> =>
    (await payload.findGlobal({
      slug: global as GlobalSlug,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    })) as unknown as Doc | null

  /** Sets `publicFrom` of every photo in `ids` from all its current public uses. */
  async function recompute(
    req: PayloadRequest | undefined,
    ids: Id[],
    payload: Payload = (req as PayloadRequest).payload,
  ): Promise<void> {
    if (!ids.length) return
    const references = referencesOf(payload, slug)
    const wanted = new Set(ids.map(String))
    const earliest = new Map<string, number>()
    const note = (doc: Doc, refs: ReferencePath[], rule: PublicFromRule) => {
      const { ids: used, from } = contribution(doc, refs, rule, slug)
      if (from === null) return
      for (const id of used.map(String)) {
        if (!wanted.has(id)) continue
        const known = earliest.get(id)
        if (known === undefined || from < known) earliest.set(id, from)
      }
    }
    for (const { slug: collection, refs } of references.collections) {
      const rule = collectionRule(payload, collection)
      if (rule === neverRule) continue
      for (const ref of refs) {
        for (const doc of await findReferencing(payload, {
          slug,
          collection,
          ref,
          ids,
          req,
          draft: false,
        }))
          note(doc, [ref], rule)
      }
    }
    for (const { slug: global, refs } of references.globals) {
      const rule = globalRule(global)
      if (rule === neverRule) continue
      const doc = await readGlobalRow(req, global, payload)
      if (doc) note(doc, refs, rule)
    }

    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const photo of docs as unknown as Array<{ id: Id; publicFrom?: string | null }>) {
      const next = earliest.get(String(photo.id))
      const value = next === undefined ? null : new Date(next).toISOString()
      const current = photo.publicFrom ? new Date(photo.publicFrom).toISOString() : null
      if (value === current) continue
      // System bookkeeping in the same transaction: no hooks, no field access, no updatedAt bump.
      await payload.db.updateOne({
        collection: slug as CollectionSlug,
        id: photo.id,
        data: { publicFrom: value },
        req,
        returning: false,
      })
    }
  }

  /** Recomputes the photos whose contribution from one stored row changed between before and after. */
  async function settle(req: PayloadRequest, key: string, after: Contribution): Promise<void> {
    const stash = stashOf(req)
    const before = stash.get(key) ?? NONE
    stash.delete(key)
    if (sameContribution(before, after)) return
    const ids = [...before.ids]
    for (const id of after.ids) if (!ids.some((known) => String(known) === String(id))) ids.push(id)
    await recompute(req, ids)
  }

  const hasRefs = (payload: Payload, collection: string) =>
    referencesOf(payload, slug).collections.find((entry) => entry.slug === collection)?.refs
  const globalRefs = (payload: Payload, global: string) =>
    referencesOf(payload, slug).globals.find((entry) => entry.slug === global)?.refs

  const collectionBeforeChange: CollectionBeforeChangeHook = async ({
    collection,
    data,
    operation,
    originalDoc,
    req,
  }) => {
    const refs = hasRefs(req.payload, collection.slug)
    const id = (originalDoc as Doc | undefined)?.id as Id | undefined
    if (!refs || operation !== 'update' || id === undefined) return data
    const row = await readCollectionRow(req, collection.slug, id)
    stashOf(req).set(
      `${collection.slug}:${id}`,
      contribution(row, refs, collectionRule(req.payload, collection.slug), slug),
    )
    return data
  }

  const collectionAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
    const refs = hasRefs(req.payload, collection.slug)
    if (!refs) return doc
    const row = await readCollectionRow(req, collection.slug, (doc as Doc).id as Id)
    await settle(
      req,
      `${collection.slug}:${(doc as Doc).id}`,
      contribution(row, refs, collectionRule(req.payload, collection.slug), slug),
    )
    return doc
  }

  const collectionAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
    const refs = hasRefs(req.payload, collection.slug)
    if (!refs) return doc
    // The row is gone: whatever it made public is recomputed from the remaining uses.
    await recompute(
      req,
      contribution(doc as Doc, refs, collectionRule(req.payload, collection.slug), slug).ids,
    )
    return doc
  }

  const globalBeforeChange: GlobalBeforeChangeHook = async ({ data, global, req }) => {
    const refs = globalRefs(req.payload, global.slug)
    if (!refs) return data
    stashOf(req).set(
      `global:${global.slug}`,
      contribution(await readGlobalRow(req, global.slug), refs, globalRule(global.slug), slug),
    )
    return data
  }

  const globalAfterChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
    const refs = globalRefs(req.payload, global.slug)
    if (!refs) return doc
    await settle(
      req,
      `global:${global.slug}`,
      contribution(await readGlobalRow(req, global.slug), refs, globalRule(global.slug), slug),
    )
    return doc
  }

  return {
    recompute,
    collectionBeforeChange,
    collectionAfterChange,
    collectionAfterDelete,
    globalBeforeChange,
    globalAfterChange,
  }
}

/**
 * Recomputes `publicFrom` of every photo (or of `ids`) from scratch, in pages of 100: for the
 * migration that introduces the field (existing photos start as null, i.e. private) and as a
 * repair after writes that bypassed the hooks.
 */
export async function refreshPhotoVisibility(
  payload: Payload,
  {
    collection = 'photos',
    ids,
    req,
  }: { collection?: string; ids?: Id[]; req?: PayloadRequest } = {},
): Promise<void> {
  const custom = payload.collections[collection as CollectionSlug]?.config.custom?.pressPhotos as
    { enabled?: boolean; publicFrom?: PressPhotosOptions['publicFrom'] } | undefined
  if (!custom?.enabled) throw new Error(`pressPhotos is not enabled on "${collection}"`)
  const { recompute } = createFollowUsageHooks(collection, custom.publicFrom)
  if (ids) return recompute(req, ids, payload)
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      limit: 100,
      page,
      overrideAccess: true,
      req,
      select: {},
    })
    await recompute(
      req,
      result.docs.map((doc) => doc.id),
      payload,
    )
    if (!result.hasNextPage) break
  }
}
