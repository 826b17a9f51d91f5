/**
 * Where is a photo used? Walks every collection's (flattened) fields once for upload and
 * relationship fields pointing at the photo collection and rich-text fields (Lexical upload nodes)
 * — also inside groups, arrays, named tabs and blocks (e.g. `seo.image`, `layout.photos`) — and
 * queries each such path.
 */
import type {
  CollectionSlug,
  Endpoint,
  FlattenedField,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import type { PhotoUsage } from './types'

type Walkable = { flattenedFields?: FlattenedField[] }

/**
 * A place in a collection's schema that can hold a reference to the photo collection. `blocks`
 * is set when the path runs through a blocks field: such paths are not queried directly, because
 * @payloadcms/drizzle 3.90.2 builds the relationship-table path wrongly for a field in any block
 * but the first one of a blocks field (its `constraintPath` accumulates `layout.%.` once per block
 * it tries), so `where: { 'layout.photos': … }` silently matches nothing for e.g. the gallery block.
 */
export type ReferencePath = {
  path: string
  blocks?: { field: string; blockTypes: string[] }
  /** A rich-text field: references are Lexical upload nodes of the photo collection in its state. */
  richText?: boolean
}

function collectReferences(fields: FlattenedField[], slug: string, prefix = ''): ReferencePath[] {
  const refs: ReferencePath[] = []
  for (const field of fields) {
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === slug) {
      refs.push({ path: `${prefix}${field.name}` })
    } else if (field.type === 'richText') {
      refs.push({ path: `${prefix}${field.name}`, richText: true })
    } else if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      refs.push(
        ...collectReferences(
          (field as Walkable).flattenedFields ?? [],
          slug,
          `${prefix}${field.name}.`,
        ),
      )
    } else if (field.type === 'blocks') {
      const blocks = [
        ...(field.blocks ?? []),
        ...((field.blockReferences ?? []).filter((b) => typeof b !== 'string') as Array<
          Walkable & { slug: string }
        >),
      ]
      const byPath = new Map<string, { types: Set<string>; richText?: boolean }>()
      for (const block of blocks) {
        for (const inner of collectReferences(
          (block as Walkable).flattenedFields ?? [],
          slug,
          `${prefix}${field.name}.`,
        )) {
          const key = `${inner.richText ? 'richText:' : ''}${inner.path}`
          const entry = byPath.get(key) ?? { types: new Set<string>(), richText: inner.richText }
          entry.types.add(block.slug)
          byPath.set(key, entry)
        }
      }
      for (const [key, { types, richText }] of byPath) {
        const path = key.replace(/^richText:/, '')
        refs.push({
          path,
          blocks: { field: `${prefix}${field.name}`, blockTypes: [...types] },
          ...(richText ? { richText } : {}),
        })
      }
    }
  }
  return refs
}

export function referencePaths(fields: FlattenedField[], slug: string, prefix = ''): string[] {
  return collectReferences(fields, slug, prefix).map((ref) => ref.path)
}

/** Lexical: the values of every upload node of `slug`, at any depth of the editor state. */
function uploadNodeValues(node: unknown, slug: string): unknown[] {
  if (typeof node !== 'object' || node === null) return []
  const { type, relationTo, value, children, root } = node as Record<string, unknown>
  const own = type === 'upload' && relationTo === slug ? [value] : []
  const inner = [root, ...(Array.isArray(children) ? children : [])].flatMap((child) =>
    uploadNodeValues(child, slug),
  )
  return [...own, ...inner]
}

/** Every value at a dotted path, descending into array/block rows and hasMany values. */
function valuesAt(value: unknown, segments: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, segments))
  if (!segments.length) return [value]
  if (typeof value !== 'object' || value === null) return []
  const [head, ...rest] = segments
  return valuesAt((value as Record<string, unknown>)[head as string], rest)
}

export type FoundDoc = Record<string, unknown> & { id: number | string }

/** Every id a document holds at `ref` (only inside rows of the block types that carry the path). */
export function idsAt(
  doc: Record<string, unknown>,
  ref: ReferencePath,
  slug: string,
): Array<number | string> {
  let values: unknown[]
  if (!ref.blocks) {
    values = valuesAt(doc, ref.path.split('.'))
  } else {
    const blockSegments = ref.blocks.field.split('.')
    const types = new Set(ref.blocks.blockTypes)
    // Another block may reuse the field name for something else.
    const rows = valuesAt(doc, blockSegments).filter(
      (row) =>
        typeof row === 'object' &&
        row !== null &&
        types.has(String((row as { blockType?: unknown }).blockType)),
    )
    values = valuesAt(rows, ref.path.split('.').slice(blockSegments.length))
  }
  if (ref.richText) values = values.flatMap((state) => uploadNodeValues(state, slug))
  const ids: Array<number | string> = []
  for (const value of values) {
    const id =
      typeof value === 'object' && value !== null
        ? ((value as { id?: unknown }).id ?? (value as { value?: unknown }).value)
        : value
    if ((typeof id === 'number' || typeof id === 'string') && !ids.includes(id)) ids.push(id)
  }
  return ids
}

