import type { CollectionConfig } from 'payload'

import { hasRole } from '../src/access/predicates'
import { l } from '../src/fields/labels'
import { requiredInDefaultLocale } from '../src/fields/validation'
import { fileURLInputs } from './hooks/fileURLInputs'
import { DOCUMENT_POPULATE } from './shapes'

export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  labels: { singular: l('Dokument', 'Document'), plural: l('Dokumente', 'Documents') },
  admin: { useAsTitle: 'title', group: l('Medien', 'Media') },
  access: {
    // Press kits are made to be downloaded by anyone.
    read: () => true,
    create: hasRole('admin', 'press', 'editor'),
    update: hasRole('admin', 'press', 'editor'),
    delete: hasRole('admin', 'press'),
  },
  defaultPopulate: DOCUMENT_POPULATE,
  upload: {
    // No server-side fetching of pasted URLs (SSRF): files come from the editor's computer.
    pasteURL: false,
    staticDir: 'media/documents',
    mimeTypes: ['application/pdf'],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      validate: requiredInDefaultLocale,
      label: l('Titel', 'Title'),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: l('Beschreibung', 'Description'),
    },
  ],
  hooks: {
    beforeOperation: [fileURLInputs<'documents'>],
  },
}
