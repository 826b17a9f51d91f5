import type { Field, TextFieldSingleValidation } from 'payload'

import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'

import { isSafeUrl, UNSAFE_URL_MESSAGE } from '../lib/safeUrl'

const validateSafeUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string }).linkType === 'internal') return true
  return isSafeUrl(value) || UNSAFE_URL_MESSAGE
}

/**
 * The editor for press texts: headings, lists, safe links, quotes and inline photos.
 * Deliberately no HTML embed, no code blocks and no free colours: a release must render the same
 * on every .ruhr site.
 */
export const pressEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    LinkFeature({
      enabledCollections: ['press-releases', 'projects', 'events', 'members'],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'url' ? { ...field, validate: validateSafeUrl } : field,
        ) as Field[],
    }),
    UploadFeature({ collections: { photos: { fields: [] } } }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
