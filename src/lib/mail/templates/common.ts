import { type MailLanguage, pick } from '../language'

export const SENDER_LINE = {
  de: 'Kreative Klasse e.V. – Berufsverband der Kreativschaffenden im Ruhrgebiet, Essen',
  en: 'Kreative Klasse e.V. – professional association of creative workers in the Ruhr area, Essen',
}

export const greeting = (language: MailLanguage, name: string | null | undefined): string =>
  name?.trim()
    ? pick(language, { de: `Guten Tag ${name.trim()},`, en: `Dear ${name.trim()},` })
    : pick(language, { de: 'Guten Tag,', en: 'Hello,' })

/** Formats a moment for the reader, in Berlin time (the association's clock). */
export const formatMoment = (language: MailLanguage, moment: Date): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(moment)
