import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { PressRelease } from '../../../payload-types'
import { frontendURL } from '../../../src/lib/frontend'
import { enqueueEvent } from '../enqueue'
import {
  collectionPaths,
  feedPaths,
  searchPath,
  webhookEvent,
  type WebhookEventType,
} from '../events'
import { scheduleEmbargoLift } from '../tasks/liftEmbargo'
import type { ResolvedWebhooksOptions } from '../types'
import { apiRoute, localeCodes, readMainRow, rowBefore } from './mainRow'
import { releaseChange, releaseState } from './releaseChange'

export const RELEASES_SLUG = 'press-releases'

type ReleaseRow = Pick<PressRelease, 'id' | 'slug' | '_status' | 'embargo' | 'updatedAt'>

export function releaseEvent(req: PayloadRequest, type: WebhookEventType, row: ReleaseRow) {
  const api = apiRoute(req)
  return webhookEvent(type, {
    id: row.id,
    slug: row.slug ?? null,
    locales: localeCodes(req),
    publicUrl: row.slug ? frontendURL('press-releases', { id: row.id, slug: row.slug }) : null,
    purge: [
      ...collectionPaths(api, RELEASES_SLUG, row.id),
      ...feedPaths(api, RELEASES_SLUG),
      searchPath(api),
    ],
  })
}

export const releaseAfterChange =
  (options: ResolvedWebhooksOptions): CollectionAfterChangeHook<PressRelease> =>
  async ({ doc, req }) => {
    const before = rowBefore<ReleaseRow>(req, RELEASES_SLUG, doc.id)
    const after = await readMainRow<ReleaseRow>(req, RELEASES_SLUG, doc.id)
    const change = releaseChange(releaseState(before), releaseState(after), Date.now())
    if (change.liftAt) await scheduleEmbargoLift(req, doc.id, change.liftAt)
    const row = after ?? before
    if (change.fire && row)
      await enqueueEvent(req, releaseEvent(req, `press-release.${change.fire}`, row), options)
    return doc
  }

export const releaseAfterDelete =
  (options: ResolvedWebhooksOptions): CollectionAfterDeleteHook<PressRelease> =>
  async ({ doc, req }) => {
    const change = releaseChange(releaseState(doc), null, Date.now())
    if (change.fire)
      await enqueueEvent(req, releaseEvent(req, `press-release.${change.fire}`, doc), options)
  }
