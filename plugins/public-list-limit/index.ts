import type { CollectionBeforeOperationHook, Config } from 'payload'

import { appendHooks } from '../../src/lib/config/hooks'
import type { PublicListLimitOptions } from './types'

export type { PublicListLimitOptions } from './types'

export const DEFAULT_MAX_LIMIT = 100

const LIST_OPERATIONS = new Set(['read', 'readVersions'])

/**
 * The REST handlers and GraphQL resolvers call the operation without `overrideAccess` (it then
 * defaults to false inside the operation); every Local API call (`payload.find`) resolves it to a
 * boolean first (default true). Payload's own population (the dataloader that fills `heroPhoto`,
 * `gallery`, …: `pagination: false`, the reader's `req`) and our hooks go through the Local API, so
 * this tells the reader's own list request apart from the internal queries that serve it. Capping
 * those cut every populated relation past the tenth into a bare id. (`currentDepth` is no criterion:
 * GraphQL's relationship resolvers load with `currentDepth: 0`, and hooks pass none.)
 */
const isReadersOwnRequest = (args: object): boolean =>
  (args as { overrideAccess?: boolean }).overrideAccess === undefined

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
      if (!isReadersOwnRequest(args)) return args
      const listArgs = args as { limit?: number; pagination?: boolean }
      const requested = Number(listArgs.limit)
      const limit =
        Number.isFinite(requested) && requested > 0 ? Math.min(requested, maxLimit) : undefined
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
              hooks: appendHooks(collection.hooks, {
                beforeOperation: [capAnonymousLists],
              }),
            },
      ),
    }
  }
