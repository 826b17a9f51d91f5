import type { Field, UploadField } from 'payload'

import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'

import { l } from './labels'

/** Our limits (not the plugin's 60/150 defaults): the counters in the admin and validation use them. */
const TITLE_MAX = 70
const DESCRIPTION_MAX = 170

const PATHS = { titlePath: 'seo.title', descriptionPath: 'seo.description', imagePath: 'seo.image' }

/**
 * Title, description and social image for search engines and link previews, with the SEO plugin's
 * admin fields (length counters, completeness overview, search-result preview). The plugin's own
 * group is called `meta` and localises the image; we keep the group `seo` with a shared image, so
 * the database and the API stay as they were. The plugin itself (payload.config.ts) brings the
 * components' translations.
 */
export function seoFields(): Field {
  // One social image for both languages, as before; the plugin's English size hint does not fit our limits.
  const image = MetaImageField({
    relationTo: 'photos',
    overrides: { localized: false, label: l('Vorschaubild (Social Media)', 'Social image') },
  })
  const { description: _sizeHint, ...imageAdmin } = image.admin ?? {}
  return {
    name: 'seo',
    type: 'group',
    // One generated type `Seo` for every collection that has the group (TypeScript and GraphQL;
    // the columns stay `seo_*`).
    interfaceName: 'Seo',
    label: l('SEO und Vorschau', 'SEO and preview'),
    fields: [
      OverviewField({
        ...PATHS,
        titleOverrides: { maxLength: TITLE_MAX },
        descriptionOverrides: { maxLength: DESCRIPTION_MAX },
        overrides: { label: l('Übersicht', 'Overview') },
      }),
      MetaTitleField({
        overrides: { maxLength: TITLE_MAX, label: l('Seitentitel', 'Page title') },
      }),
      MetaDescriptionField({
        overrides: { maxLength: DESCRIPTION_MAX, label: l('Beschreibung', 'Description') },
      }),
      { ...image, admin: imageAdmin } as UploadField,
      PreviewField({
        ...PATHS,
        overrides: { label: l('Vorschau in Suchergebnissen', 'Search result preview') },
      }),
    ],
  }
}
