import type {
  CollectionBeforeValidateHook,
  Endpoint,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'

import { NotFound } from 'payload'

const GUARDED = Symbol.for('kreative-klasse.input-guard')
const PREFERENCES_SLUG = 'payload-preferences'

/**
 * `DELETE /api/payload-preferences/:key` of a key the requester has not stored: Payload's handler
 * asks the database adapter to delete a row that is not there, which fails with a 500. Looking
 * first (same rule as Payload's: the requester's own key) turns that into the 404 it means.
 */
function preferenceDeleteNotFound(original: Endpoint): Endpoint {
  return {
    ...original,
    handler: async (req: PayloadRequest) => {
      const key = (req.routeParams as { key?: unknown } | undefined)?.key
      if (req.user && typeof key === 'string') {
        const stored = await req.payload.db.findOne({
          collection: PREFERENCES_SLUG,
          req,
          where: {
            and: [
              { key: { equals: key } },
              { 'user.value': { equals: req.user.id } },
              { 'user.relationTo': { equals: req.user.collection } },
            ],
          },
        })
        if (!stored) throw new NotFound(req.t)
      }
      return original.handler(req)
    },
  }
}

/**
 * Payload adds its internal collections (edit locks, preferences, migrations) while it sanitises
 * the config, after every plugin has run; so the data check reaches them here, once Payload is
 * built (`onInit`, before the first request): an edit lock on a document that does not exist is a
 * 400 naming the field instead of a foreign-key 500.
 */
export function guardInternalCollections(
  config: SanitizedConfig,
  checkData: CollectionBeforeValidateHook,
  excluded: Set<string>,
): void {
  for (const collection of config.collections) {
    const marked = collection as unknown as Record<symbol, boolean>
    if (
      marked[GUARDED] ||
      excluded.has(collection.slug) ||
      collection.hooks.beforeValidate.includes(checkData)
    )
      continue
    // Last: a plugin's own check on these collections (admin-guard's lock rules) answers first.
    collection.hooks.beforeValidate = [...collection.hooks.beforeValidate, checkData]
    if (collection.slug === PREFERENCES_SLUG && Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.map((endpoint) =>
        endpoint.method === 'delete' && endpoint.path === '/:key'
          ? preferenceDeleteNotFound(endpoint)
          : endpoint,
      )
    }
    marked[GUARDED] = true
  }
}
