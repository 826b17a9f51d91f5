import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

/**
 * What the public sees is the stored main row, never a draft (a draft save or autosave leaves it
 * untouched). Hooks compare that row before and after each write, so drafts fire nothing and a
 * republish after a draft edit counts as an update.
 */
const STASH = 'webhooks:mainRowBefore'

type Row = Record<string, unknown> & { id: number | string }

function stash(req: PayloadRequest): Map<string, Row | null> {
  const context = req.context as Record<string, unknown>
  let map = context[STASH] as Map<string, Row | null> | undefined
  if (!map) {
    map = new Map()
    context[STASH] = map
  }
  return map
}

const key = (collection: string, id: number | string) => `${collection}:${id}`

export async function readMainRow<T extends Row>(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<T | null> {
  return (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as T | null
}

/** beforeChange: remember the main row as it is before an update. */
export const rememberMainRow =
  (collection: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const id = (originalDoc as Row | undefined)?.id
    if (operation === 'update' && id !== undefined)
      stash(req).set(key(collection, id), await readMainRow(req, collection, id))
    return data
  }

/** The row remembered before this update (null for a create). */
export function rowBefore<T extends Row>(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): T | null {
  const map = stash(req)
  const row = map.get(key(collection, id)) ?? null
  map.delete(key(collection, id))
  return row as T | null
}

/** API route, e.g. `/api`, for purge paths. */
export const apiRoute = (req: PayloadRequest) => req.payload.config.routes.api.replace(/\/$/, '')

export const localeCodes = (req: PayloadRequest): string[] => {
  const localization = req.payload.config.localization
  return localization ? localization.localeCodes : []
}
