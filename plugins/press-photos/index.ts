import type {
  CollectionConfig,
  CollectionSlug,
  Config,
  FieldAccess,
  Payload,
  PayloadRequest,
} from 'payload'

import path from 'node:path'
import { executeAccess } from 'payload'

import { withCustomList } from '../../src/lib/config/customLists'
import { appendHooks } from '../../src/lib/config/hooks'
import { MAX_IMAGE_BYTES } from '../../src/lib/images'
import { CLEANUP_TASK, cleanupTask } from './cleanup'
import { pressPhotoFields, requireCredit } from './fields'
import { createFollowUsageHooks } from './hooks/followUsage'
import { createIngestHooks, CREDIT_MESSAGE, REFUSED_UPLOAD } from './ingest'
import { SAFE_STORED_NAME } from './naming'
import { fileEndpoint } from './serve'
import { registerStore, type StoredFile, storeFromEnv, storeOf } from './store'
import type { PressPhotosOptions } from './types'
import { usageEndpoint } from './usage'

export type { PhotoUsage, PressPhotosOptions, PublicFromRule, StoredRendition } from './types'
export { refreshPhotoVisibility } from './hooks/followUsage'
export { findPhotoUsage } from './usage'
export type { FileStore, StoredFile } from './store'
export { storeOf } from './store'
export { CLEANUP_TASK, cleanupOrphanFiles } from './cleanup'
export { fileStorage } from './fileStorage'

const MARKER = 'pressPhotos'

export const UPLOAD_LIMIT_MESSAGE =
  `Die Datei ist zu groß (erlaubt sind höchstens ${MAX_IMAGE_BYTES / 1024 / 1024} MB). Bitte exportieren Sie das Bild kleiner oder mit stärkerer Kompression. / ` +
  `The file is too large (the maximum is ${MAX_IMAGE_BYTES / 1024 / 1024} MB). Please export the image smaller or with stronger compression.`

/** The directory the plugin stores into for `options` and the collection's own upload config. */
export function resolvePhotoDir(
  options: PressPhotosOptions,
  collection?: CollectionConfig,
): string {
  const upload = typeof collection?.upload === 'object' ? collection.upload : undefined
  return path.resolve(
    options.staticDir ?? process.env.PRESS_PHOTOS_DIR ?? upload?.staticDir ?? 'media/photos',
  )
}

/**
 * A stored original or rendition of a photo of `collection`, read from the store the plugin
 * writes to (local directory or bucket), or null when the name is not one we write or it is missing.
 */
export function storedPhotoFile(
  payload: Payload,
  filename: string,
  collection = 'photos',
): Promise<StoredFile | null> {
  if (!payload.collections[collection as CollectionSlug]?.config.upload)
    throw new Error(`pressPhotos: "${collection}" is not an upload collection`)
  if (!SAFE_STORED_NAME.test(filename)) return Promise.resolve(null)
  return storeOf(payload, collection).get(filename)
}

/**
 * Press photos on an existing upload collection: byte-sniffed, limited, normalised uploads with
 * credit-bearing renditions under content-hash names, access-checked file serving (takedown),
 * usage listing. Merges into the collection; never replaces its hooks, fields or upload config.
 */
