import type { CollectionConfig } from 'payload'

import { editorialPageAccess } from '../src/access/content'
import { PROJECT_BLOCKS } from '../src/blocks'
import { dateField } from '../src/fields/date'
import { l } from '../src/fields/labels'
import { urlField } from '../src/fields/links'
import { refuseUnreportedProblems } from '../src/fields/problems'
import { firstPublishedAtField, stampFirstPublication } from '../src/fields/publication'
import { seoFields } from '../src/fields/seo'
import { slugField } from '../src/fields/slug'
import { requiredInDefaultLocale } from '../src/fields/validation'
import {
  refreshChildrenAfterDelete,
  refreshPathsAfterChange,
  refuseParentCycles,
  rememberChildrenBeforeDelete,
} from './hooks/projectPath'
import { PROJECT_POPULATE } from './shapes'

export const Projects: CollectionConfig<'projects'> = {
  slug: 'projects',
  labels: {
    singular: l('Projektseite', 'Project page'),
    plural: l('Klasse vernetzt', 'Klasse vernetzt'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'path', 'projectStatus', '_status'],
    group: l('Verein', 'Association'),
    description: l(
      'Seiten des Projekts „Klasse vernetzt“, verschachtelt über die übergeordnete Seite.',
      'Pages of the "Klasse vernetzt" project, nested by parent page.',
    ),
  },
  access: editorialPageAccess,
  defaultPopulate: PROJECT_POPULATE,
  versions: { maxPerDoc: 30, drafts: { autosave: { interval: 2000 }, schedulePublish: true } },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      validate: requiredInDefaultLocale,
      label: l('Titel', 'Title'),
    },
    { name: 'summary', type: 'textarea', localized: true, label: l('Zusammenfassung', 'Summary') },
    {
      name: 'heroPhoto',
      type: 'upload',
      relationTo: 'photos',
      label: l('Aufmacherbild', 'Hero photo'),
    },
    { name: 'layout', type: 'blocks', blocks: PROJECT_BLOCKS, label: l('Inhalt', 'Content') },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: l('Beteiligte Mitglieder', 'Members involved'),
    },
    {
      name: 'partners',
      type: 'array',
      label: l('Partner', 'Partners'),
      labels: { singular: l('Partner', 'Partner'), plural: l('Partner', 'Partners') },
      fields: [
        { name: 'name', type: 'text', required: true, label: l('Name', 'Name') },
        urlField('url', l('Website', 'Website')),
        { name: 'logo', type: 'upload', relationTo: 'photos', label: l('Logo', 'Logo') },
      ],
    },
    {
      name: 'period',
      type: 'group',
      label: l('Zeitraum', 'Period'),
      fields: [
        {
          type: 'row',
          fields: [
            dateField({ name: 'start', label: l('Beginn', 'Start'), precision: 'dayOnly' }),
            dateField({ name: 'end', label: l('Ende', 'End'), precision: 'dayOnly' }),
          ],
        },
      ],
    },
    {
      // Not `status`: Postgres would name its enum like the drafts' `_status` enum.
      name: 'projectStatus',
      type: 'select',
      required: true,
      defaultValue: 'running',
      label: l('Projektstand', 'Project status'),
      options: [
        { value: 'planned', label: l('Geplant', 'Planned') },
        { value: 'running', label: l('Laufend', 'Running') },
        { value: 'finished', label: l('Abgeschlossen', 'Finished') },
      ],
    },
    seoFields(),
    ...slugField(),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'projects',
      label: l('Übergeordnete Seite', 'Parent page'),
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'path',
      type: 'text',
      index: true,
      // Derived by hooks/projectPath from the published parents; never written by a client.
      access: { create: () => false, update: () => false },
      label: l('Pfad', 'Path'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: l(
          'z. B. /klasse-vernetzt/werkstattgespraeche. Eine noch nicht veröffentlichte übergeordnete Seite fehlt im öffentlichen Pfad, bis sie veröffentlicht ist.',
          'e.g. /klasse-vernetzt/werkstattgespraeche. A parent page that is not published yet is left out of the public path until it is published.',
        ),
      },
    },
    {
      name: 'breadcrumbs',
      type: 'array',
      access: { create: () => false, update: () => false },
      label: l('Brotkrumen', 'Breadcrumbs'),
      labels: { singular: l('Brotkrume', 'Breadcrumb'), plural: l('Brotkrumen', 'Breadcrumbs') },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'label', type: 'text', localized: true },
        { name: 'url', type: 'text' },
        { name: 'doc', type: 'relationship', relationTo: 'projects', maxDepth: 0 },
      ],
    },
    firstPublishedAtField,
  ],
  hooks: {
    beforeChange: [stampFirstPublication, refuseParentCycles],
    afterChange: [refuseUnreportedProblems, refreshPathsAfterChange],
    beforeDelete: [rememberChildrenBeforeDelete],
    afterDelete: [refreshChildrenAfterDelete],
  },
}
