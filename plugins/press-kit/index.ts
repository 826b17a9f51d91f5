import type { Config } from 'payload'

import { withCustomList } from '../../src/lib/config/customLists'
import { PRESS_KIT_PATH, pressKitEndpoint } from './endpoint'
import type { PressKitOptions } from './types'

export type { PressKitArgs, PressKitOptions } from './types'
export type { KitEntry, PressKit } from './collect'
export { preparePressKit } from './collect'
export { pressKitBody, streamPressKit } from './stream'

const COLLECTION = 'press-releases'

/**
 * The press kit ZIP of a release (`GET /api/press-releases/:id/press-kit.zip`): texts, photos in
 * print size with credits, PDF attachments, streamed. Its path is listed in
 * `config.custom.selfCachingEndpoints`, so the request guard passes its own ETag/Cache-Control
 * through instead of buffering the archive for the response cache (README "Pressemappe").
 */
export const pressKit =
  (options: PressKitOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const path = options.path ?? PRESS_KIT_PATH
    return {
      ...config,
      custom: withCustomList(config.custom, 'selfCachingEndpoints', [`/${COLLECTION}${path}`]),
      collections: (config.collections ?? []).map((collection) =>
        collection.slug === COLLECTION
          ? {
              ...collection,
              endpoints: [...(collection.endpoints || []), pressKitEndpoint(options)],
            }
          : collection,
      ),
    }
  }
