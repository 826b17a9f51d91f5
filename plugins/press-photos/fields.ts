import type { Field } from 'payload'

/** The plugin's fields; added whether or not it is enabled, so the schema never changes with the switch. */
export function pressPhotoFields(apiFileRoute: (filename: string) => string): Field[] {
  return [
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
      labels: { singular: { de: 'Bildgröße', en: 'Rendition' }, plural: { de: 'Bildgrößen', en: 'Renditions' } },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'filename', type: 'text', required: true, index: true },
        {
          name: 'url',
          type: 'text',
          virtual: true,
          hooks: {
            afterRead: [({ siblingData }) => (typeof siblingData?.filename === 'string' ? apiFileRoute(siblingData.filename) : undefined)],
          },
        },
        { name: 'width', type: 'number', required: true },
        { name: 'height', type: 'number', required: true },
        { name: 'mimeType', type: 'text', required: true },
        { name: 'filesize', type: 'number', required: true },
      ],
    },
  ]
}
