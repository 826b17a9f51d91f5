import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Member, Photo } from '../../../payload-types'
import { enqueueEvent } from '../enqueue'
import { collectionPaths, filePaths, searchPath, webhookEvent } from '../events'
import type { ResolvedWebhooksOptions } from '../types'
import { apiRoute, localeCodes } from './mainRow'

const PHOTOS_SLUG = 'photos'

const consented = (member: Member | null | undefined) => Boolean(member?.consent?.given)

/** The portrait's files may have been public through this member only: purge them too. */
async function portraitFiles(req: PayloadRequest, member: Member, api: string): Promise<string[]> {
  const portrait = member.portrait
  const id = typeof portrait === 'object' && portrait !== null ? portrait.id : portrait
  if (id === undefined || id === null) return []
  const photo = (await req.payload.findByID({
    collection: PHOTOS_SLUG,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Photo | null
  return photo
    ? [...collectionPaths(api, PHOTOS_SLUG, photo.id), ...filePaths(api, PHOTOS_SLUG, photo)]
    : []
}

async function consentWithdrawn(
  req: PayloadRequest,
  member: Member,
  options: ResolvedWebhooksOptions,
) {
  const api = apiRoute(req)
  const event = webhookEvent('member.consent-withdrawn', {
    id: member.id,
    slug: member.slug ?? null,
    locales: localeCodes(req),
    publicUrl: null,
    purge: [
      ...collectionPaths(api, 'members', member.id),
      searchPath(api),
      ...(await portraitFiles(req, member, api)),
    ],
  })
  await enqueueEvent(req, event, options)
}

/** Members have no drafts: previousDoc is the stored row. Deleting a public portrait withdraws it too. */
export const memberAfterChange =
  (options: ResolvedWebhooksOptions): CollectionAfterChangeHook<Member> =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation === 'update' && consented(previousDoc) && !consented(doc))
      await consentWithdrawn(req, previousDoc, options)
    return doc
  }

export const memberAfterDelete =
  (options: ResolvedWebhooksOptions): CollectionAfterDeleteHook<Member> =>
  async ({ doc, req }) => {
    if (consented(doc)) await consentWithdrawn(req, doc, options)
  }
