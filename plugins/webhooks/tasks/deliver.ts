import type { PayloadRequest, TaskConfig } from 'payload'

import { Webhook } from 'standardwebhooks'

import { DELIVERIES_SLUG } from '../collections/deliveries'
import { ENDPOINTS_SLUG } from '../collections/endpoints'
import type { WebhookEventType } from '../events'
import { type EndpointSecrets, signingSecrets } from '../secret'
import { postOnce } from '../send'
import type { ResolvedWebhooksOptions } from '../types'

export const DELIVER_TASK = 'deliverWebhook'

export type DeliveryInput = { endpoint: string; webhookId: string; event: string; body: string }

type Endpoint = EndpointSecrets & { id: number; url: string; active?: boolean | null }

/** `v1,<sig>` per secret, space-separated, as Standard Webhooks allows during a rotation. */
export function signatureHeader(
  secrets: string[],
  webhookId: string,
  timestamp: Date,
  body: string,
): string {
  return secrets.map((secret) => new Webhook(secret).sign(webhookId, timestamp, body)).join(' ')
}

async function logAttempt(req: PayloadRequest, entry: Record<string, unknown>): Promise<void> {
  await req.payload.create({
    collection: DELIVERIES_SLUG,
    data: entry,
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * One message to one endpoint. The body and webhook-id were fixed when the event was queued, so
 * every retry sends the same message (with a fresh webhook-timestamp, as the spec wants). A failed
 * attempt (no 2xx, timeout, refused address) is logged and thrown: the queue retries it with
 * exponential backoff until `retries.attempts` is used up.
 */
export const deliverWebhookTask = (options: ResolvedWebhooksOptions): TaskConfig =>
  ({
    slug: DELIVER_TASK,
    label: 'Webhook zustellen / Deliver webhook',
    retries: {
      attempts: options.retries.attempts,
      backoff: { type: 'exponential', delay: options.retries.delayMs },
    },
    inputSchema: [
      { name: 'endpoint', type: 'text', required: true },
      { name: 'webhookId', type: 'text', required: true },
      { name: 'event', type: 'text', required: true },
      { name: 'body', type: 'textarea', required: true },
    ],
    handler: async ({ input, job, req }) => {
      const { endpoint: endpointID, webhookId, event, body } = input as DeliveryInput
      const endpoint = (await req.payload.findByID({
        collection: ENDPOINTS_SLUG,
        id: endpointID,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as Endpoint | null
      // Deleted or switched off since the event: nothing to send, nothing to retry.
      if (!endpoint || endpoint.active === false) return { output: {} }

      const attempt = (job.totalTried ?? 0) + 1
      const started = new Date()
      let statusCode: number | null = null
      let error: string | null = null
      try {
        const headers = {
          'webhook-id': webhookId,
          'webhook-timestamp': String(Math.floor(started.getTime() / 1000)),
          'webhook-signature': signatureHeader(
            signingSecrets(endpoint, started.getTime()),
            webhookId,
            started,
            body,
          ),
          'user-agent': 'KreativeKlasse-CMS-Webhooks/1',
        }
        const policy = { production: options.production(), allowPrivate: options.allowPrivate() }
        ;({ statusCode } = await postOnce(endpoint.url, body, headers, {
          policy,
          timeoutMs: options.timeoutMs,
        }))
        if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught)
      }
      await logAttempt(req, {
        endpoint: endpoint.id,
        event: event as WebhookEventType,
        webhookId,
        attempt,
        succeeded: error === null,
        statusCode,
        error,
        durationMs: Date.now() - started.getTime(),
        startedAt: started.toISOString(),
      })
      if (error !== null) throw new Error(`Webhook ${webhookId} → ${endpoint.url}: ${error}`)
      return { output: {} }
    },
  }) as TaskConfig
