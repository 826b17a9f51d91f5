import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

type ProjectLike = {
  id?: number | string
  title?: string | null
  slug?: string | null
  parent?: number | string | { id: number | string } | null
  path?: string | null
  breadcrumbs?: { label?: string | null; url?: string | null; doc?: unknown }[] | null
}

const MAX_NESTING = 8
const idOf = (value: ProjectLike['parent']) => (value && typeof value === 'object' ? value.id : value ?? undefined)

async function ancestors(req: PayloadRequest, parentID: number | string | undefined, selfID?: number | string) {
  const chain: ProjectLike[] = []
  let current = parentID
  while (current !== undefined && current !== null) {
    if (current === selfID || chain.length >= MAX_NESTING) {
      throw new ValidationError({
        errors: [
          {
            path: 'parent',
            message: 'Eine Seite kann nicht unter sich selbst oder ihren Unterseiten liegen. / A page cannot sit below itself or its own subpages.',
          },
        ],
      })
    }
    const parent = (await req.payload.findByID({ collection: 'projects', id: current, depth: 0, req, overrideAccess: true, draft: true })) as ProjectLike
    chain.unshift(parent)
    current = idOf(parent.parent)
  }
  return chain
}

/** `/klasse-vernetzt/werkstattgespraeche` and its breadcrumbs, derived from the parent chain. */
export const computeProjectPath: CollectionBeforeChangeHook<ProjectLike & { id: number | string }> = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  if (!slug) return data
  const parentID = idOf(data.parent !== undefined ? data.parent : originalDoc?.parent)
  const chain = [...(await ancestors(req, parentID, originalDoc?.id)), { ...originalDoc, ...data, slug }]
  let url = ''
  const breadcrumbs = chain.map((page) => {
    url = `${url}/${page.slug}`
    return { label: page.title ?? page.slug, url, doc: page.id ?? null }
  })
  return { ...data, path: url, breadcrumbs }
}

/** Moving or renaming a page moves the paths of its subpages with it. */
export const refreshChildPaths: CollectionAfterChangeHook<ProjectLike & { id: number | string }> = async ({ doc, previousDoc, req, context }) => {
  if (doc.path === previousDoc?.path) return doc
  const children = await req.payload.find({
    collection: 'projects',
    where: { parent: { equals: doc.id } },
    depth: 0,
    limit: 100,
    pagination: false,
    req,
    overrideAccess: true,
  })
  for (const child of children.docs) {
    await req.payload.update({ collection: 'projects', id: child.id, data: {}, req, overrideAccess: true, context: { ...context } })
  }
  return doc
}
