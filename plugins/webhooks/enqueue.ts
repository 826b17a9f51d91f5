import type { PayloadRequest } from 'payload'

import { ENDPOINTS_SLUG } from './collections/endpoints'
import type { WebhookEvent } from './events'
import { generateMessageID } from './secret'
import { DELIVER_TASK, type DeliveryInput } from './tasks/deliver'
import type { ResolvedWebhooksOptions } from './types'

/**
 * One delivery job per active endpoint that subscribed to the event, queued with `req` — inside
 * the write's transaction, so a rolled-back save announces nothing. Nothing is sent here.
 */
export async function enqueueEvent(
  req: PayloadRequest,
  event: WebhookEvent,
  options: ResolvedWebhooksOptions,
): Promise<void> {
  const { docs } = await req.payload.find({
    collection: ENDPOINTS_SLUG,
    where: { and: [{ active: { equals: true } }, { events: { in: [event.type] } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  if (!docs.length) return
  const body = JSON.stringify(event)
  for (const endpoint of docs) {
    const input: DeliveryInput = {
      endpoint: String(endpoint.id),
      webhookId: generateMessageID(),
      event: event.type,
      body,
    }
    await req.payload.jobs.queue({
      task: DELIVER_TASK,
      input,
      queue: options.queue,
      req,
    } as Parameters<typeof req.payload.jobs.queue>[0])
  }
}
