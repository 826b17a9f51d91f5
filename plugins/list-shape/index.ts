import type { CollectionBeforeOperationHook, Config, PayloadRequest } from 'payload'

import { appendHooks } from '../../src/lib/config/hooks'
import type { ListShape, ListShapeOptions } from './types'

export type { ListShape, ListShapeOptions } from './types'

const TRUE_VALUES = new Set(['1', 'true', 'yes'])

/**
 * The REST list handler (`GET /api/<slug>`) calls `find` with `where` and `draft`; findByID has an
 * `id`, findVersions has no `draft`. The handlers leave `overrideAccess` unset, every Local API call
 * (population, our hooks) resolves it to a boolean: so this is the reader's own list request.
 */
function isRestList(args: object, req: PayloadRequest): boolean {
  if (req.payloadAPI !== 'REST') return false
  if ((args as { overrideAccess?: boolean }).overrideAccess !== undefined) return false
  return 'where' in args && 'draft' in args && !('id' in args)
}

function asksForFull(req: PayloadRequest, param: string): boolean {
  const value = req.query?.[param]
  return typeof value === 'string' && TRUE_VALUES.has(value.toLowerCase())
}

/**
 * REST lists without `select` answer with a list shape (no rich-text bodies, no layout blocks) and
 * populate related documents with the collection's list `populate`. An explicit `select`, `?full=1`,
 * a read by id, GraphQL (which selects its own fields) and the Local API are left alone. See README.md.
 */
export const listShape =
  (options: ListShapeOptions) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const fullParam = options.fullParam ?? 'full'

    const shapeListRead =
      (shape: ListShape): CollectionBeforeOperationHook =>
      ({ args, operation, req }) => {
        if (operation !== 'read' || !isRestList(args, req)) return args
        const listArgs = args as { select?: unknown; populate?: Record<string, unknown> }
        if (listArgs.select || asksForFull(req, fullParam)) return args
        return {
          ...args,
          // Copies: Payload adds to a select it is given.
          select: structuredClone(shape.select),
          populate: { ...structuredClone(shape.populate ?? {}), ...listArgs.populate },
        }
      }

    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const shape = options.collections[collection.slug]
        if (!shape) return collection
        return {
          ...collection,
          hooks: appendHooks(collection.hooks, {
            beforeOperation: [shapeListRead(shape)],
          }),
        }
      }),
    }
  }
