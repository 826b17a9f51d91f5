import type {
  CollectionBeforeValidateHook,
  CollectionConfig,
  Config,
  GlobalBeforeValidateHook,
  GlobalConfig,
} from 'payload'

import { appendHooks, prependHooks } from '../../src/lib/config/hooks'
import { notFoundEndpoints } from './endpoints'
import { messages } from './errors'
import { missingFileAs404, refuseRemoteFile } from './files'
import { explainClientErrors } from './hooks/afterError'
import { refuseMalformedData, refuseMissingRelations } from './hooks/checkData'
import { checkCollectionOperation, checkGlobalOperation } from './hooks/checkOperation'
import { guardInternalCollections } from './internal'
import type { InputGuardOptions } from './types'

export type { InputGuardOptions } from './types'
export { InputRefused } from './errors'

export const DEFAULT_MAX_WHERE_DEPTH = 6
export const DEFAULT_MAX_WHERE_CONDITIONS = 100

const VERSION_PATHS = ['/versions', '/versions/:id']

// The Local API (seed, jobs, scripts) is trusted code; requests from outside are not.
// Runs first among the beforeValidate hooks, so later hooks (a project's parent chain) never
// follow a relation to a document that does not exist; drafts and autosaves run it too.
const checkCollectionData: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  if (req.payloadAPI === 'local') return data
  refuseMalformedData(collection.flattenedFields, data, req)
  await refuseMissingRelations(collection.flattenedFields, data, req)
  return data
}
const checkGlobalData: GlobalBeforeValidateHook = async ({ data, global, req }) => {
  if (req.payloadAPI === 'local') return data
  refuseMalformedData(global.flattenedFields, data, req)
  await refuseMissingRelations(global.flattenedFields, data, req)
  return data
}

/**
 * Bad input that reaches Payload's operations — impossible ids, `where` conditions the database
 * cannot run, nonsense paging/sort/select/locale, relations to missing documents, unknown block
 * types, files missing on disk, routes a collection or global does not have — answers a 4xx with a
 * German and English message instead of a 500 (issue 7). Adds hooks, endpoints and an upload
 * handler; never fields, so the schema is the same with the plugin on or off.
 */
export const inputGuard =
  (options: InputGuardOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const excluded = new Set(options.exclude ?? [])
    const limits = {
      maxDepth: options.maxWhereDepth ?? DEFAULT_MAX_WHERE_DEPTH,
      maxConditions: options.maxWhereConditions ?? DEFAULT_MAX_WHERE_CONDITIONS,
    }
    const checkOperation = checkCollectionOperation(limits)

    const guardCollection = (collection: CollectionConfig): CollectionConfig => {
      if (excluded.has(collection.slug)) return collection
      const upload =
        typeof collection.upload === 'object'
          ? collection.upload
          : collection.upload
            ? {}
            : undefined
      const auth =
        typeof collection.auth === 'object' ? collection.auth : collection.auth ? {} : undefined
      const endpoints = [
        ...(collection.versions ? [] : notFoundEndpoints(VERSION_PATHS, messages.noVersions())),
        ...(auth && !auth.verify
          ? notFoundEndpoints(['/verify/:token'], messages.noVerification())
          : []),
      ]
      return {
        ...collection,
        endpoints:
          collection.endpoints === false ? false : [...(collection.endpoints ?? []), ...endpoints],
        ...(upload
          ? {
              upload: {
                ...upload,
                ...(upload.disableLocalStorage
                  ? {}
                  : {
                      handlers: [
                        ...(upload.handlers ?? []),
                        missingFileAs404(upload.staticDir ?? collection.slug),
                      ],
                    }),
                // Files are uploaded, never fetched by the server from an address it is given (SSRF).
                ...(upload.pasteURL ? {} : { externalFileHeaderFilter: refuseRemoteFile }),
              },
            }
          : {}),
        hooks: prependHooks(collection.hooks, {
          beforeOperation: [checkOperation],
          beforeValidate: [checkCollectionData],
        }),
      }
    }

    const guardGlobal = (global: GlobalConfig): GlobalConfig => {
      if (excluded.has(global.slug)) return global
      return {
        ...global,
        endpoints:
          global.endpoints === false
            ? false
            : [
                ...(global.endpoints ?? []),
                ...(global.versions ? [] : notFoundEndpoints(VERSION_PATHS, messages.noVersions())),
              ],
        hooks: prependHooks(global.hooks, {
          beforeOperation: [checkGlobalOperation],
          beforeValidate: [checkGlobalData],
        }),
      }
    }

    return {
      ...config,
      // A refused input or query is the sender's mistake, not a server error: logged at info.
      // (Payload's type lists only its own error names; at runtime any error class name works.)
      loggingLevels: {
        ...({ InputRefused: 'info', QueryError: 'info' } as Config['loggingLevels']),
        ...config.loggingLevels,
      },
      hooks: appendHooks(config.hooks, { afterError: [explainClientErrors] }),
      collections: (config.collections ?? []).map(guardCollection),
      globals: (config.globals ?? []).map(guardGlobal),
      onInit: async (payload) => {
        guardInternalCollections(payload.config, checkCollectionData, excluded)
        await config.onInit?.(payload)
      },
    }
  }
