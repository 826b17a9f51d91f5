/**
 * What a webhook says: one of these event types, with the document's public address and the API
 * paths a cache in front of the CMS (CDN, frontend) should purge. Never any content: a receiver
 * fetches what it needs through the public API, which applies every access rule.
 */
import { l } from '../../src/fields/labels'

export const WEBHOOK_EVENTS = [
  'press-release.published',
  'press-release.updated',
  'press-release.unpublished',
  'press-release.embargo-lifted',
  'photo.withdrawn',
  'event.published',
  'event.updated',
  'event.unpublished',
  'member.consent-withdrawn',
] as const

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOK_EVENT_OPTIONS = [
  {
    value: 'press-release.published',
    label: l('Pressemitteilung veröffentlicht', 'Press release published'),
  },
  {
    value: 'press-release.updated',
    label: l('Pressemitteilung geändert', 'Press release updated'),
  },
  {
    value: 'press-release.unpublished',
    label: l('Pressemitteilung zurückgezogen', 'Press release unpublished'),
  },
  { value: 'press-release.embargo-lifted', label: l('Sperrfrist abgelaufen', 'Embargo lifted') },
  { value: 'photo.withdrawn', label: l('Foto zurückgezogen', 'Photo withdrawn') },
  { value: 'event.published', label: l('Veranstaltung veröffentlicht', 'Event published') },
  { value: 'event.updated', label: l('Veranstaltung geändert', 'Event updated') },
  { value: 'event.unpublished', label: l('Veranstaltung zurückgezogen', 'Event unpublished') },
  { value: 'member.consent-withdrawn', label: l('Einwilligung widerrufen', 'Consent withdrawn') },
] satisfies { value: WebhookEventType; label: { de: string; en: string } }[]

export type WebhookEventData = {
  id: number | string
  slug: string | null
  locales: string[]
  /** Where the association's website shows it; null when it has no page of its own (photos, members). */
  publicUrl: string | null
  /** Paths below the CMS address whose cached answers are stale now. */
  purge: string[]
}

export type WebhookEvent = { type: WebhookEventType; timestamp: string; data: WebhookEventData }

export const webhookEvent = (type: WebhookEventType, data: WebhookEventData): WebhookEvent => ({
  type,
  timestamp: new Date().toISOString(),
  data,
})

/** The public reads of one collection and one of its documents. */
export const collectionPaths = (api: string, collection: string, id: number | string): string[] => [
  `${api}/${collection}`,
  `${api}/${collection}/${id}`,
  `${api}/${collection}/count`,
]

export const searchPath = (api: string) => `${api}/search`

export const feedPaths = (api: string, feed: string): string[] =>
  ['rss', 'atom', 'json'].map((format) => `${api}/feeds/${feed}.${format}`)

type Named = { filename?: string | null } | null | undefined
type UploadDoc = {
  filename?: string | null
  sizes?: Record<string, Named> | null
  renditions?: Named[] | null
}

/**
 * Every stored file of an upload, as Payload serves them: the original, Payload's image sizes and
 * the press-photos plugin's renditions.
 */
export function filePaths(api: string, collection: string, doc: UploadDoc): string[] {
  const names = [
    doc.filename,
    ...Object.values(doc.sizes ?? {}).map((size) => size?.filename),
    ...(doc.renditions ?? []).map((rendition) => rendition?.filename),
  ]
  return [...new Set(names.filter((name): name is string => Boolean(name)))].map(
    (name) => `${api}/${collection}/file/${encodeURIComponent(name)}`,
  )
}
