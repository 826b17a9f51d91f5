import type { CollectionBeforeChangeHook, Field } from 'payload'

import { l } from './labels'

/** When a document first went public; slugs freeze and snapshots are taken from then on. */
export const firstPublishedAtField: Field = {
  name: 'firstPublishedAt',
  type: 'date',
  label: l('Erstmals veröffentlicht', 'First published'),
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
}

export const stampFirstPublication: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !originalDoc?.firstPublishedAt && !data.firstPublishedAt) {
    return { ...data, firstPublishedAt: new Date().toISOString() }
  }
  return data
}
