import type { PayloadRequest } from 'payload'

import type { Photo } from '../../payload-types'

type ID = number | string

const idOf = (value: unknown): ID | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: ID }).id
  return null
}

/** Photo ids inside a Lexical value (upload nodes), at any depth. */
export function photoIDsInRichText(value: unknown): ID[] {
  const ids: ID[] = []
  const walk = (node: unknown) => {
    const {
      type,
      relationTo,
      value: related,
      children,
    } = (node ?? {}) as {
      type?: string
      relationTo?: string
      value?: unknown
      children?: unknown[]
    }
    const id = type === 'upload' && relationTo === 'photos' ? idOf(related) : null
    if (id !== null) ids.push(id)
    children?.forEach(walk)
  }
  walk((value as { root?: unknown } | null)?.root)
  return ids
}

/**
 * Which of `ids` are withdrawn. Staff may read withdrawn photos, but a takedown holds for the
 * preview too: it shows what a frontend would show, and a frontend never shows those.
 */
export async function withdrawnPhotoIDs(req: PayloadRequest, ids: ID[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const { docs } = await req.payload.find({
    collection: 'photos',
    where: { and: [{ id: { in: ids } }, { withdrawn: { equals: true } }] },
    select: {},
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** The rich-text value without upload nodes of the given photos. */
export function withoutPhotos(value: unknown, hidden: Set<string>): unknown {
  if (!hidden.size || !value || typeof value !== 'object') return value
  const strip = (node: Record<string, unknown>): Record<string, unknown> => {
    const children = node.children as Record<string, unknown>[] | undefined
    if (!children) return node
    return {
      ...node,
      children: children
        .filter(
          (child) =>
            !(
              child.type === 'upload' &&
              child.relationTo === 'photos' &&
              hidden.has(String(idOf(child.value)))
            ),
        )
        .map(strip),
    }
  }
  const state = value as { root?: Record<string, unknown> }
  return state.root ? { ...state, root: strip(state.root) } : value
}

/** The photo document of a populated relation, or null when it is only an id or missing. */
export function populatedPhoto(value: unknown): Photo | null {
  return value && typeof value === 'object' && 'id' in value ? (value as Photo) : null
}
