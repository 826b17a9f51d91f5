import type { CollectionConfig } from 'payload'

import { validations } from 'payload'

import { releaseVisible, writeReleases } from '../src/access/content'
import { isAdmin, isStaff } from '../src/access/predicates'
import { dateField, EMBARGO_CELL, EMBARGO_STATUS } from '../src/fields/date'
import { l } from '../src/fields/labels'
import { refuseUnreportedProblems, withReportedProblems } from '../src/fields/problems'
import { firstPublishedAtField, stampFirstPublication } from '../src/fields/publication'
import { reviewField, workflowStatusField } from '../src/fields/review'
import { pressEditor } from '../src/fields/richText'
import { seoFields } from '../src/fields/seo'
import { slugField } from '../src/fields/slug'
import { requiredInDefaultLocale } from '../src/fields/validation'
import { BERLIN_TIMEZONE } from '../src/lib/berlin'
import { editorsSaveDrafts } from './hooks/editorsSaveDrafts'
import { dropPassedEmbargoOnDuplicate, embargoInFuture } from './hooks/embargoInFuture'
import { fillFromAssociation } from './hooks/fillFromAssociation'
import { guardReview, notifyReview } from './hooks/releaseReview'
import { RELEASE_POPULATE } from './shapes'

export const PressReleases: CollectionConfig<'press-releases'> = {
  slug: 'press-releases',
  labels: {
    singular: l('Pressemitteilung', 'Press release'),
    plural: l('Pressemitteilungen', 'Press releases'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowStatus', 'displayDate', 'embargo'],
    group: l('Presse', 'Press'),
    components: { edit: { beforeDocumentControls: [EMBARGO_STATUS] } },
    description: l(
      'Mitteilungen der Pressestelle. Mit Sperrfrist bleiben sie bis zum angegebenen Zeitpunkt unsichtbar.',
      'Releases of the press office. With an embargo they stay invisible until the given time.',
    ),
  },
  access: {
    read: releaseVisible,
    readVersions: isStaff,
    create: writeReleases,
    update: writeReleases,
    delete: isAdmin,
  },
  defaultSort: '-displayDate',
  // The public list order as Payload sends it (`display_date desc, created_at desc`, the second
  // key its tie-breaker): read backwards, the index yields the 20 newest without sorting the archive.
  // (_status, embargo) answers the public total (`count(*) … where _status = 'published' and
  // (embargo is null or embargo <= now)`) from the index alone instead of the table.
  indexes: [{ fields: ['displayDate', 'createdAt'] }, { fields: ['_status', 'embargo'] }],
  defaultPopulate: RELEASE_POPULATE,
  versions: {
    maxPerDoc: 50,
    // 24-hour slots in Payload's scheduling picker (its default is "12:00 AM", which reads as noon).
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 },
    },
  },
  fields: [
    // Unnamed tabs only arrange the form: the data and the database stay exactly as without them.
    {
      type: 'tabs',
      tabs: [
        {
          label: l('Inhalt', 'Content'),
          fields: [
            {
              name: 'title',
              type: 'text',
              localized: true,
              validate: requiredInDefaultLocale,
              label: l('Titel', 'Title'),
            },
            {
              name: 'dateline',
              type: 'text',
              localized: true,
              defaultValue: 'Essen',
              label: l('Ortsmarke', 'Dateline'),
              admin: {
                description: l(
                  'Ort vor dem ersten Satz, z. B. „Essen“.',
                  'Place before the first sentence, e.g. "Essen".',
                ),
              },
            },
            {
              name: 'teaser',
              type: 'textarea',
              localized: true,
              validate: requiredInDefaultLocale,
              label: l('Anreißer', 'Teaser'),
            },
            {
              name: 'body',
              type: 'richText',
              localized: true,
              editor: pressEditor,
              label: l('Text', 'Body'),
            },
          ],
        },
        {
          label: l('Bilder', 'Images'),
          fields: [
            {
              name: 'heroPhoto',
              type: 'upload',
              relationTo: 'photos',
              label: l('Gruppenfoto / Aufmacherbild', 'Group photo / hero image'),
            },
            {
              name: 'heroCaption',
              type: 'textarea',
              localized: true,
              label: l('Bildunterschrift (abweichend)', 'Caption override'),
              admin: {
                description: l(
                  'Leer lassen, um die Bildunterschrift des Fotos zu verwenden.',
                  "Leave empty to use the photo's caption.",
                ),
              },
            },
            {
              name: 'gallery',
              type: 'upload',
              relationTo: 'photos',
              hasMany: true,
              label: l('Galerie', 'Gallery'),
            },
          ],
        },
        {
          label: l('Presse', 'Press'),
          fields: [
            {
              name: 'pressContacts',
              type: 'array',
              label: l('Pressekontakte', 'Press contacts'),
              labels: {
                singular: l('Pressekontakt', 'Press contact'),
                plural: l('Pressekontakte', 'Press contacts'),
              },
              fields: [
                { name: 'name', type: 'text', required: true, label: l('Name', 'Name') },
                { name: 'role', type: 'text', localized: true, label: l('Funktion', 'Role') },
                { name: 'email', type: 'email', label: l('E-Mail', 'E-mail') },
                { name: 'phone', type: 'text', label: l('Telefon', 'Phone') },
              ],
            },
          ],
        },
        {
          label: l('Beziehungen', 'Relations'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'relatedMembers',
                  type: 'relationship',
                  relationTo: 'members',
                  hasMany: true,
                  label: l('Mitglieder', 'Members'),
                },
                {
                  name: 'relatedProjects',
                  type: 'relationship',
                  relationTo: 'projects',
                  hasMany: true,
                  label: l('Projekte', 'Projects'),
                },
                {
                  name: 'relatedEvents',
                  type: 'relationship',
                  relationTo: 'events',
                  hasMany: true,
                  label: l('Veranstaltungen', 'Events'),
                },
              ],
            },
            // Filtered by the public (`where[tags][equals]=…`): indexed as (text, parent_id) in src/lib/database/indexes.ts.
            { name: 'tags', type: 'text', hasMany: true, label: l('Schlagworte', 'Tags') },
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'documents',
              hasMany: true,
              label: l('Anhänge (PDF)', 'Attachments (PDF)'),
            },
          ],
        },
        {
          label: l('Veröffentlichung & SEO', 'Publication & SEO'),
          fields: [
            {
              name: 'boilerplateSnapshot',
              type: 'textarea',
              localized: true,
              label: l('Über uns (Stand bei Veröffentlichung)', 'About us (as of publication)'),
              admin: {
                readOnly: true,
                description: l(
                  'Wird bei der ersten Veröffentlichung aus dem Vereinsprofil übernommen und danach nicht mehr verändert.',
                  'Copied from the association profile at first publication and frozen afterwards.',
                ),
              },
            },
            seoFields(),
          ],
        },
      ],
    },
    ...slugField(),
    dateField({
      name: 'displayDate',
      label: l('Datum', 'Date'),
      defaultValue: () => new Date().toISOString(),
      timezone: BERLIN_TIMEZONE,
      admin: { position: 'sidebar' },
    }),
    dateField({
      name: 'embargo',
      index: true,
      label: l('Sperrfrist', 'Embargo'),
      timezone: BERLIN_TIMEZONE,
      // A past Sperrfrist is reported with every other invalid field (embargoInFuture).
      validate: withReportedProblems(validations.date),
      hooks: { beforeDuplicate: [dropPassedEmbargoOnDuplicate] },
      admin: {
        position: 'sidebar',
        components: { Cell: EMBARGO_CELL },
        description: l(
          'Bis zu diesem Zeitpunkt (Berliner Zeit) ist die Mitteilung öffentlich unsichtbar. Nur künftige Zeitpunkte; leer lassen, um sofort zu veröffentlichen.',
          'Invisible to the public until this time (Berlin time). Future times only; leave empty to publish at once.',
        ),
      },
    }),
    {
      name: 'responsiblePerson',
      type: 'text',
      label: l('V.i.S.d.P.', 'Responsible under press law'),
      admin: {
        position: 'sidebar',
        description: l(
          'Leer lassen für die Angabe aus dem Vereinsprofil.',
          'Leave empty to use the association profile.',
        ),
      },
    },
    firstPublishedAtField,
    reviewField,
    workflowStatusField,
  ],
  hooks: {
    beforeOperation: [editorsSaveDrafts],
    beforeValidate: [embargoInFuture],
    beforeChange: [guardReview, stampFirstPublication, fillFromAssociation],
    afterChange: [refuseUnreportedProblems, notifyReview],
  },
}
