/**
 * Headings of the release texts, in the language of the release the reader asked for (`?locale=`).
 * The credits file (Bildnachweis.txt) is always bilingual: it is the legal part (credits.ts, with
 * its words in src/i18n).
 */
export type KitLocale = 'de' | 'en'

export const LABELS = {
  de: {
    pressRelease: 'PRESSEMITTEILUNG',
    draft: 'ENTWURF – NICHT ZUR VERÖFFENTLICHUNG',
    embargo: (until: string) => `SPERRFRIST: nicht vor ${until} Uhr veröffentlichen`,
    about: 'Über uns',
    contacts: 'Pressekontakt',
    email: 'E-Mail',
    phone: 'Telefon',
    responsible: 'V.i.S.d.P.',
    photos: 'Fotos',
    photosNote: 'Fotos in Druckqualität mit Bildnachweis: siehe Bildnachweis.txt',
    attachments: 'Anhänge',
    heroCaption: 'Foto',
  },
  en: {
    pressRelease: 'PRESS RELEASE',
    draft: 'DRAFT – NOT FOR PUBLICATION',
    embargo: (until: string) => `EMBARGO: not to be published before ${until} (Berlin time)`,
    about: 'About us',
    contacts: 'Press contact',
    email: 'E-mail',
    phone: 'Phone',
    responsible: 'Responsible under German press law (V.i.S.d.P.)',
    photos: 'Photos',
    photosNote: 'Print-quality photos with credits: see Bildnachweis.txt',
    attachments: 'Attachments',
    heroCaption: 'Photo',
  },
} satisfies Record<KitLocale, Record<string, unknown>>

export const kitLocale = (locale: string | undefined): KitLocale => (locale === 'en' ? 'en' : 'de')
