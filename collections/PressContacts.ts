import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'

import type { PressContact } from '../payload-types'
import { hiddenFromNonPressStaff, pressListStaff } from '../src/access/pressList'
import { pressContactEndpoints } from '../src/endpoints/pressContacts'
import { dateField } from '../src/fields/date'
import { l } from '../src/fields/labels'
import { DISCIPLINES } from '../src/fields/options'
import { translate } from '../src/i18n'
import { PRESS_CONTACTS } from '../src/lib/mail/listMail'
import { pressContactConsent } from './hooks/pressContactConsent'

const nobody: FieldAccess = () => false

export const PRESS_CONTACT_STATUSES = [
  { value: 'pending', label: l('Unbestätigt', 'Pending') },
  { value: 'subscribed', label: l('Angemeldet', 'Subscribed') },
  { value: 'unsubscribed', label: l('Abgemeldet', 'Unsubscribed') },
]

/**
 * The press list (Presseverteiler): journalists who receive the releases. Journalists join by
 * double opt-in (`POST /api/press-contacts/subscribe`, then the link in the mail) or are added by
 * the press office with a legal basis; every list mail lets them leave with one click.
 * Personal data: only press and admin see it, on every path.
 */
export const PressContacts: CollectionConfig<'press-contacts'> = {
  slug: PRESS_CONTACTS,
  labels: {
    singular: l('Pressekontakt', 'Press contact'),
    plural: l('Presseverteiler', 'Press list'),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'outlet', 'status', 'language'],
    group: l('Presse', 'Press'),
    hidden: hiddenFromNonPressStaff,
    description: l(
      'Empfänger der Pressemitteilungen. Anmeldung per Double-Opt-in; von Hand Eingetragene brauchen eine Rechtsgrundlage.',
      'Recipients of the press releases. Sign-up by double opt-in; contacts added by hand need a legal basis.',
    ),
  },
  custom: {
    // Never a public answer: the response cache stores nothing below /api/press-contacts, and
    // writes here clear nothing (src/lib/http/cache/routes.ts, plugins/response-cache).
    neverPublic: true,
  },
  access: {
    read: pressListStaff,
    create: pressListStaff,
    update: pressListStaff,
    delete: pressListStaff,
  },
  endpoints: pressContactEndpoints,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: l('Name', 'Name') },
    { name: 'outlet', type: 'text', maxLength: 200, label: l('Medium / Redaktion', 'Outlet') },
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      label: l('E-Mail-Adresse', 'E-mail address'),
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      options: DISCIPLINES,
      label: l('Themen', 'Topics'),
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'de',
      options: [
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ],
      label: l('Sprache der Mails', 'Mail language'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'subscribed',
      index: true,
      options: PRESS_CONTACT_STATUSES,
      label: l('Status', 'Status'),
      admin: {
        position: 'sidebar',
        description: l(
          'Von Hand eingetragen gilt als angemeldet (mit Rechtsgrundlage). Abmelden jederzeit.',
          'Added by hand counts as subscribed (with a legal basis). Unsubscribe at any time.',
        ),
      },
    },
    dateField({
      name: 'consentAt',
      label: l('Einwilligung am', 'Consent given'),
      admin: { position: 'sidebar', readOnly: true },
    }),
    {
      name: 'consentSource',
      type: 'select',
      options: [
        { value: 'double-opt-in', label: l('Double-Opt-in', 'Double opt-in') },
        {
          value: 'staff',
          label: l('Von der Pressestelle eingetragen', 'Added by the press office'),
        },
      ],
      label: l('Herkunft der Einwilligung', 'Consent source'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'legalBasis',
      type: 'textarea',
      maxLength: 1000,
      label: l('Rechtsgrundlage', 'Legal basis'),
      admin: {
        description: l(
          'Pflicht, wenn die Pressestelle den Kontakt einträgt, z. B. „Art. 6 Abs. 1 lit. f DSGVO, bestehender Pressekontakt seit 2024“.',
          'Required when the press office adds the contact, e.g. "Art. 6(1)(f) GDPR, existing press contact since 2024".',
        ),
      },
      validate: (
        value: string | null | undefined,
        { req, siblingData }: { req: PayloadRequest; siblingData: Partial<PressContact> },
      ) =>
        siblingData?.consentSource === 'staff' && !value?.trim()
          ? translate(req.t)('legalBasisMissing')
          : true,
    },
    dateField({
      name: 'unsubscribedAt',
      label: l('Abgemeldet am', 'Unsubscribed'),
      admin: { position: 'sidebar', readOnly: true },
    }),
    dateField({
      name: 'confirmationExpiresAt',
      label: l('Bestätigungslink gültig bis', 'Confirmation link valid until'),
      admin: { position: 'sidebar', readOnly: true },
    }),
    {
      // Only the SHA-256 of the double opt-in token; the token itself is only ever in the mail.
      name: 'confirmationTokenHash',
      type: 'text',
      hidden: true,
      index: true,
      // Written only by the endpoints (staff writes keep the stored value, pressContactConsent).
      access: { read: nobody },
    },
  ],
  hooks: {
    beforeValidate: [pressContactConsent],
  },
}