/** Every reference path of every collection and global to the photo collection (schema walk). */
export function photoReferences(payload: Payload, slug: string) {
  const collections = payload.config.collections
    .filter((collection) => collection.slug !== slug)
    .map((collection) => ({
      slug: collection.slug,
      refs: collectReferences(collection.flattenedFields, slug),
      config: collection,
    }))
    .filter((entry) => entry.refs.length)
  const globals = payload.config.globals
    .map((global) => ({ slug: global.slug, refs: collectReferences(global.flattenedFields, slug) }))
    .filter((entry) => entry.refs.length)
  return { collections, globals }
}

export type ReferencingQuery = {
  /** The photo collection. */
  slug: string
  collection: string
  ref: ReferencePath
  ids: Array<number | string>
  req?: PayloadRequest
  /** true: the newest version of each document (drafts included); false: the main (published) row. */
  draft: boolean
}

/**
 * The documents of one collection that reference any of `ids` at `ref`, all pages. Paths through
 * a blocks field are narrowed by block type in the database and matched here (see ReferencePath).
 */
export async function findReferencing(
  payload: Payload,
  { slug, collection, ref, ids, req, draft }: ReferencingQuery,
): Promise<FoundDoc[]> {
  const wanted = new Set(ids.map(String))
  const where: Where = ref.blocks
    ? { [`${ref.blocks.field}.blockType`]: { in: ref.blocks.blockTypes } }
    : ref.richText
      ? // Upload nodes sit on the root level of a Lexical state; the ids are matched here.
        { [`${ref.path}.root.children.relationTo`]: { equals: slug } }
      : { [ref.path]: { in: ids } }
  const matchHere = Boolean(ref.blocks || ref.richText)
  const found: FoundDoc[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: collection as CollectionSlug,
      where,
      depth: 0,
      limit: 100,
      page,
      overrideAccess: true,
      req,
      ...(draft ? { draft: true } : {}),
    })
    for (const doc of result.docs as unknown as FoundDoc[]) {
      if (!matchHere || idsAt(doc, ref, slug).some((id) => wanted.has(String(id)))) found.push(doc)
    }
    if (!result.hasNextPage) break
  }
  return found
}

export async function findPhotoUsage(
  payload: Payload,
  slug: string,
  id: number | string,
  req?: PayloadRequest,
): Promise<PhotoUsage[]> {
  const found = new Map<string, PhotoUsage>()
  for (const { slug: collectionSlug, refs, config: collection } of photoReferences(payload, slug)
    .collections) {
    const titleField = collection.admin?.useAsTitle
    const draft = Boolean(
      collection.versions && typeof collection.versions === 'object' && collection.versions.drafts,
    )
    for (const ref of refs) {
      for (const doc of await findReferencing(payload, {
        slug,
        collection: collectionSlug,
        ref,
        ids: [id],
        req,
        draft,
      })) {
        const key = `${collectionSlug}:${doc.id}`
        const usage = found.get(key) ?? {
          collection: collectionSlug,
          id: doc.id,
          title:
            titleField && typeof doc[titleField] === 'string'
              ? (doc[titleField] as string)
              : undefined,
          paths: [],
        }
        if (!usage.paths.includes(ref.path)) usage.paths.push(ref.path)
        found.set(key, usage)
      }
    }
  }
  return [...found.values()]
}

export function usageEndpoint(
  slug: string,
  canSee: (req: PayloadRequest) => boolean | Promise<boolean>,
): Endpoint {
  return {
    path: '/:id/usage',
    method: 'get',
    handler: async (req) => {
      const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' }
      if (!(await canSee(req)))
        return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403, headers })
      const raw = String(req.routeParams?.id ?? '')
      const id = /^\d+$/.test(raw) ? Number(raw) : raw
      const photo = await req.payload
        .findByID({
          collection: slug as CollectionSlug,
          id,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
        .catch(() => null)
      if (!photo)
        return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers })
      const usedIn = await findPhotoUsage(req.payload, slug, photo.id, req)
      return Response.json(
        { id: photo.id, withdrawn: Boolean((photo as { withdrawn?: boolean }).withdrawn), usedIn },
        { headers },
      )
    },
  }
}
