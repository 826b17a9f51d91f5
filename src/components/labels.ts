/**
 * The few admin strings of our own components, German first. Payload's i18n gives the language;
 * anything but English reads German (the admin's default).
 */
import { GERMAN_DATE_HINTS, type DatePrecision } from '../lib/germanDate'

export type Language = 'de' | 'en'

export const languageOf = (language: string | undefined): Language => (language === 'en' ? 'en' : 'de')

export const texts = {
  timeCaption: { de: 'Uhrzeit', en: 'Time' },
  yes: { de: 'ja', en: 'yes' },
  no: { de: 'nein', en: 'no' },
  embargoUntil: { de: 'Sperrfrist bis', en: 'Embargo until' },
  workflow: {
    submitted: { de: 'Zur Freigabe', en: 'Awaiting approval' },
    returned: { de: 'Zurückgegeben', en: 'Returned' },
    embargoed: { de: 'Sperrfrist', en: 'Embargo' },
    published: { de: 'Veröffentlicht', en: 'Published' },
    draft: { de: 'Entwurf', en: 'Draft' },
  },
  embargoStatusPublished: {
    de: 'Veröffentlicht, aber öffentlich unsichtbar bis zum Ende der Sperrfrist.',
    en: 'Published, but invisible to the public until the embargo ends.',
  },
  embargoStatusDraft: {
    de: 'Wird nach der Veröffentlichung erst mit Ende der Sperrfrist öffentlich sichtbar.',
    en: 'Once published, it becomes public only when the embargo ends.',
  },
} as const

/** "„31.02.2027“ ist kein gültiges Datum …" for the field's format. */
export function invalidDateMessage(text: string, precision: DatePrecision, language: Language): string {
  const hint = GERMAN_DATE_HINTS[precision]
  return language === 'en'
    ? `"${text}" is not a valid date and was not taken over. Please enter ${hint.en}, e.g. ${hint.example} (Berlin time).`
    : `„${text}“ ist kein gültiges Datum und wurde nicht übernommen. Bitte als ${hint.de} eingeben, z. B. ${hint.example} (Berliner Zeit).`
}
