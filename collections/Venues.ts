import type { CollectionConfig } from 'payload'

import { hasRole } from '../src/access/predicates'
import { l } from '../src/fields/labels'
import { urlField } from '../src/fields/links'
import { refuseUnreportedProblems } from '../src/fields/problems'
import { slugField, SOURCES } from '../src/fields/slug'
import { VENUE_POPULATE } from './shapes'

export const Venues: CollectionConfig<'venues'> = {
  slug: 'venues',
  labels: { singular: l('Veranstaltungsort', 'Venue'), plural: l('Veranstaltungsorte', 'Venues') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'city'],
    group: l('Veranstaltungen', 'Events'),
  },
  access: {
    read: () => true,
    create: hasRole('admin', 'editor'),
    update: hasRole('admin', 'editor'),
    delete: hasRole('admin', 'editor'),
  },
  defaultPopulate: VENUE_POPULATE,
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Name', 'Name') },
    { name: 'street', type: 'text', label: l('Straße und Hausnummer', 'Street') },
    {
      type: 'row',
      fields: [
        { name: 'postalCode', type: 'text', label: l('PLZ', 'Postcode') },
        { name: 'city', type: 'text', required: true, label: l('Stadt', 'City') },
      ],
    },
    {
      name: 'geo',
      type: 'group',
      label: l('Koordinaten', 'Coordinates'),
      admin: {
        description: l(
          'WGS 84, z. B. 51.4556 / 7.0116 für Essen',
          'WGS 84, e.g. 51.4556 / 7.0116 for Essen',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, label: l('Breite', 'Latitude') },
            {
              name: 'longitude',
              type: 'number',
              min: -180,
              max: 180,
              label: l('Länge', 'Longitude'),
            },
          ],
        },
      ],
    },
    {
      name: 'accessibility',
      type: 'textarea',
      localized: true,
      label: l('Barrierefreiheit', 'Accessibility'),
    },
    urlField('website', l('Website', 'Website')),
    ...slugField({ sourceField: 'name', source: SOURCES.name }),
  ],
  // Refuses a save with problems no field validation returned (src/fields/problems.ts).
  hooks: { afterChange: [refuseUnreportedProblems] },
}
