import type { Field } from 'payload'

import { hasRole, isStaff } from '../../src/access/predicates'
import { l } from '../../src/fields/labels'
import { languageOptions, SENDS } from './collections'
import type { ResolvedPressDistributionOptions } from './types'

const pressOrAdmin = hasRole('admin', 'press')

/**
 * The release's "An den Presseverteiler senden": ticked by press or admin, it sends once with the
 * next publication (also a scheduled one) and clears itself; the sends show below it.
 */
export function distributionFields(options: ResolvedPressDistributionOptions): Field[] {
  return [
    {
      name: 'distribution',
      type: 'group',
      label: l('Presseverteiler', 'Press list'),
      access: { read: isStaff, create: pressOrAdmin, update: pressOrAdmin },
      admin: {
        position: 'sidebar',
        description: l(
          'Wird mit der nächsten Veröffentlichung (auch einer geplanten) versendet — unter Sperrfrist vor deren Ablauf, mit persönlichem Vorab-Link für jede Person.',
          'Sent with the next publication (also a scheduled one) — under an embargo before it lifts, with a personal pre-access link for everyone.',
        ),
      },
      fields: [
        {
          name: 'send',
          type: 'checkbox',
          defaultValue: false,
          label: l('An den Presseverteiler senden', 'Send to the press list'),
        },
        {
          name: 'topics',
          type: 'select',
          hasMany: true,
          options: options.topics as never,
          label: l('Nur Themen (leer: alle)', 'Only topics (empty: all)'),
        },
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          options: languageOptions,
          label: l('Nur Sprachen (leer: alle)', 'Only languages (empty: all)'),
        },
      ],
    },
    {
      name: 'sends',
      type: 'join',
      collection: SENDS,
      on: 'release',
      label: l('Versand', 'Sends'),
      access: { read: pressOrAdmin },
      admin: { position: 'sidebar' },
    },
  ]
}
