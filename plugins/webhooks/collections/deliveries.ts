import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../../src/access/predicates'
import { dateField } from '../../../src/fields/date'
import { l } from '../../../src/fields/labels'
import { WEBHOOK_EVENT_OPTIONS } from '../events'
import { ENDPOINTS_SLUG, hiddenFromNonAdmins } from './endpoints'

export const DELIVERIES_SLUG = 'webhook-deliveries'

const nobody = () => false

/** One row per delivery attempt, written by the deliverWebhook task only. */
export const webhookDeliveries: CollectionConfig = {
  slug: DELIVERIES_SLUG,
  labels: {
    singular: l('Webhook-Zustellung', 'Webhook delivery'),
    plural: l('Webhook-Zustellungen', 'Webhook deliveries'),
  },
  admin: {
    useAsTitle: 'webhookId',
    defaultColumns: ['endpoint', 'event', 'attempt', 'statusCode', 'error', 'createdAt'],
    group: l('Verteilung', 'Distribution'),
    hidden: hiddenFromNonAdmins,
    description: l(
      'Protokoll jedes Zustellversuchs. Fehlgeschlagene Versuche werden mit wachsendem Abstand wiederholt.',
      'Log of every delivery attempt. Failed attempts are retried with growing delays.',
    ),
  },
  // Admin-only data, in no anonymous answer: writes need not clear the public response cache.
  custom: { neverPublic: true },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: ENDPOINTS_SLUG,
      index: true,
      label: l('Webhook', 'Webhook'),
    },
    {
      name: 'event',
      type: 'select',
      options: WEBHOOK_EVENT_OPTIONS,
      label: l('Ereignis', 'Event'),
    },
    {
      name: 'webhookId',
      type: 'text',
      index: true,
      label: l('Nachrichten-ID (webhook-id)', 'Message id (webhook-id)'),
    },
    { name: 'attempt', type: 'number', label: l('Versuch', 'Attempt') },
    { name: 'succeeded', type: 'checkbox', label: l('Erfolgreich', 'Succeeded') },
    { name: 'statusCode', type: 'number', label: l('HTTP-Status', 'HTTP status') },
    { name: 'error', type: 'text', label: l('Fehler', 'Error') },
    { name: 'durationMs', type: 'number', label: l('Dauer (ms)', 'Duration (ms)') },
    dateField({ name: 'startedAt', label: l('Begonnen', 'Started'), admin: { readOnly: true } }),
  ],
}
