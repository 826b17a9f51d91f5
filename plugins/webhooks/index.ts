import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  Config,
} from 'payload'

import { withCustomList } from '../../src/lib/config/customLists'
import { appendHooks } from '../../src/lib/config/hooks'
import { webhookDeliveries } from './collections/deliveries'
import { webhookEndpoints } from './collections/endpoints'
import { eventAfterChange, eventAfterDelete } from './hooks/events'
import { rememberMainRow } from './hooks/mainRow'
import { memberAfterChange, memberAfterDelete } from './hooks/members'
import { photoAfterChange, photoAfterDelete } from './hooks/photos'
import { releaseAfterChange, releaseAfterDelete } from './hooks/releases'
import { DELIVER_TASK, deliverWebhookTask } from './tasks/deliver'
import { embargoLiftTask, LIFT_TASK } from './tasks/liftEmbargo'
import type { ResolvedWebhooksOptions, WebhooksOptions } from './types'

export type { WebhooksOptions } from './types'
export { WEBHOOK_EVENTS, type WebhookEvent, type WebhookEventType } from './events'

const HOUR = 60 * 60 * 1000

const isProduction = () => process.env.NODE_ENV === 'production'

export function resolveOptions(options: WebhooksOptions = {}): ResolvedWebhooksOptions {
  const production = () => options.production ?? isProduction()
  return {
    enabled: options.enabled ?? true,
    production,
    // Never in production, whatever the option or the environment says.
    allowPrivate: () =>
      !production() && (options.allowPrivate ?? process.env.WEBHOOKS_ALLOW_PRIVATE === 'true'),
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: {
      attempts: options.retries?.attempts ?? 8,
      delayMs: options.retries?.delayMs ?? (Number(process.env.WEBHOOKS_RETRY_DELAY_MS) || 30_000),
    },
    rotationGraceMs: options.rotationGraceMs ?? 24 * HOUR,
    queue: options.queue ?? 'webhooks',
  }
}

type Hooks = {
  afterChange: (options: ResolvedWebhooksOptions) => CollectionAfterChangeHook
  afterDelete: (options: ResolvedWebhooksOptions) => CollectionAfterDeleteHook
  /** Drafts: compare stored main rows, read before the write. */
  mainRow?: boolean
}

const WATCHED: Record<string, Hooks> = {
  'press-releases': {
    afterChange: releaseAfterChange as Hooks['afterChange'],
    afterDelete: releaseAfterDelete as Hooks['afterDelete'],
    mainRow: true,
  },
  events: {
    afterChange: eventAfterChange as Hooks['afterChange'],
    afterDelete: eventAfterDelete as Hooks['afterDelete'],
    mainRow: true,
  },
  members: {
    afterChange: memberAfterChange as Hooks['afterChange'],
    afterDelete: memberAfterDelete as Hooks['afterDelete'],
  },
  photos: {
    afterChange: photoAfterChange as Hooks['afterChange'],
    afterDelete: photoAfterDelete as Hooks['afterDelete'],
  },
}

function watch(collection: CollectionConfig, options: ResolvedWebhooksOptions): CollectionConfig {
  const hooks = WATCHED[collection.slug]
  if (!hooks) return collection
  return {
    ...collection,
    hooks: appendHooks(collection.hooks, {
      beforeChange: [
        ...(hooks.mainRow ? [rememberMainRow(collection.slug as CollectionSlug)] : []),
      ],
      afterChange: [hooks.afterChange(options)],
      afterDelete: [hooks.afterDelete(options)],
    }),
  }
}

/**
 * Signed webhooks (Standard Webhooks) to admin-managed receivers when releases, events, photos and
 * member consent change publicly. Hooks only queue jobs, inside the write's transaction; the jobs
 * queue delivers, retries with exponential backoff and logs every attempt. See README.md.
 */
export const webhooks =
  (input: WebhooksOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(input)
    const collections = options.enabled
      ? (config.collections ?? []).map((collection) => watch(collection, options))
      : (config.collections ?? [])
    return {
      ...config,
      collections: [...collections, webhookEndpoints(options), webhookDeliveries],
      // Deliveries and lift checks change no public answer (the Sperrfrist is a clock of its own):
      // their waitUntil must not shorten cache lifetimes (plugins/response-cache).
      custom: withCustomList(config.custom, 'tasksWithoutPublicEffect', [DELIVER_TASK, LIFT_TASK]),
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          deliverWebhookTask(options),
          embargoLiftTask(options),
        ],
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (isProduction() && process.env.WEBHOOKS_ALLOW_PRIVATE === 'true') {
          payload.logger.warn(
            'WEBHOOKS_ALLOW_PRIVATE wird im Produktivbetrieb ignoriert. / WEBHOOKS_ALLOW_PRIVATE is ignored in production.',
          )
        }
      },
    }
  }
