import type { Block, FieldHook, PayloadRequest } from 'payload'

import type { Project, VideoEmbed } from '../../payload-types'
import { l } from '../fields/labels'
import { urlField } from '../fields/links'
import { pressEditor } from '../fields/richText'
import { translate } from '../i18n'
import { privacyEmbedURL } from '../lib/video/embed'

/*
 * Every block has an `interfaceName`, so payload-types.ts exports it as a type of its own
 * (`RichText`, `Gallery`, …) instead of an anonymous member of `Project['layout']`. The names are
 * the GraphQL type names the blocks already had (Payload derives both from `interfaceName`), so
 * GraphQL fragments like `... on Gallery` and the OpenAPI schemas `Block<Name>` stay as they were.
 * Block tables are named by the slug: the database is untouched.
 */
export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichText',
  labels: { singular: l('Text', 'Text'), plural: l('Texte', 'Texts') },
  fields: [
    {
      name: 'content',
      type: 'richText',
      localized: true,
      editor: pressEditor,
      label: l('Inhalt', 'Content'),
    },
  ],
}

export const GalleryBlock: Block = {
  slug: 'gallery',
  interfaceName: 'Gallery',
  labels: {
    singular: l('Fotogalerie', 'Photo gallery'),
    plural: l('Fotogalerien', 'Photo galleries'),
  },
  fields: [
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'photos',
      hasMany: true,
      required: true,
      label: l('Fotos', 'Photos'),
    },
  ],
}

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'Quote',
  labels: { singular: l('Zitat', 'Quote'), plural: l('Zitate', 'Quotes') },
  fields: [
    {
      name: 'quote',
      type: 'textarea',
      required: true,
      localized: true,
      label: l('Zitat', 'Quote'),
    },
    { name: 'attribution', type: 'text', required: true, label: l('Urheber/in', 'Attribution') },
    { name: 'member', type: 'relationship', relationTo: 'members', label: l('Mitglied', 'Member') },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToAction',
  labels: {
    singular: l('Handlungsaufruf', 'Call to action'),
    plural: l('Handlungsaufrufe', 'Calls to action'),
  },
  fields: [
    { name: 'text', type: 'text', required: true, localized: true, label: l('Text', 'Text') },
    {
      name: 'buttonLabel',
      type: 'text',
      required: true,
      localized: true,
      label: l('Beschriftung', 'Button label'),
    },
    urlField('url', l('Ziel', 'Target'), { required: true }),
  ],
}

export const MemberGridBlock: Block = {
  slug: 'memberGrid',
  interfaceName: 'MemberGrid',
  labels: {
    singular: l('Mitgliederraster', 'Member grid'),
    plural: l('Mitgliederraster', 'Member grids'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: l('Überschrift', 'Heading') },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: l('Mitglieder', 'Members'),
    },
  ],
}

export const UpcomingEventsBlock: Block = {
  slug: 'upcomingEvents',
  interfaceName: 'UpcomingEvents',
  labels: {
    singular: l('Nächste Termine', 'Upcoming events'),
    plural: l('Nächste Termine', 'Upcoming events'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: l('Überschrift', 'Heading') },
    {
      name: 'limit',
      type: 'number',
      min: 1,
      max: 12,
      defaultValue: 3,
      label: l('Anzahl', 'Number'),
    },
  ],
}

/** The privacy-enhanced embed address of the typed video URL (validation refuses any other URL). */
const embedURLOf: FieldHook<Project, string | undefined, VideoEmbed> = ({ siblingData }) =>
  privacyEmbedURL(String(siblingData?.url ?? '')) ?? undefined

export const VideoEmbedBlock: Block = {
  slug: 'videoEmbed',
  interfaceName: 'VideoEmbed',
  labels: { singular: l('Video', 'Video'), plural: l('Videos', 'Videos') },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      label: l('Video-Adresse (YouTube oder Vimeo)', 'Video URL (YouTube or Vimeo)'),
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        (typeof value === 'string' && privacyEmbedURL(value) !== null) ||
        translate(req.t)('videoURL'),
    },
    {
      name: 'embedURL',
      type: 'text',
      label: l('Einbettung (datensparsam)', 'Embed URL (privacy-enhanced)'),
      admin: { readOnly: true },
      hooks: { beforeChange: [embedURLOf] },
    },
    { name: 'caption', type: 'text', localized: true, label: l('Bildunterschrift', 'Caption') },
  ],
}

export const PROJECT_BLOCKS: Block[] = [
  RichTextBlock,
  GalleryBlock,
  QuoteBlock,
  CallToActionBlock,
  MemberGridBlock,
  UpcomingEventsBlock,
  VideoEmbedBlock,
]
