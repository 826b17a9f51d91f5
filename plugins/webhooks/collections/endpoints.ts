import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { isAdmin } from '../../../src/access/predicates'
import { userHasRole } from '../../../src/access/roles'
import { dateField } from '../../../src/fields/date'
import { l } from '../../../src/fields/labels'
import { translate } from '../../../src/i18n'
import { checkOutboundURL, checkURLShape, OutboundRefused } from '../../../src/lib/http/ssrf'
import { WEBHOOK_EVENT_OPTIONS } from '../events'
import { manageSecret } from '../hooks/manageSecret'
import { rotateSecretEndpoint } from '../rotate'
import type { ResolvedWebhooksOptions } from '../types'

export const ENDPOINTS_SLUG = 'webhooks'

const nobody = () => false

/** Not even in the admin's navigation for anyone but admins (access refuses them anyway). */
export const hiddenFromNonAdmins = ({ user }: { user: unknown }): boolean =>
  !userHasRole(user as Parameters<typeof userHasRole>[0], 'admin')

/** Save-time address check (delivery checks again, on the resolved address it connects to). */
const validateReceiverURL =
  (options: ResolvedWebhooksOptions): TextFieldSingleValidation =>
  async (value, { event, req }) => {
    if (!value) return translate(req.t)('webhookURLMissing')
    const policy = { production: options.production(), allowPrivate: options.allowPrivate() }
    try {
      // While an admin types (form state), no DNS query per keystroke: the shape only.
      if (event === 'onChange') checkURLShape(value, policy)
      else await checkOutboundURL(value, policy)
      return true
    } catch (error) {
      if (error instanceof OutboundRefused) return error.message
      throw error
    }
  }

/** Receivers of signed webhooks. Admins only, on every path: the secrets sign what we send. */
export const webhookEndpoints = (options: ResolvedWebhooksOptions): CollectionConfig => ({
  slug: ENDPOINTS_SLUG,
  labels: { singular: l('Webhook', 'Webhook'), plural: l('Webhooks', 'Webhooks') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active'],
    group: l('Verteilung', 'Distribution'),
    hidden: hiddenFromNonAdmins,
    description: l(
      'Empfänger, die bei Veröffentlichungen signierte Nachrichten (Standard Webhooks) erhalten, z. B. CDN oder Website.',
      'Receivers of signed messages (Standard Webhooks) on publication, e.g. a CDN or the website.',
    ),
  },
  // Admin-only data, in no anonymous answer: writes need not clear the public response cache.
  custom: { neverPublic: true },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [rotateSecretEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Name', 'Name') },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: l('Adresse (URL)', 'Address (URL)'),
      validate: validateReceiverURL(options),
      admin: {
        placeholder: 'https://…',
        description: l(
          'Im Produktivbetrieb nur https:// und nur öffentliche Adressen; Weiterleitungen werden nicht verfolgt.',
          'In production https:// and public addresses only; redirects are not followed.',
        ),
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENT_OPTIONS,
      label: l('Ereignisse', 'Events'),
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: l('Aktiv', 'Active'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'secret',
      type: 'text',
      label: l('Signaturschlüssel', 'Signing secret'),
      // Made and kept by manageSecret; never taken from a client.
      access: { create: nobody, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: l(
          'Wird beim Anlegen erzeugt. Der Empfänger prüft damit die Signatur (Header webhook-signature).',
          'Generated on create. The receiver checks the signature (header webhook-signature) with it.',
        ),
      },
    },
    {
      name: 'rotateSecret',
      type: 'checkbox',
      virtual: true,
      label: l('Schlüssel beim Speichern erneuern', 'Rotate the secret on save'),
      admin: {
        position: 'sidebar',
        description: l(
          'Erzeugt einen neuen Schlüssel; der bisherige signiert noch 24 Stunden mit.',
          'Makes a new secret; the previous one keeps signing for 24 hours.',
        ),
      },
    },
    {
      name: 'previousSecret',
      type: 'text',
      label: l('Bisheriger Schlüssel', 'Previous secret'),
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    dateField({
      name: 'previousSecretValidUntil',
      label: l('Bisheriger Schlüssel gültig bis', 'Previous secret valid until'),
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    }),
  ],
  hooks: { beforeChange: [manageSecret(options.rotationGraceMs)] },
})
