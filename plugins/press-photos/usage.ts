/**
 * Where is a photo used? Walks every collection's (flattened) fields once for upload and
 * relationship fields pointing at the photo collection — also inside groups, arrays, named tabs
 * and blocks (e.g. `seo.image`, `layout.photos`) — and queries each such path.
 */
import type { CollectionSlug, Endpoint, FlattenedField, Payload, PayloadRequest } from 'payload'

import type { PhotoUsage } from './types'

type Walkable = { flattenedFields?: FlattenedField[] }

/**
 * A place in a collection's schema that can hold a reference to the photo collection. `blocks`
 * is set when the path runs through a blocks field: such paths are not queried directly, because
 * @payloadcms/drizzle 3.90.2 builds the relationship-table path wrongly for a field in any block
 * but the first one of a blocks field (its `constraintPath` accumulates `layout.%.` once per block
 * it tries), so `where: { 'layout.photos': … }` silently matches nothing for e.g. the gallery block.
 */
export type ReferencePath = { path: string; blocks?: { field: string; blockTypes: string[] } }

function collectReferences(fields: FlattenedField[], slug: string, prefix = ''): ReferencePath[] {
  const refs: ReferencePath[] = []
  for (const field of fields) {
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === slug) {
      refs.push({ path: `${prefix}${field.name}` })
    } else if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      refs.push(...collectReferences((field as Walkable).flattenedFields ?? [], slug, `${prefix}${field.name}.`))
    } else if (field.type === 'blocks') {
      const blocks = [...(field.blocks ?? []), ...((field.blockReferences ?? []).filter((b) => typeof b !== 'string') as Array<Walkable & { slug: string }>)]
      const byPath = new Map<string, Set<string>>()
      for (const block of blocks) {
        for (const inner of collectReferences((block as Walkable).flattenedFields ?? [], slug, `${prefix}${field.name}.`)) {
          const types = byPath.get(inner.path) ?? new Set<string>()
          types.add(block.slug)
          byPath.set(inner.path, types)
        }
      }
      for (const [path, types] of byPath) refs.push({ path, blocks: { field: `${prefix}${field.name}`, blockTypes: [...types] } })
    }
  }
  return refs
}

export function referencePaths(fields: FlattenedField[], slug: string, prefix = ''): string[] {
  return collectReferences(fields, slug, prefix).map((ref) => ref.path)
}

/** Every value at a dotted path, descending into array/block rows and hasMany values. */
function valuesAt(value: unknown, segments: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, segments))
  if (!segments.length) return [value]
  if (typeof value !== 'object' || value === null) return []
  const [head, ...rest] = segments
  return valuesAt((value as Record<string, unknown>)[head as string], rest)
}

function refersTo(value: unknown, id: number | string): boolean {
  if (typeof value === 'object' && value !== null) {
    const inner = (value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value
    return inner !== undefined && refersTo(inner, id)
  }
  return (typeof value === 'number' || typeof value === 'string') && String(value) === String(id)
}

type FoundDoc = Record<string, unknown> & { id: number | string }

export async function findPhotoUsage(payload: Payload, slug: string, id: number | string, req?: PayloadRequest): Promise<PhotoUsage[]> {
  const found = new Map<string, PhotoUsage>()
  for (const collection of payload.config.collections) {
    const refs = collectReferences(collection.flattenedFields, slug)
    if (!refs.length) continue
    const titleField = collection.admin?.useAsTitle
    const draft = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
    const record = (doc: FoundDoc, path: string): void => {
      const key = `${collection.slug}:${doc.id}`
      const usage = found.get(key) ?? {
        collection: collection.slug,
        id: doc.id,
        title: titleField && typeof doc[titleField] === 'string' ? (doc[titleField] as string) : undefined,
        paths: [],
      }
      if (!usage.paths.includes(path)) usage.paths.push(path)
      found.set(key, usage)
    }
    for (const ref of refs) {
      if (!ref.blocks) {
        const { docs } = await payload.find({
          collection: collection.slug as CollectionSlug,
          where: { [ref.path]: { equals: id } },
          depth: 0,
          limit: 200,
          overrideAccess: true,
          req,
          ...(draft ? { draft: true } : {}),
        })
        for (const doc of docs as unknown as FoundDoc[]) record(doc, ref.path)
        continue
      }
      // Through a blocks field: narrow by block type in the database, match the id here.
      const segments = ref.path.split('.')
      const blockSegments = ref.blocks.field.split('.')
      const types = new Set(ref.blocks.blockTypes)
      const select: Record<string, true> = { [segments[0] as string]: true }
      if (titleField) select[titleField] = true
      for (let page = 1; ; page++) {
        const result = await payload.find({
          collection: collection.slug as CollectionSlug,
          where: { [`${ref.blocks.field}.blockType`]: { in: ref.blocks.blockTypes } },
          select: select as never,
          depth: 0,
          limit: 100,
          page,
          overrideAccess: true,
          req,
          ...(draft ? { draft: true } : {}),
        })
        for (const doc of result.docs as unknown as FoundDoc[]) {
          // Only rows of the block types that hold this path (another block may reuse the name).
          const rows = valuesAt(doc, blockSegments).filter(
            (row) => typeof row === 'object' && row !== null && types.has(String((row as { blockType?: unknown }).blockType)),
          )
          if (valuesAt(rows, segments.slice(blockSegments.length)).some((value) => refersTo(value, id))) record(doc, ref.path)
        }
        if (!result.hasNextPage) break
      }
    }
  }
  return [...found.values()]
}

export function usageEndpoint(slug: string, canSee: (req: PayloadRequest) => boolean | Promise<boolean>): Endpoint {
  return {
    path: '/:id/usage',
    method: 'get',
    handler: async (req) => {
      const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' }
      if (!(await canSee(req))) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403, headers })
      const raw = String(req.routeParams?.id ?? '')
      const id = /^\d+$/.test(raw) ? Number(raw) : raw
      const photo = await req.payload
        .findByID({ collection: slug as CollectionSlug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
        .catch(() => null)
      if (!photo) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers })
      const usedIn = await findPhotoUsage(req.payload, slug, photo.id, req)
      return Response.json({ id: photo.id, withdrawn: Boolean((photo as { withdrawn?: boolean }).withdrawn), usedIn }, { headers })
    },
  }
}
