import type { GlobalConfig } from 'payload'

import { hasRole } from '../src/access/predicates'
import { l } from '../src/fields/labels'
import { socialLinksField, urlField } from '../src/fields/links'

export const Association: GlobalConfig<'association'> = {
  slug: 'association',
  label: l('Vereinsprofil', 'Association profile'),
  admin: { group: l('Verein', 'Association') },
  access: {
    read: () => true,
    update: hasRole('admin', 'press'),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      defaultValue: 'Kreative Klasse e.V.',
      label: l('Name', 'Name'),
    },
    {
      name: 'legalForm',
      type: 'text',
      defaultValue: 'eingetragener Verein (e.V.)',
      localized: true,
      label: l('Rechtsform', 'Legal form'),
    },
    {
      type: 'row',
      fields: [
        { name: 'founded', type: 'number', defaultValue: 2011, label: l('Gegründet', 'Founded') },
        { name: 'seat', type: 'text', defaultValue: 'Essen', label: l('Sitz', 'Seat') },
      ],
    },
    {
      name: 'board',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: l('Vorstand', 'Board'),
    },
    {
      name: 'boilerplate',
      type: 'textarea',
      localized: true,
      label: l('Über uns (Boilerplate)', 'About us (boilerplate)'),
      admin: {
        description: l(
          'Steht unter jeder Pressemitteilung, Stand bei Veröffentlichung.',
          'Printed below every press release, as of publication.',
        ),
      },
    },
    {
      name: 'defaultPressContact',
      type: 'group',
      label: l('Standard-Pressekontakt', 'Default press contact'),
      fields: [
        { name: 'name', type: 'text', label: l('Name', 'Name') },
        { name: 'email', type: 'email', label: l('E-Mail', 'E-mail') },
        { name: 'phone', type: 'text', label: l('Telefon', 'Phone') },
      ],
    },
    {
      name: 'responsiblePerson',
      type: 'text',
      label: l('V.i.S.d.P.', 'Responsible under press law'),
    },
    {
      name: 'legalNotice',
      type: 'group',
      label: l('Impressum', 'Legal notice'),
      fields: [
        { name: 'address', type: 'textarea', label: l('Anschrift', 'Address') },
        { name: 'representedBy', type: 'text', label: l('Vertreten durch', 'Represented by') },
        { name: 'register', type: 'text', label: l('Vereinsregister', 'Register of associations') },
        { name: 'email', type: 'email', label: l('E-Mail', 'E-mail') },
        { name: 'phone', type: 'text', label: l('Telefon', 'Phone') },
      ],
    },
    urlField('website', l('Website', 'Website')),
    socialLinksField(),
    { name: 'logo', type: 'upload', relationTo: 'photos', label: l('Logo', 'Logo') },
  ],
}
