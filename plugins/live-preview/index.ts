import type { CollectionConfig, Config, LivePreviewConfig } from 'payload'

import { livePreviewEndpoint } from './endpoint'
import type { LivePreviewCollection, LivePreviewOptions } from './types'
import { previewURL } from './url'

export type { LivePreviewCollection, LivePreviewOptions } from './types'

const ALL: LivePreviewCollection[] = ['press-releases', 'projects', 'events']

/** Phone and tablet widths besides the responsive default, as a frontend is read on them. */
const BREAKPOINTS: NonNullable<LivePreviewConfig['breakpoints']> = [
  { name: 'mobile', label: 'Smartphone', width: 390, height: 844 },
  { name: 'tablet', label: 'Tablet', width: 820, height: 1180 },
]

/**
 * Live preview beside the form: Payload's `admin.livePreview` points an iframe at
 * `/api/live-preview/<collection>/<id>`, which renders the stored draft as HTML for staff and
 * reloads on every save and autosave. See README.md.
 */
export const livePreview =
  (options: LivePreviewOptions = {}) =>
  (config: Config): Config => {
    const path = options.path ?? '/live-preview'
    const collections = options.collections ?? ALL
    const withPreview = (collection: CollectionConfig): CollectionConfig =>
      collections.includes(collection.slug as LivePreviewCollection)
        ? {
            ...collection,
            admin: {
              ...collection.admin,
              livePreview: {
                breakpoints: BREAKPOINTS,
                // Before the first save there is no draft to render.
                url: ({ data, req, locale }) =>
                  data?.id
                    ? previewURL(req, path, collection.slug, data.id as number, locale?.code)
                    : null,
              },
            },
          }
        : collection
    return {
      ...config,
      collections: (config.collections ?? []).map(withPreview),
      endpoints: [...(config.endpoints ?? []), livePreviewEndpoint(path, collections)],
    }
  }
