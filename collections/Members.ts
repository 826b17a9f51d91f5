import type { CollectionConfig, Field } from 'payload'

import {
  contactDetailAccess,
  isStaffField,
  memberVisible,
  ownMemberOrMaintainer,
  staffOrOwnPortraitField,
} from '../src/access/content'
import { hasRole } from '../src/access/predicates'
import { dateField } from '../src/fields/date'
import { l } from '../src/fields/labels'
import { socialLinksField, urlField } from '../src/fields/links'
import { cityOptions, DISCIPLINES } from '../src/fields/options'
import { refuseUnreportedProblems } from '../src/fields/problems'
import { pressEditor } from '../src/fields/richText'
import { slugField, SOURCES } from '../src/fields/slug'
import { consentGiven, recordConsent } from './hooks/recordConsent'
import { MEMBER_POPULATE } from './shapes'

const VISIBILITY_OPTIONS = [
  { value: 'public', label: l('Öffentlich', 'Public') },
  { value: 'members', label: l('Nur für Mitglieder', 'Members only') },
  { value: 'hidden', label: l('Verborgen', 'Hidden') },
]

/** One contact detail and who may see it; the value is guarded by field access on every read path. */
function contactDetail(
  name: 'email' | 'phone' | 'address',
  field: Omit<Field, 'name' | 'access'> & { type: 'email' | 'text' | 'textarea' },
  label: { de: string; en: string },
): Field[] {
  const visibilityName = `${name}Visibility` as const
  return [
    { ...field, name, label, access: { read: contactDetailAccess(visibilityName) } } as Field,
    {
      // Not `required`: the default already hides it, and GraphQL would demand all three on every update.
      name: visibilityName,
      type: 'select',
      defaultValue: 'hidden',
      options: VISIBILITY_OPTIONS,
      // Readable by all: knowing that an address is hidden reveals nothing, and the value's access needs it.
      label: l(`Sichtbarkeit: ${label.de}`, `Visibility: ${label.en}`),
    },
  ]
}

export const Members: CollectionConfig<'members'> = {
  slug: 'members',
  labels: { singular: l('Mitglied', 'Member'), plural: l('Mitglieder', 'Members') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'city', 'consent.given'],
    group: l('Verein', 'Association'),
    description: l(
      'Porträts der Mitglieder. Öffentlich sichtbar nur mit Einwilligung; Kontaktdaten nach Wahl des Mitglieds.',
      'Member portraits. Public only with consent; contact details as the member chose.',
    ),
  },
  access: {
    read: memberVisible,
    create: hasRole('admin', 'editor'),
    update: ownMemberOrMaintainer,
    delete: hasRole('admin', 'editor'),
  },
  defaultPopulate: MEMBER_POPULATE,
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Name', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'freelancer',
      label: l('Art', 'Kind'),
      options: [
        { value: 'freelancer', label: l('Freischaffend', 'Freelancer') },
        { value: 'company', label: l('Firma', 'Company') },
        { value: 'institution', label: l('Institution', 'Institution') },
      ],
    },
    {
      name: 'disciplines',
      type: 'select',
      hasMany: true,
      options: DISCIPLINES,
      label: l('Bereiche', 'Disciplines'),
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'select', options: cityOptions, label: l('Stadt', 'City') },
        {
          name: 'otherCity',
          type: 'text',
          label: l('Andere Stadt', 'Other city'),
          admin: { condition: (_, sibling) => sibling?.city === 'other' },
        },
      ],
    },
    {
      name: 'portrait',
      type: 'upload',
      relationTo: 'photos',
      label: l('Porträtfoto', 'Portrait photo'),
    },
    {
      name: 'bio',
      type: 'richText',
      localized: true,
      editor: pressEditor,
      label: l('Über mich / uns', 'Bio'),
    },
    urlField('website', l('Website', 'Website')),
    socialLinksField(),
    dateField({
      name: 'memberSince',
      label: l('Mitglied seit', 'Member since'),
      precision: 'monthOnly',
    }),
    {
      name: 'boardRole',
      type: 'text',
      localized: true,
      label: l('Funktion im Verein', 'Board role'),
      admin: { description: l('z. B. „Vorstand“', 'e.g. "Board member"') },
      access: { update: isStaffField, create: isStaffField },
    },
    {
      name: 'consent',
      type: 'group',
      label: l('Einwilligung zur Veröffentlichung', 'Publication consent'),
      access: { read: staffOrOwnPortraitField },
      fields: [
        {
          name: 'given',
          type: 'checkbox',
          defaultValue: false,
          label: l('Porträt darf veröffentlicht werden', 'Portrait may be published'),
        },
        // Shown only while consent is given; recordConsent clears both when it is withdrawn.
        dateField({
          name: 'date',
          label: l('Datum der Einwilligung', 'Date of consent'),
          admin: { readOnly: true, condition: consentGiven },
        }),
        {
          name: 'recordedBy',
          type: 'relationship',
          relationTo: 'users',
          label: l('Erfasst von', 'Recorded by'),
          admin: { readOnly: true, condition: consentGiven },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: l('Kontakt', 'Contact'),
      fields: [
        ...contactDetail('email', { type: 'email' }, l('E-Mail', 'E-mail')),
        ...contactDetail('phone', { type: 'text' }, l('Telefon', 'Phone')),
        ...contactDetail('address', { type: 'textarea' }, l('Anschrift', 'Address')),
      ],
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      label: l('Benutzerkonto (Selbstpflege)', 'User account (self-service)'),
      access: {
        read: staffOrOwnPortraitField,
        create: hasRole('admin', 'editor'),
        update: hasRole('admin', 'editor'),
      },
      admin: { position: 'sidebar' },
    },
    ...slugField({ sourceField: 'name', source: SOURCES.name }),
  ],
  hooks: {
    beforeChange: [recordConsent],
    // Refuses a save with problems no field validation returned (src/fields/problems.ts).
    afterChange: [refuseUnreportedProblems],
  },
}
