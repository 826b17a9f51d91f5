import type {
  Access,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

/** A collection's sanitised config by a slug that came in with a request (may be unknown). */
export const collectionConfig = (
  req: PayloadRequest,
  slug: string,
): SanitizedCollectionConfig | undefined =>
  (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[
    slug
  ]?.config

/** A document or global an edit lock or a schedule points at. */
export type Target = { collection: string; id: number | string } | { global: string }

/**
 * Runs an `update` access function the way Payload would for one document: `true` passes,
 * `false` refuses, a `Where` passes only if the document matches it.
 */
async function passes(
  access: Access | undefined,
  req: PayloadRequest,
  target: Target,
  data?: Record<string, unknown>,
): Promise<boolean> {
  if (!req.user || !access) return false
  // Our IDs are numbers; a string from a request is compared by the database like Payload does.
  const id = ('id' in target ? target.id : undefined) as number | undefined
  const result = await access({ req, id, data })
  if (!result) return false
  if (!('collection' in target)) return result === true
  // Also the document must exist: a lock or schedule for a missing one is refused, not a 500.
  const where: Where =
    result === true
      ? { id: { equals: target.id } }
      : { and: [{ id: { equals: target.id } }, result] }
  const { totalDocs } = await req.payload.count({
    collection: target.collection as CollectionSlug,
    where,
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

function updateAccess(req: PayloadRequest, target: Target): Access | undefined {
  if ('collection' in target) return collectionConfig(req, target.collection)?.access.update
  return req.payload.config.globals.find((global) => global.slug === target.global)?.access.update
}

/** May this user edit (save) the target? */
export const mayEdit = (req: PayloadRequest, target: Target) =>
  passes(updateAccess(req, target), req, target)

/** May this user publish the target? (Editors save releases, but only as drafts.) */
export const mayPublish = (req: PayloadRequest, target: Target) =>
  passes(updateAccess(req, target), req, target, { _status: 'published' })

/** Collections whose every document the user may edit (their `update` access answers `true`). */
export async function wholeCollectionsEditable(
  req: PayloadRequest,
  slugs: string[],
): Promise<string[]> {
  const editable: string[] = []
  for (const slug of slugs) {
    const config = collectionConfig(req, slug)
    if (req.user && config && (await config.access.update({ req })) === true) editable.push(slug)
  }
  return editable
}

/** Globals the user may edit. */
export async function globalsEditable(req: PayloadRequest): Promise<string[]> {
  const editable: string[] = []
  for (const global of req.payload.config.globals) {
    if (req.user && (await global.access.update({ req })) === true) editable.push(global.slug)
  }
  return editable
}

/** `{ relationTo, value }` (value possibly populated) → a target. */
export function documentTarget(reference: unknown): Target | undefined {
  if (!reference || typeof reference !== 'object') return undefined
  const { relationTo, value } = reference as { relationTo?: unknown; value?: unknown }
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  if (typeof relationTo !== 'string' || (typeof id !== 'string' && typeof id !== 'number'))
    return undefined
  return { collection: relationTo, id }
}
