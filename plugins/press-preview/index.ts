import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config } from 'payload'

import { appendHooks } from '../../src/lib/config/hooks'
import { frontendURLPattern } from '../../src/lib/frontend'
import { openingsCollection, PREVIEWS, previewsCollection } from './collections'
import { previewEndpoints, revokeAllEndpoint, revokeReleasePreviews } from './endpoints'
import type { PressPreviewOptions, ResolvedPressPreviewOptions } from './types'

export { createPreviewLink } from './create'
export { revokeReleasePreviews } from './endpoints'
export type { PressPreviewOptions } from './types'

function resolveOptions(options: PressPreviewOptions): ResolvedPressPreviewOptions {
  const days = Number(process.env.PRESS_PREVIEW_DAYS)
  return {
    releases: options.releases ?? 'press-releases',
    photos: options.photos ?? 'photos',
    documents: options.documents ?? 'documents',
    validDays: options.validDays ?? (Number.isFinite(days) && days > 0 ? days : 30),
    publicReleaseURL: options.publicReleaseURL ?? frontendURLPattern('press-releases'),
    pressKit: options.pressKit,
  }
}

/** Taking a release back (unpublishing it) takes back every early link to it as well. */
const revokeOnUnpublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (previousDoc?._status === 'published' && doc._status === 'draft')
    await revokeReleasePreviews(req, doc.id)
  return doc
}

const deleteWithRelease: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: PREVIEWS,
    where: { release: { equals: id } },
    overrideAccess: true,
    req,
  })
}

/**
 * Personal pre-access links: journalists read a release (text, photos, attachments, press kit)
 * before its Sperrfrist through a link made for them; links expire, can be revoked one by one or
 * per release, every opening is logged, and after the Sperrfrist they lead to the public release.
 */
export const pressPreview =
  (options: PressPreviewOptions = {}) =>
  (config: Config): Config => {
    const resolved = resolveOptions(options)
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          collection.slug !== resolved.releases
            ? collection
            : {
                ...collection,
                endpoints: [...(collection.endpoints || []), revokeAllEndpoint()],
                hooks: appendHooks(collection.hooks, {
                  afterChange: [revokeOnUnpublish],
                  afterDelete: [deleteWithRelease],
                }),
              },
        ),
        previewsCollection(resolved),
        openingsCollection(resolved),
      ],
      endpoints: [...(config.endpoints ?? []), ...previewEndpoints(resolved)],
    }
  }
