import type { CollectionBeforeChangeHook, Field } from 'payload'

import type { Event, PressRelease, Project } from '../../payload-types'
import { dateField } from './date'
import { l } from './labels'

/** When a document first went public; slugs freeze and snapshots are taken from then on. */
export const firstPublishedAtField: Field = dateField({
  name: 'firstPublishedAt',
  label: l('Erstmals veröffentlicht', 'First published'),
  admin: { position: 'sidebar', readOnly: true },
})

/** Shared by every collection with drafts and a public page. */
export const stampFirstPublication: CollectionBeforeChangeHook<Event | PressRelease | Project> = ({
  data,
  originalDoc,
}) => {
  if (data._status === 'published' && !originalDoc?.firstPublishedAt && !data.firstPublishedAt) {
    return { ...data, firstPublishedAt: new Date().toISOString() }
  }
  return data
}
