import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { hasRole } from '../../src/access/predicates'
import { dateField } from '../../src/fields/date'
import { l } from '../../src/fields/labels'
import { assignToken, previewLinkField, stampRevocation } from './hooks/linkFields'
import type { ResolvedPressPreviewOptions } from './types'

export const PREVIEWS = 'press-previews' as CollectionSlug
export const OPENINGS = 'press-preview-openings' as CollectionSlug

const pressOrAdmin = hasRole('admin', 'press')
const nobody = () => false

/** One personal pre-access link: a recipient, a release, an expiry, revocable. Press and admin only. */
export function previewsCollection(options: ResolvedPressPreviewOptions): CollectionConfig {
  const fields: Field[] = [
    {
      name: 'release',
      type: 'relationship',
      relationTo: options.releases,
      required: true,
      index: true,
      label: l('Pressemitteilung', 'Press release'),
    },
    {
      type: 'row',
      fields: [
        { name: 'recipientName', type: 'text', label: l('Empfänger/in', 'Recipient') },
        { name: 'recipientEmail', type: 'email', required: true, label: l('E-Mail', 'E-mail') },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'de',
          options: [
            { value: 'de', label: l('Deutsch', 'German') },
            { value: 'en', label: l('Englisch', 'English') },
          ],
          label: l('Sprache', 'Language'),
        },
      ],
    },
    previewLinkField(options),
    dateField({
      name: 'expiresAt',
      label: l('Gültig bis', 'Valid until'),
      admin: {
        description: l(
          'Wird beim Anlegen gesetzt: Sperrfrist plus Gültigkeitsdauer (PRESS_PREVIEW_DAYS).',
          'Set on creation: the embargo plus the validity period (PRESS_PREVIEW_DAYS).',
        ),
      },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'revoked',
          type: 'checkbox',
          defaultValue: false,
          label: l('Widerrufen', 'Revoked'),
        },
        dateField({
          name: 'revokedAt',
          label: l('Widerrufen am', 'Revoked at'),
          admin: { readOnly: true },
        }),
      ],
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: l('Angelegt von', 'Created by'),
      admin: { readOnly: true },
    },
    {
      name: 'openings',
      type: 'join',
      collection: OPENINGS,
      on: 'preview',
      label: l('Aufrufe', 'Openings'),
    },
    // Derives the link together with the server secret (useless without it); set by the hook only.
    { name: 'nonce', type: 'text', admin: { hidden: true } },
    // Finds a link by its token without storing the token.
    { name: 'tokenHash', type: 'text', hidden: true, unique: true, index: true },
  ]
  return {
    slug: PREVIEWS,
    // Staff-only records: never cached, and writing them (every link opening) clears no public answer.
    custom: { neverPublic: true },
    labels: {
      singular: l('Vorab-Link', 'Pre-access link'),
      plural: l('Vorab-Links', 'Pre-access links'),
    },
    admin: {
      useAsTitle: 'recipientEmail',
      defaultColumns: ['recipientEmail', 'release', 'expiresAt', 'revoked'],
      group: l('Presse', 'Press'),
      description: l(
        'Persönliche Links, mit denen Journalist/innen eine Mitteilung vor Ablauf der Sperrfrist lesen. Jeder Aufruf wird protokolliert.',
        'Personal links that let journalists read a release before its embargo ends. Every opening is logged.',
      ),
    },
    access: {
      read: pressOrAdmin,
      create: pressOrAdmin,
      update: pressOrAdmin,
      delete: hasRole('admin'),
    },
    fields,
    hooks: { beforeChange: [assignToken(options), stampRevocation] },
  }
}

/** Who opened which link when: written by the link routes only, read by press and admin. */
export function openingsCollection(options: ResolvedPressPreviewOptions): CollectionConfig {
  return {
    slug: OPENINGS,
    // Staff-only records: never cached, and writing them (every link opening) clears no public answer.
    custom: { neverPublic: true },
    labels: {
      singular: l('Aufruf', 'Opening'),
      plural: l('Aufrufe von Vorab-Links', 'Pre-access link openings'),
    },
    admin: {
      useAsTitle: 'recipientEmail',
      defaultColumns: ['openedAt', 'recipientEmail', 'release', 'resource'],
      group: l('Presse', 'Press'),
    },
    access: { read: pressOrAdmin, create: nobody, update: nobody, delete: hasRole('admin') },
    defaultSort: '-openedAt',
    fields: [
      {
        name: 'preview',
        type: 'relationship',
        relationTo: PREVIEWS,
        required: true,
        index: true,
        label: l('Vorab-Link', 'Pre-access link'),
      },
      {
        name: 'release',
        type: 'relationship',
        relationTo: options.releases,
        index: true,
        label: l('Pressemitteilung', 'Press release'),
      },
      { name: 'recipientEmail', type: 'email', label: l('E-Mail', 'E-mail') },
      dateField({
        name: 'openedAt',
        required: true,
        index: true,
        label: l('Aufgerufen am', 'Opened at'),
      }),
      {
        name: 'resource',
        type: 'select',
        required: true,
        options: [
          { value: 'page', label: l('Mitteilung', 'Release') },
          { value: 'file', label: l('Foto', 'Photo') },
          { value: 'attachment', label: l('Anhang', 'Attachment') },
          { value: 'press-kit', label: l('Pressemappe', 'Press kit') },
          {
            value: 'public',
            label: l(
              'Öffentliche Fassung (nach Sperrfrist)',
              'Public version (after the Sperrfrist)',
            ),
          },
        ],
        label: l('Was', 'What'),
      },
    ],
  }
}
