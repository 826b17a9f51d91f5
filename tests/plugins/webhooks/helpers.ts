import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'
import { expect } from 'vitest'

import type { ApiClient } from '../../helpers/api'
import type { TestUser } from '../../helpers/users'

export type WebhookDoc = {
  id: number
  url: string
  secret: string
  previousSecret?: string | null
  previousSecretValidUntil?: string | null
}

/** An admin registers a receiver through REST, as in the admin. */
export async function createWebhook(
  api: ApiClient,
  admin: TestUser,
  url: string,
  events: string[],
  name = 'Test',
): Promise<WebhookDoc> {
  const response = await api.post('/webhooks', {
    token: admin.token,
    body: { name, url, events, active: true },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as WebhookDoc
}

export type DeliveryRow = {
  id: number
  webhookId: string
  attempt: number
  statusCode: number | null
  error: string | null
  succeeded: boolean
  durationMs: number
  event: string
}

export async function deliveriesFor(payload: Payload, endpointID: number): Promise<DeliveryRow[]> {
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: { endpoint: { equals: endpointID } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as DeliveryRow[]
}

/** Runs whatever is due on the queue, as the cron would. */
export const runQueue = (payload: Payload) =>
  payload.jobs.run({ limit: 100, silent: true, allQueues: true })

export async function waitPast(moment: Date | number): Promise<void> {
  const time = typeof moment === 'number' ? moment : moment.getTime()
  while (Date.now() <= time) await sleep(Math.min(200, Math.max(10, time - Date.now() + 5)))
  await sleep(20)
}

/**
 * Removes every webhook endpoint and pending webhook job: test files share one database, and an
 * endpoint left by an earlier file (its receiver gone, its port perhaps reused) must not deliver
 * into this file's receiver or crowd its queue.
 */
export async function clearWebhooks(payload: Payload): Promise<void> {
  await payload.delete({
    collection: 'payload-jobs',
    where: { taskSlug: { in: ['deliverWebhook', 'webhookEmbargoLift'] } },
    overrideAccess: true,
  })
  await payload.delete({
    collection: 'webhooks',
    where: { id: { exists: true } },
    overrideAccess: true,
  })
}
