import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { SENDS } from '../collections'
import { PRESS_MAIL_QUEUE } from '../tasks'
import type { SendFilter } from '../types'

type Distribution = {
  send?: boolean | null
  topics?: string[] | null
  languages?: Array<'de' | 'en'> | null
}

const REQUESTED = 'pressDistributionRequested'

/**
 * A publishing save with "send" ticked: the tick is cleared in what is stored (so the next
 * publication does not send again) and the send is queued after the save. Draft saves and autosave
 * never send, whatever the box says.
 */
export const takeSendRequest: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  // A scheduled publish sends only `{ _status }`; the tick then lives in the draft it publishes.
  const distribution = (data.distribution ?? originalDoc?.distribution ?? {}) as Distribution
  if (data._status !== 'published' || !distribution.send) return data
  const filter: SendFilter = {
    topics: distribution.topics ?? [],
    languages: distribution.languages ?? [],
  }
  ;(req.context as Record<string, unknown>)[REQUESTED] = filter
  return { ...data, distribution: { ...distribution, send: false } }
}

export const queueRequestedSend: CollectionAfterChangeHook = async ({ doc, req }) => {
  const context = req.context as Record<string, unknown>
  const filter = context[REQUESTED] as SendFilter | undefined
  if (!filter) return doc
  delete context[REQUESTED]
  const send = await req.payload.create({
    collection: SENDS,
    data: {
      release: doc.id,
      requestedBy: req.user?.collection === 'users' ? req.user.id : null,
      status: 'queued',
      topics: filter.topics as never,
      languages: filter.languages,
    },
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({
    task: 'pressSend',
    input: { send: send.id },
    queue: PRESS_MAIL_QUEUE,
    req,
  })
  return doc
}
