import type { CollectionBeforeChangeHook, Field } from 'payload'

import { dateField } from './date'
import { l } from './labels'

/** When a document first went public; slugs freeze and snapshots are taken from then on. */
export const firstPublishedAtField: Field = dateField({
  name: 'firstPublishedAt',
  label: l('Erstmals veröffentlicht', 'First published'),
  admin: { position: 'sidebar', readOnly: true },
})

export const stampFirstPublication: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !originalDoc?.firstPublishedAt && !data.firstPublishedAt) {
    return { ...data, firstPublishedAt: new Date().toISOString() }
  }
  return data
}
