import type {
  Access,
  CollectionBeforeValidateHook,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { Forbidden } from 'payload'

import {
  documentTarget,
  globalsEditable,
  mayEdit,
  type Target,
  wholeCollectionsEditable,
} from './targets'

export const LOCKS_SLUG = 'payload-locked-documents'

type FullAccess = (req: PayloadRequest) => boolean

/** The collections Payload made lockable (the `document` relationship of the lock collection). */
function lockableCollections(locks: SanitizedCollectionConfig): string[] {
  const field = locks.fields.find(
    (candidate) => 'name' in candidate && candidate.name === 'document',
  )
  const relationTo = field && 'relationTo' in field ? field.relationTo : []
  return Array.isArray(relationTo) ? relationTo : [relationTo]
}

const ownLocks = (req: PayloadRequest): Where => ({
  and: [
    { 'user.value': { equals: req.user?.id } },
    { 'user.relationTo': { equals: req.user?.collection } },
  ],
})

/**
 * Reading, taking over and releasing locks: a user sees their own locks and the locks on what they
 * may edit as a whole (press on releases, editors on events …). A member, who edits only their own
 * portrait, sees only their own lock — never which drafts exist or who works on them.
 */
export const lockAccess =
  (locks: SanitizedCollectionConfig, fullAccess: FullAccess): Access =>
  async ({ req }) => {
    if (!req.user) return false
    if (fullAccess(req)) return true
    const visible: Where[] = [ownLocks(req)]
    const collections = await wholeCollectionsEditable(req, lockableCollections(locks))
    // One `equals` per collection: Payload's PostgreSQL adapter answers `relationTo` only that way.
    for (const slug of collections) visible.push({ 'document.relationTo': { equals: slug } })
    const globals = await globalsEditable(req)
    if (globals.length) visible.push({ globalSlug: { in: globals } })
    return { or: visible }
  }

const sameUser = (req: PayloadRequest, reference: unknown): boolean => {
  if (!reference || typeof reference !== 'object') return false
  const { relationTo, value } = reference as { relationTo?: unknown; value?: unknown }
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return relationTo === req.user?.collection && String(id) === String(req.user?.id)
}

/**
 * A lock is always the requester's own (taking one over means writing yourself into it) and only
 * on a document or global the requester may edit — checked per document, so a member's lock on
 * their own portrait passes and one on a release draft does not.
 */
export const lockBelongsToEditor =
  (fullAccess: FullAccess): CollectionBeforeValidateHook =>
  async ({ data = {}, originalDoc, req }) => {
    if (!req.user) throw new Forbidden(req.t)
    if (fullAccess(req)) return data
    const owner = data.user ?? originalDoc?.user
    if (!sameUser(req, owner)) throw new Forbidden(req.t)
    const globalSlug = data.globalSlug ?? originalDoc?.globalSlug
    const target: Target | undefined =
      documentTarget(data.document ?? originalDoc?.document) ??
      (typeof globalSlug === 'string' ? { global: globalSlug } : undefined)
    if (!target || !(await mayEdit(req, target))) throw new Forbidden(req.t)
    return data
  }
