import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Photo } from '../../../payload-types'
import { enqueueEvent } from '../enqueue'
import { collectionPaths, filePaths, searchPath, webhookEvent } from '../events'
import type { ResolvedWebhooksOptions } from '../types'
import { apiRoute, localeCodes } from './mainRow'

const PHOTOS_SLUG = 'photos'

async function photoWithdrawn(req: PayloadRequest, photo: Photo, options: ResolvedWebhooksOptions) {
  const api = apiRoute(req)
  const event = webhookEvent('photo.withdrawn', {
    id: photo.id,
    slug: null,
    locales: localeCodes(req),
    publicUrl: null,
    // Every file URL: original and all renditions must leave every cache at once.
    purge: [
      ...collectionPaths(api, PHOTOS_SLUG, photo.id),
      ...filePaths(api, PHOTOS_SLUG, photo),
      searchPath(api),
    ],
  })
  await enqueueEvent(req, event, options)
}

/** A takedown (withdrawn ticked) or a deleted photo: caches must drop every file of it. */
export const photoAfterChange =
  (options: ResolvedWebhooksOptions): CollectionAfterChangeHook<Photo> =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation === 'update' && !previousDoc?.withdrawn && doc.withdrawn)
      await photoWithdrawn(req, doc, options)
    return doc
  }

export const photoAfterDelete =
  (options: ResolvedWebhooksOptions): CollectionAfterDeleteHook<Photo> =>
  async ({ doc, req }) => {
    if (!doc.withdrawn) await photoWithdrawn(req, doc, options)
  }