export const pressPhotos =
  (options: PressPhotosOptions = {}) =>
  (config: Config): Config => {
    const slug = options.collection ?? 'photos'
    const enabled = options.enabled !== false
    const serverURL = config.serverURL ?? ''
    const apiRoute = config.routes?.api ?? '/api'
    const fileRoute = (filename: string) =>
      `${serverURL}${apiRoute}/${slug}/file/${encodeURIComponent(filename)}`

    const follow = createFollowUsageHooks(slug, options.publicFrom)
    // Every other collection and global may reference photos; whether it does is read from the
    // sanitized schema at run time (the hooks do nothing where no field points at the photos).
    const followUsage = (collection: CollectionConfig): CollectionConfig =>
      !enabled || collection.slug === slug
        ? collection
        : {
            ...collection,
            hooks: appendHooks(collection.hooks, {
              beforeChange: [follow.collectionBeforeChange],
              afterChange: [follow.collectionAfterChange],
              afterDelete: [follow.collectionAfterDelete],
            }),
          }

    let found = false
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug !== slug || collection.custom?.[MARKER]) {
        if (collection.slug === slug) found = true
        return followUsage(collection)
      }
      found = true
      if (!collection.upload)
        throw new Error(`pressPhotos: collection "${slug}" is not an upload collection`)
      const canUpdate: FieldAccess = async ({ req }) => {
        if (!req.user) return false
        const access = collection.access?.update
        if (!access) return Boolean(req.user)
        return Boolean(await executeAccess({ req, disableErrors: true }, access))
      }
      const withFields: CollectionConfig = {
        ...collection,
        custom: { ...collection.custom, [MARKER]: { enabled, publicFrom: options.publicFrom } },
        fields: [...collection.fields, ...pressPhotoFields(fileRoute, canUpdate)],
      }
      if (!enabled) return withFields
      withFields.fields = requireCredit(withFields.fields, CREDIT_MESSAGE)

      const dir = resolvePhotoDir(options, collection)
      const store = storeFromEnv(slug, dir)
      registerStore(slug, store)
      const hooks = createIngestHooks({
        slug,
        store,
        maxConcurrentProcessing: options.maxConcurrentProcessing ?? 2,
      })
      const canSeeUsage =
        options.canSeeUsage ??
        (async (req: PayloadRequest) => {
          if (!req.user) return false
          const access = collection.access?.update
          if (!access) return true
          return Boolean(await executeAccess({ req, disableErrors: true }, access))
        })
      const upload = typeof collection.upload === 'object' ? collection.upload : {}
      return {
        ...withFields,
        upload: {
          ...upload,
          staticDir: dir,
          // The plugin writes (and removes) every file itself, through its store, after the database write.
          disableLocalStorage: true,
        },
        endpoints: [
          ...(collection.endpoints || []),
          fileEndpoint(slug, store),
          usageEndpoint(slug, canSeeUsage),
        ],
        hooks: appendHooks(collection.hooks, {
          beforeOperation: [hooks.beforeOperation],
          beforeChange: [hooks.beforeChange],
          afterOperation: [hooks.afterOperation],
          afterDelete: [hooks.afterDelete],
        }),
      }
    })
    if (!found) throw new Error(`pressPhotos: no collection "${slug}" in the config`)

    const limits = config.upload?.limits
    const raiseLimits =
      enabled && options.setUploadLimits !== false && limits?.fileSize === undefined
    const globals = (config.globals ?? []).map((global) =>
      enabled
        ? {
            ...global,
            hooks: appendHooks(global.hooks, {
              beforeChange: [follow.globalBeforeChange],
              afterChange: [follow.globalAfterChange],
            }),
          }
        : global,
    )
    return {
      ...config,
      collections,
      globals,
      ...(enabled
        ? {
            // Removing files no row names changes no public answer.
            custom: withCustomList(config.custom, 'tasksWithoutPublicEffect', [CLEANUP_TASK]),
            jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), cleanupTask()] },
          }
        : {}),
      // A refused upload is the uploader's mistake, answered with a 4xx; it is not a server error.
      // Payload types the keys as its own error names, but looks up any `error.name`.
      loggingLevels: enabled
        ? ({ [REFUSED_UPLOAD]: 'info', ...config.loggingLevels } as Config['loggingLevels'])
        : config.loggingLevels,
      ...(raiseLimits
        ? {
            upload: {
              ...config.upload,
              limits: { ...limits, fileSize: MAX_IMAGE_BYTES },
              abortOnLimit: true,
              responseOnLimit: config.upload?.responseOnLimit ?? UPLOAD_LIMIT_MESSAGE,
            },
          }
        : {}),
    }
  }
