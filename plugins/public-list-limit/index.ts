import type { CollectionBeforeOperationHook, Config } from 'payload'

import type { PublicListLimitOptions } from './types'

export type { PublicListLimitOptions } from './types'

export const DEFAULT_MAX_LIMIT = 100

const LIST_OPERATIONS = new Set(['read', 'readVersions'])

/**
 * Without this, `?limit=0` or `?pagination=false` lets anyone download a whole collection in one
 * response. Anonymous API readers are held to pages of at most `maxLimit`; logged-in staff and the
 * Local API (seeds, jobs, hooks) are untouched.
 */
export const publicListLimit =
  (options: PublicListLimitOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const maxLimit = options.maxLimit ?? DEFAULT_MAX_LIMIT
    const excluded = new Set(options.exclude ?? [])

    const capAnonymousLists: CollectionBeforeOperationHook = ({ args, operation, req }) => {
      if (!LIST_OPERATIONS.has(operation) || req.user || req.payloadAPI === 'local') return args
      const listArgs = args as { limit?: number; pagination?: boolean }
      const requested = Number(listArgs.limit)
      const limit = Number.isFinite(requested) && requested > 0 ? Math.min(requested, maxLimit) : undefined
      return {
        ...args,
        pagination: true,
        limit: limit ?? (listArgs.limit === undefined ? undefined : maxLimit),
      }
    }

    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        excluded.has(collection.slug)
          ? collection
          : {
              ...collection,
              hooks: {
                ...collection.hooks,
                beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capAnonymousLists],
              },
            },
      ),
    }
  }
