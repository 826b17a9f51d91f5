import type { CollectionConfig, CollectionSlug } from 'payload'

import { hasRole } from '../../src/access/predicates'
import { dateField } from '../../src/fields/date'
import { l } from '../../src/fields/labels'
import type { ResolvedPressDistributionOptions } from './types'

export const SENDS = 'press-sends' as CollectionSlug
export const DELIVERIES = 'press-deliveries' as CollectionSlug

const pressOrAdmin = hasRole('admin', 'press')
const nobody = () => false

const LANGUAGE_OPTIONS = [
  { value: 'de', label: l('Deutsch', 'German') },
  { value: 'en', label: l('Englisch', 'English') },
]

export const languageOptions = LANGUAGE_OPTIONS

/** One send of a release to the press list: who asked, for whom, how it went. */
export function sendsCollection(options: ResolvedPressDistributionOptions): CollectionConfig {
  return {
    slug: SENDS,
    // Staff-only records: never cached, and writing them (every link opening) clears no public answer.
    custom: { neverPublic: true },
    labels: {
      singular: l('Versand', 'Send'),
      plural: l('Versand an den Presseverteiler', 'Sends to the press list'),
    },
    admin: {
      useAsTitle: 'id',
      defaultColumns: ['release', 'status', 'recipients', 'sent', 'failed', 'createdAt'],
      group: l('Presse', 'Press'),
    },
    access: { read: pressOrAdmin, create: nobody, update: nobody, delete: hasRole('admin') },
    defaultSort: '-createdAt',
    fields: [
      {
        name: 'release',
        type: 'relationship',
        relationTo: options.releases,
        required: true,
        index: true,
        label: l('Pressemitteilung', 'Press release'),
      },
      {
        name: 'requestedBy',
        type: 'relationship',
        relationTo: 'users',
        label: l('Ausgelöst von', 'Requested by'),
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        options: [
          { value: 'queued', label: l('Wartet', 'Queued') },
          { value: 'sending', label: l('Wird versendet', 'Sending') },
          { value: 'done', label: l('Versendet', 'Sent') },
        ],
        label: l('Status', 'Status'),
      },
      {
        name: 'topics',
        type: 'select',
        hasMany: true,
        options: options.topics as never,
        label: l('Themen', 'Topics'),
      },
      {
        name: 'languages',
        type: 'select',
        hasMany: true,
        options: LANGUAGE_OPTIONS,
        label: l('Sprachen', 'Languages'),
      },
      { name: 'recipients', type: 'number', label: l('Empfänger/innen', 'Recipients') },
      {
        name: 'deliveries',
        type: 'join',
        collection: DELIVERIES,
        on: 'send',
        label: l('Zustellungen', 'Deliveries'),
      },
    ],
  }
}

/** One mail to one journalist: its status, attempts and last error. */
export function deliveriesCollection(options: ResolvedPressDistributionOptions): CollectionConfig {
  return {
    slug: DELIVERIES,
    // Staff-only records: never cached, and writing them (every link opening) clears no public answer.
    custom: { neverPublic: true },
    labels: { singular: l('Zustellung', 'Delivery'), plural: l('Zustellungen', 'Deliveries') },
    admin: {
      useAsTitle: 'email',
      defaultColumns: ['email', 'status', 'attempts', 'sentAt', 'release'],
      group: l('Presse', 'Press'),
    },
    access: { read: pressOrAdmin, create: nobody, update: nobody, delete: hasRole('admin') },
    defaultSort: '-createdAt',
    fields: [
      {
        name: 'send',
        type: 'relationship',
        relationTo: SENDS,
        required: true,
        index: true,
        label: l('Versand', 'Send'),
      },
      {
        name: 'release',
        type: 'relationship',
        relationTo: options.releases,
        required: true,
        index: true,
        label: l('Pressemitteilung', 'Press release'),
      },
      { name: 'email', type: 'email', required: true, label: l('E-Mail', 'E-mail') },
      { name: 'name', type: 'text', label: l('Name', 'Name') },
      {
        name: 'language',
        type: 'select',
        options: LANGUAGE_OPTIONS,
        defaultValue: 'de',
        label: l('Sprache', 'Language'),
      },
      { name: 'contactID', type: 'number', admin: { hidden: true } },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        index: true,
        options: [
          { value: 'queued', label: l('Wartet', 'Queued') },
          { value: 'sent', label: l('Zugestellt', 'Sent') },
          { value: 'retrying', label: l('Neuer Versuch folgt', 'Retrying') },
          { value: 'skipped', label: l('Übersprungen (abgemeldet)', 'Skipped (unsubscribed)') },
          { value: 'failed', label: l('Fehlgeschlagen', 'Failed') },
        ],
        label: l('Status', 'Status'),
      },
      { name: 'attempts', type: 'number', defaultValue: 0, label: l('Versuche', 'Attempts') },
      { name: 'error', type: 'text', label: l('Letzter Fehler', 'Last error') },
      dateField({ name: 'sentAt', label: l('Zugestellt am', 'Sent at') }),
      { name: 'previewLink', type: 'number', admin: { hidden: true } },
    ],
  }
}
