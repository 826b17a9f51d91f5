import type { Field } from 'payload'

import { l } from './labels'

/** Title, description and social image for search engines and link previews. */
export function seoFields(): Field {
  return {
    name: 'seo',
    type: 'group',
    label: l('SEO und Vorschau', 'SEO and preview'),
    fields: [
      { name: 'title', type: 'text', localized: true, maxLength: 70, label: l('Seitentitel', 'Page title') },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 170,
        label: l('Beschreibung', 'Description'),
      },
      { name: 'image', type: 'upload', relationTo: 'photos', label: l('Vorschaubild (Social Media)', 'Social image') },
    ],
  }
}
