import type { Field, FieldAccess, TextFieldSingleValidation } from 'payload'

import { validations } from 'payload'

import { dateField } from '../../src/fields/date'

/**
 * The plugin's fields; added whether or not it is enabled, so the schema never changes with the switch.
 * `staffOnly` guards what only the photo's maintainers may read (e.g. an embargo's time).
 */
export function pressPhotoFields(
  apiFileRoute: (filename: string) => string,
  staffOnly: FieldAccess,
): Field[] {
  return [
    dateField({
      name: 'publicFrom',
      index: true,
      label: { de: 'Öffentlich ab', en: 'Public from' },
      // Server-owned bookkeeping (hooks/followUsage.ts): nobody writes it through the API.
      access: { read: staffOnly, create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          de: 'Ab diesem Zeitpunkt nutzt ein öffentliches Dokument das Foto (z. B. Ende der Sperrfrist); leer: von keinem öffentlichen Dokument genutzt.',
          en: 'From this moment a public document uses the photo (e.g. when an embargo ends); empty: no public document uses it.',
        },
      },
    }),
    {
      name: 'contentHash',
      type: 'text',
      index: true,
      label: { de: 'Inhalts-Prüfsumme (SHA-256)', en: 'Content hash (SHA-256)' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          de: 'SHA-256 der hochgeladenen Datei; erkennt Dubletten.',
          en: 'SHA-256 of the uploaded file; detects duplicates.',
        },
      },
    },
    {
      name: 'renditions',
      type: 'array',
      label: { de: 'Bildgrößen', en: 'Renditions' },
      labels: {
        singular: { de: 'Bildgröße', en: 'Rendition' },
        plural: { de: 'Bildgrößen', en: 'Renditions' },
      },
      admin: {
        readOnly: true,
        initCollapsed: true,
        components: { RowLabel: '/src/components/RenditionRowLabel#RenditionRowLabel' },
      },
      fields: [
        { name: 'name', type: 'text', required: true, label: { de: 'Name', en: 'Name' } },
        {
          name: 'filename',
          type: 'text',
          required: true,
          index: true,
          label: { de: 'Dateiname', en: 'File name' },
        },
        {
          name: 'url',
          type: 'text',
          virtual: true,
          label: { de: 'Adresse', en: 'URL' },
          hooks: {
            afterRead: [
              ({ siblingData }) =>
                typeof siblingData?.filename === 'string'
                  ? apiFileRoute(siblingData.filename)
                  : undefined,
            ],
          },
        },
        { name: 'width', type: 'number', required: true, label: { de: 'Breite', en: 'Width' } },
        { name: 'height', type: 'number', required: true, label: { de: 'Höhe', en: 'Height' } },
        {
          name: 'mimeType',
          type: 'text',
          required: true,
          label: { de: 'Dateityp', en: 'File type' },
        },
        {
          name: 'filesize',
          type: 'number',
          required: true,
          label: { de: 'Dateigröße', en: 'File size' },
        },
      ],
    },
  ]
}

/**
 * The `credit` field refuses a blank value with the plugin's message (every file carries the credit),
 * in field validation, so a save that lacks it reports every other missing field in the same answer.
 * Credit and copyright holder are embedded in the files, re-written one photo at a time: they are
 * left out of "Alle bearbeiten" (the server refuses a bulk change of them, see ingest.ts).
 */
export function requireCredit(fields: Field[], message: string): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: requireCredit(field.fields, message) }
    if (!('name' in field) || field.type !== 'text') return field
    if (field.name === 'copyrightHolder')
      return { ...field, admin: { ...field.admin, disableBulkEdit: true } }
    if (field.name !== 'credit') return field
    const own = field.validate ?? validations.text
    const validate: TextFieldSingleValidation = (value, args) =>
      typeof value === 'string' && value.trim() ? own(value as never, args as never) : message
    return { ...field, validate, admin: { ...field.admin, disableBulkEdit: true } } as Field
  })
}
