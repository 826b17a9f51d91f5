import type {
  CollectionAfterOperationHook,
  Config,
  FlattenedField,
  GlobalAfterReadHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { appendHooks } from '../../src/lib/config/hooks'
import { type Decide, hideUnreadable } from './clean'
import { collectSlots } from './slots'
import type { HiddenRelationsOptions } from './types'

export type { HiddenRelationsOptions } from './types'

/** Operations whose result carries documents: a list (`docs`) or one document. */
const LIST_RESULTS = new Set(['find', 'findVersions', 'update', 'delete'])
const DOC_RESULTS = new Set([
  'findByID',
  'findVersionByID',
  'create',
  'updateByID',
  'deleteByID',
  'restoreVersion',
])
// A version is `{ parent, version: <the document's fields> }`; restoreVersion returns the restored document.
const VERSION_RESULTS = new Set(['findVersions', 'findVersionByID'])

type OperationArgs = { currentDepth?: number; depth?: number | string; draft?: boolean }

/** The depth Payload's afterRead used (`defaultDepth` when none was asked for, never above `maxDepth`). */
function effectiveDepth(requested: number | string | undefined, req: PayloadRequest): number {
  const { defaultDepth, maxDepth } = req.payload.config
  const depth = requested || requested === 0 ? parseInt(String(requested), 10) : defaultDepth
  return Number.isFinite(depth) ? Math.min(depth, maxDepth) : defaultDepth
}

/**
 * Payload populates a relation when `currentDepth <= depth` (capped by the field's `maxDepth`) and
 * leaves the id where the related document did not come back: "ids are visible regardless of access
 * controls" (fields/hooks/afterRead/relationshipPopulationPromise.js). This runs after the whole
 * operation, when every populated document (read by its own nested `find`, which this hook cleaned
 * too) is in place, so a bare id on a populated level is exactly a document the reader may not read.
 */
const decideFor =
  (depth: number, currentDepth: number, checkUnpopulated: boolean): Decide =>
  ({ field }) => {
    const maxDepth =
      'maxDepth' in field && typeof field.maxDepth === 'number' ? field.maxDepth : undefined
    const populateDepth = maxDepth !== undefined && maxDepth < depth ? maxDepth : depth
    if (populateDepth && currentDepth <= populateDepth) return 'populated'
    return checkUnpopulated ? 'check' : 'keep'
  }

/**
 * Related documents a reader may not see come back as `null` (single) or are left out (hasMany),
 * never as a bare id that tells the reader a hidden document exists. See README.md.
 */
export const hiddenRelations =
  (options: HiddenRelationsOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const excluded = new Set(options.exclude ?? [])
    const checkUnpopulatedForAnonymous = options.checkUnpopulatedForAnonymous ?? true

    const cleanOperationResult: CollectionAfterOperationHook = async ({
      args,
      collection,
      operation,
      overrideAccess,
      req,
      result,
    }) => {
      // Access is bypassed only by trusted code (seed, jobs, our hooks): it needs the ids.
      if (overrideAccess === true || (args as { overrideAccess?: boolean }).overrideAccess === true)
        return result
      if (!result || typeof result !== 'object') return result
      const docs: unknown[] = LIST_RESULTS.has(operation)
        ? ((result as { docs?: unknown[] }).docs ?? [])
        : DOC_RESULTS.has(operation)
          ? [result]
          : []
      if (docs.length === 0) return result

      const { currentDepth, depth, draft } = args as OperationArgs
      const decide = decideFor(
        effectiveDepth(depth, req),
        currentDepth || 1,
        checkUnpopulatedForAnonymous && !req.user,
      )
      const fields: FlattenedField[] = (collection as SanitizedCollectionConfig).flattenedFields
      const slots = docs.flatMap((doc) => {
        const data = VERSION_RESULTS.has(operation)
          ? (doc as { version?: unknown } | null)?.version
          : doc
        return collectSlots(data, fields, req.payload.config, req.locale ?? undefined)
      })
      await hideUnreadable(slots, decide, req, draft)
      return result
    }

    /**
     * A global's afterRead hook is not told the depth, so every bare id is checked (one query per
     * related collection). Whoever may edit a global is staff and reads all it references, so no
     * edit form loses a relation.
     */
    const cleanGlobal: GlobalAfterReadHook = async ({ doc, global, overrideAccess, req }) => {
      if (overrideAccess === true) return doc
      const slots = collectSlots(
        doc,
        global.flattenedFields,
        req.payload.config,
        req.locale ?? undefined,
      )
      await hideUnreadable(slots, () => 'check', req, undefined)
      return doc
    }

    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        excluded.has(collection.slug)
          ? collection
          : {
              ...collection,
              hooks: appendHooks(collection.hooks, {
                afterOperation: [cleanOperationResult],
              }),
            },
      ),
      globals: (config.globals ?? []).map((global) =>
        excluded.has(global.slug)
          ? global
          : { ...global, hooks: appendHooks(global.hooks, { afterRead: [cleanGlobal] }) },
      ),
    }
  }
