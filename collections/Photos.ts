import type { CollectionConfig } from 'payload'

import { isStaffField, photoVisible } from '../src/access/content'
import { hasRole } from '../src/access/predicates'
import { dateField } from '../src/fields/date'
import { l } from '../src/fields/labels'
import { LICENCE_OPTIONS } from '../src/fields/licences'
import { requiredInDefaultLocale } from '../src/fields/validation'
import { fileURLInputs } from './hooks/fileURLInputs'
import { photoShape } from './hooks/photoShape'
import { PHOTO_POPULATE } from './shapes'

export const Photos: CollectionConfig<'photos'> = {
  slug: 'photos',
  labels: { singular: l('Foto', 'Photo'), plural: l('Fotos', 'Photos') },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'withdrawn'],
    group: l('Medien', 'Media'),
    description: l(
      'Pressefotos mit Urhebernennung (§ 13 UrhG) und Rechtsgrundlage für abgebildete Personen.',
      'Press photos with photographer credit (§ 13 UrhG) and the legal basis for people shown.',
    ),
  },
  access: {
    read: photoVisible,
    create: hasRole('admin', 'press', 'editor'),
    update: hasRole('admin', 'press', 'editor'),
    delete: hasRole('admin', 'editor'),
  },
  upload: {
    // No server-side fetching of pasted URLs (SSRF): files come from the editor's computer.
    pasteURL: false,
    staticDir: 'media/photos',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/heic', 'image/heif'],
    focalPoint: true,
    crop: false,
  },
  // What a release, member or event carries of its photo (README: Abfragen für Frontends).
  defaultPopulate: PHOTO_POPULATE,
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: requiredInDefaultLocale,
      label: l('Alternativtext', 'Alt text'),
    },
    { name: 'caption', type: 'textarea', localized: true, label: l('Bildunterschrift', 'Caption') },
    {
      type: 'row',
      fields: [
        {
          name: 'credit',
          type: 'text',
          required: true,
          label: l('Foto: (Urheber/in)', 'Photographer (credit)'),
        },
        { name: 'copyrightHolder', type: 'text', label: l('Rechteinhaber', 'Copyright holder') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'licence',
          type: 'select',
          required: true,
          defaultValue: 'editorial-with-credit',
          options: LICENCE_OPTIONS,
          label: l('Lizenz', 'Licence'),
        },
        {
          name: 'licenceNote',
          type: 'text',
          localized: true,
          label: l('Lizenzhinweis', 'Licence note'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dateField({ name: 'takenAt', label: l('Aufnahmedatum', 'Date taken') }),
        { name: 'place', type: 'text', label: l('Aufnahmeort', 'Place') },
      ],
    },
    {
      name: 'peopleShown',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: l('Abgebildete Mitglieder', 'Members shown'),
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: l('Veranstaltung', 'Event'),
    },
    {
      name: 'legalBasis',
      type: 'select',
      required: true,
      defaultValue: 'no-identifiable-person',
      label: l('Rechtsgrundlage für abgebildete Personen', 'Legal basis for people shown'),
      options: [
        { value: 'consent', label: l('Einwilligung liegt vor', 'Consent given') },
        {
          value: 'public-event',
          label: l('Öffentliche Veranstaltung (§ 23 KUG)', 'Public event (§ 23 KUG)'),
        },
        {
          value: 'no-identifiable-person',
          label: l('Keine erkennbare Person', 'No identifiable person'),
        },
      ],
    },
    {
      name: 'releasedForPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: l('Für die Öffentlichkeit freigegeben', 'Released for the public'),
      // Staff decide; the public only sees the effect (the photo becomes readable).
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
      admin: {
        position: 'sidebar',
        description: l(
          'Sonst ist ein Foto erst öffentlich, wenn ein veröffentlichtes Dokument es nutzt (bei Sperrfrist erst ab deren Ende).',
          'Otherwise a photo is public only once a published document uses it (under an embargo only once it ends).',
        ),
      },
    },
    {
      name: 'withdrawn',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: l('Zurückgezogen (Takedown)', 'Withdrawn (takedown)'),
      admin: {
        position: 'sidebar',
        description: l(
          'Zurückgezogene Fotos sind sofort öffentlich unerreichbar.',
          'Withdrawn photos are immediately unreachable for the public.',
        ),
      },
    },
  ],
  hooks: {
    beforeOperation: [fileURLInputs<'photos'>],
    afterOperation: [photoShape],
  },
}
