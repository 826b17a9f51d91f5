/**
 * What a calendar shows in words, German first, English for `?locale=en`. No commas in the calendar
 * name and description: ical-generator writes them unescaped (X-WR-CALDESC is TEXT, where a comma
 * must be escaped).
 */
export type CalendarLocale = 'de' | 'en'

export const CALENDAR_LOCALES: readonly CalendarLocale[] = ['de', 'en']

const TEXT = {
  de: {
    calendarName: 'Kreative Klasse e.V. – Veranstaltungen',
    calendarDescription:
      'Termine des Kreative Klasse e.V. – Berufsverband der Kreativschaffenden im Ruhrgebiet',
    sessionOf: (title: string) => `Programmpunkt von „${title}“.`,
    freeAdmission: 'Eintritt frei.',
    registration: (url: string) => `Anmeldung: ${url}`,
  },
  en: {
    calendarName: 'Kreative Klasse e.V. – Events',
    calendarDescription:
      'Events of Kreative Klasse e.V. – the professional association of creative workers in the Ruhr area',
    sessionOf: (title: string) => `Part of the program of "${title}".`,
    freeAdmission: 'Free admission.',
    registration: (url: string) => `Registration: ${url}`,
  },
} as const

export const calendarText = (locale: CalendarLocale) => TEXT[locale]
