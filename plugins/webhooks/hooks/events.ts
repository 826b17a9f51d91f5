import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Event } from '../../../payload-types'
import { frontendURL } from '../../../src/lib/frontend'
import { enqueueEvent } from '../enqueue'
import { collectionPaths, searchPath, webhookEvent, type WebhookEventType } from '../events'
import type { ResolvedWebhooksOptions } from '../types'
import { apiRoute, localeCodes, readMainRow, rowBefore } from './mainRow'

export const EVENTS_SLUG = 'events'

type EventRow = Pick<Event, 'id' | 'slug' | '_status' | 'updatedAt'>

function eventEvent(req: PayloadRequest, type: WebhookEventType, row: EventRow) {
  const api = apiRoute(req)
  return webhookEvent(type, {
    id: row.id,
    slug: row.slug ?? null,
    locales: localeCodes(req),
    publicUrl: row.slug ? frontendURL('events', { id: row.id, slug: row.slug }) : null,
    purge: [...collectionPaths(api, EVENTS_SLUG, row.id), searchPath(api)],
  })
}

const published = (row: EventRow | null) => row?._status === 'published'

/** Events are public once published (no Sperrfrist): compare the main row before and after. */
export const eventAfterChange =
  (options: ResolvedWebhooksOptions): CollectionAfterChangeHook<Event> =>
  async ({ doc, req }) => {
    const before = rowBefore<EventRow>(req, EVENTS_SLUG, doc.id)
    const after = await readMainRow<EventRow>(req, EVENTS_SLUG, doc.id)
    let type: WebhookEventType | null = null
    if (published(after))
      type = published(before)
        ? before!.updatedAt !== after!.updatedAt
          ? 'event.updated'
          : null
        : 'event.published'
    else if (published(before)) type = 'event.unpublished'
    const row = after ?? before
    if (type && row) await enqueueEvent(req, eventEvent(req, type, row), options)
    return doc
  }

export const eventAfterDelete =
  (options: ResolvedWebhooksOptions): CollectionAfterDeleteHook<Event> =>
  async ({ doc, req }) => {
    if (published(doc)) await enqueueEvent(req, eventEvent(req, 'event.unpublished', doc), options)
  }
