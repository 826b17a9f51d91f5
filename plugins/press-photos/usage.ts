/**
 * Where is a photo used? Walks every collection's (flattened) fields once for upload and
 * relationship fields pointing at the photo collection — also inside groups, arrays, named tabs
 * and blocks (e.g. `seo.image`, `layout.photos`) — and queries each such path.
 */
import type { CollectionSlug, Endpoint, FlattenedField, Payload, PayloadRequest } from 'payload'

import type { PhotoUsage } from './types'

type Walkable = { flattenedFields?: FlattenedField[] }

export function referencePaths(fields: FlattenedField[], slug: string, prefix = ''): string[] {
  const paths: string[] = []
  for (const field of fields) {
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === slug) {
      paths.push(`${prefix}${field.name}`)
    } else if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      paths.push(...referencePaths((field as Walkable).flattenedFields ?? [], slug, `${prefix}${field.name}.`))
    } else if (field.type === 'blocks') {
      const blocks = [...(field.blocks ?? []), ...((field.blockReferences ?? []).filter((b) => typeof b !== 'string') as Walkable[])]
      const inner = new Set<string>()
      for (const block of blocks) {
        for (const path of referencePaths((block as Walkable).flattenedFields ?? [], slug, `${prefix}${field.name}.`)) inner.add(path)
      }
      paths.push(...inner)
    }
  }
  return paths
}

export async function findPhotoUsage(payload: Payload, slug: string, id: number | string, req?: PayloadRequest): Promise<PhotoUsage[]> {
  const found = new Map<string, PhotoUsage>()
  for (const collection of payload.config.collections) {
    const paths = referencePaths(collection.flattenedFields, slug)
    if (!paths.length) continue
    const titleField = collection.admin?.useAsTitle
    for (const path of paths) {
      const { docs } = await payload.find({
        collection: collection.slug as CollectionSlug,
        where: { [path]: { equals: id } },
        depth: 0,
        limit: 200,
        overrideAccess: true,
        req,
        ...(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts ? { draft: true } : {}),
      })
      for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number | string }>) {
        const key = `${collection.slug}:${doc.id}`
        const usage = found.get(key) ?? {
          collection: collection.slug,
          id: doc.id,
          title: titleField && typeof doc[titleField] === 'string' ? (doc[titleField] as string) : undefined,
          paths: [],
        }
        usage.paths.push(path)
        found.set(key, usage)
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
