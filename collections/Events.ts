import type { CollectionConfig, FieldHook } from 'payload'

import { validations } from 'payload'

import type { Event } from '../payload-types'
import { editorialPageAccess } from '../src/access/content'
import { dateField } from '../src/fields/date'
import { l } from '../src/fields/labels'
import { urlField } from '../src/fields/links'
import { refuseUnreportedProblems, withReportedProblems } from '../src/fields/problems'
import { firstPublishedAtField, stampFirstPublication } from '../src/fields/publication'
import { pressEditor } from '../src/fields/richText'
import { seoFields } from '../src/fields/seo'
import { slugField } from '../src/fields/slug'
import { requiredInDefaultLocale } from '../src/fields/validation'
import { BERLIN_TIMEZONE } from '../src/lib/berlin'
import { nextOccurrences, validateRule } from '../src/lib/recurrence'
import { endAfterStart } from './hooks/endAfterStart'
import { nextOccurrencesInputs } from './hooks/nextOccurrencesInputs'
import { EVENT_POPULATE } from './shapes'

/** Bounded per read: from now to a year ahead, at most 12 dates (src/lib/recurrence.ts). */
const nextDates: FieldHook<Event, string[]> = ({ data }) =>
  data?.start && data.recurrence?.rule
    ? nextOccurrences(new Date(data.start), data.recurrence, new Date()).map((date) =>
        date.toISOString(),
      )
    : []

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: { singular: l('Veranstaltung', 'Event'), plural: l('Veranstaltungen', 'Events') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', '_status'],
    group: l('Veranstaltungen', 'Events'),
  },
  access: editorialPageAccess,
  defaultSort: 'start',
  defaultPopulate: EVENT_POPULATE,
  versions: { maxPerDoc: 30, drafts: { autosave: { interval: 2000 }, schedulePublish: true } },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      validate: requiredInDefaultLocale,
      label: l('Titel', 'Title'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'evening',
      label: l('Art', 'Kind'),
      options: [
        { value: 'evening', label: l('Kreative Klasse-Abend', 'Kreative Klasse evening') },
        { value: 'festival', label: l('Festival „Extraklasse“', 'Festival "Extraklasse"') },
        { value: 'seminar', label: l('Seminar', 'Seminar') },
        { value: 'workshop', label: l('Workshop', 'Workshop') },
        { value: 'panel', label: l('Diskussionsrunde', 'Panel discussion') },
        { value: 'other', label: l('Sonstiges', 'Other') },
      ],
    },
    {
      type: 'row',
      fields: [
        dateField({
          name: 'start',
          required: true,
          index: true,
          label: l('Beginn', 'Start'),
          timezone: BERLIN_TIMEZONE,
        }),
        // An end before the start is reported with every other invalid field (endAfterStart).
        dateField({
          name: 'end',
          label: l('Ende', 'End'),
          timezone: BERLIN_TIMEZONE,
          validate: withReportedProblems(validations.date),
        }),
        { name: 'allDay', type: 'checkbox', defaultValue: false, label: l('Ganztägig', 'All day') },
      ],
    },
    {
      name: 'venues',
      type: 'relationship',
      relationTo: 'venues',
      hasMany: true,
      label: l('Orte', 'Venues'),
    },
    {
      name: 'program',
      type: 'array',
      label: l('Programm', 'Program'),
      labels: { singular: l('Programmpunkt', 'Session'), plural: l('Programmpunkte', 'Sessions') },
      fields: [
        {
          name: 'title',
          type: 'text',
          localized: true,
          validate: requiredInDefaultLocale,
          label: l('Titel', 'Title'),
        },
        {
          type: 'row',
          fields: [
            dateField({ name: 'start', required: true, label: l('Beginn', 'Start') }),
            dateField({ name: 'end', label: l('Ende', 'End') }),
          ],
        },
        { name: 'venue', type: 'relationship', relationTo: 'venues', label: l('Ort', 'Venue') },
        {
          name: 'speakers',
          type: 'relationship',
          relationTo: 'members',
          hasMany: true,
          label: l('Mitwirkende', 'Speakers'),
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'events',
      label: l('Gehört zu', 'Part of'),
      admin: {
        description: l(
          'z. B. der Workshop zum Festival „Extraklasse“',
          'e.g. a workshop of the "Extraklasse" festival',
        ),
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'admission',
      type: 'group',
      label: l('Eintritt', 'Admission'),
      fields: [
        {
          name: 'free',
          type: 'checkbox',
          defaultValue: true,
          label: l('Eintritt frei', 'Free admission'),
        },
        {
          name: 'priceNote',
          type: 'text',
          localized: true,
          label: l('Preishinweis', 'Price note'),
          admin: { condition: (_, sibling) => !sibling?.free },
        },
      ],
    },
    urlField('registrationUrl', l('Anmeldung (Link)', 'Registration link')),
    {
      name: 'description',
      type: 'richText',
      localized: true,
      editor: pressEditor,
      label: l('Beschreibung', 'Description'),
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'photos',
      hasMany: true,
      label: l('Fotos', 'Photos'),
    },
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      label: l('Projekt', 'Project'),
    },
    {
      name: 'recurrence',
      type: 'group',
      label: l('Wiederholung', 'Recurrence'),
      admin: {
        description: l(
          'Für den monatlichen Kreative Klasse-Abend.',
          'For the monthly Kreative Klasse evening.',
        ),
      },
      fields: [
        {
          name: 'rule',
          type: 'text',
          label: l('Regel (RRULE)', 'Rule (RRULE)'),
          admin: {
            placeholder: 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2',
            description: l(
              'Höchstens ein Termin pro Tag: FREQ=DAILY, WEEKLY, MONTHLY oder YEARLY; COUNT bis 1000.',
              'At most one date a day: FREQ=DAILY, WEEKLY, MONTHLY or YEARLY; COUNT up to 1000.',
            ),
          },
          // At most one date a day, COUNT and INTERVAL capped: the next dates are cheap to compute (README).
          validate: validateRule,
        },
        {
          name: 'exceptions',
          type: 'array',
          label: l('Ausfälle', 'Exceptions'),
          labels: { singular: l('Ausfall', 'Exception'), plural: l('Ausfälle', 'Exceptions') },
          fields: [
            dateField({
              name: 'date',
              required: true,
              label: l('Datum', 'Date'),
              precision: 'dayOnly',
            }),
            { name: 'reason', type: 'text', localized: true, label: l('Grund', 'Reason') },
          ],
        },
      ],
    },
    {
      name: 'nextOccurrences',
      type: 'json',
      virtual: true,
      label: l('Nächste Termine', 'Next dates'),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [nextDates] },
    },
    seoFields(),
    ...slugField(),
    firstPublishedAtField,
  ],
  hooks: {
    beforeOperation: [nextOccurrencesInputs],
    beforeValidate: [endAfterStart],
    beforeChange: [stampFirstPublication],
    afterChange: [refuseUnreportedProblems],
  },
}
