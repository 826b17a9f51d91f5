import type { PressContact } from '../../../payload-types'
import { DISCIPLINES } from '../../fields/options'
import type { Bilingual } from './answer'

type Topic = NonNullable<PressContact['topics']>[number]

/** A checked sign-up: the press contact's fields, each one present. */
export type Signup = Pick<PressContact, 'email' | 'name' | 'language'> & {
  outlet: string | null
  topics: Topic[]
}

const TOPICS = new Set(DISCIPLINES.map((option) => option.value))
// Deliberately simple: one @, no spaces, a dot in the domain; the confirmation mail proves the rest.
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/

/** Checks a sign-up body; the first problem found is reported in both languages. */
export function parseSignup(body: unknown): { signup: Signup } | { problem: Bilingual } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      problem: {
        de: 'Bitte die Anmeldung als JSON-Objekt senden.',
        en: 'Please send the sign-up as a JSON object.',
      },
    }
  }
  const { email, name, outlet, language, topics } = body as Record<string, unknown>
  if (typeof email !== 'string' || email.trim().length > 254 || !EMAIL.test(email.trim())) {
    return {
      problem: {
        de: 'Bitte eine gültige E-Mail-Adresse angeben (Feld „email“).',
        en: 'Please give a valid e-mail address (field "email").',
      },
    }
  }
  if (typeof name !== 'string' || !name.trim() || name.trim().length > 200) {
    return {
      problem: {
        de: 'Bitte Ihren Namen angeben (Feld „name“, höchstens 200 Zeichen).',
        en: 'Please give your name (field "name", at most 200 characters).',
      },
    }
  }
  if (
    outlet !== undefined &&
    outlet !== null &&
    (typeof outlet !== 'string' || outlet.trim().length > 200)
  ) {
    return {
      problem: {
        de: 'Das Medium (Feld „outlet“) muss ein Text mit höchstens 200 Zeichen sein.',
        en: 'The outlet (field "outlet") must be text of at most 200 characters.',
      },
    }
  }
  if (language !== undefined && language !== null && language !== 'de' && language !== 'en') {
    return {
      problem: {
        de: 'Die Sprache (Feld „language“) ist „de“ oder „en“.',
        en: 'The language (field "language") is "de" or "en".',
      },
    }
  }
  if (
    topics !== undefined &&
    topics !== null &&
    (!Array.isArray(topics) ||
      topics.some((topic) => typeof topic !== 'string' || !TOPICS.has(topic)))
  ) {
    const allowed = [...TOPICS].join(', ')
    return {
      problem: {
        de: `Themen (Feld „topics“) sind eine Liste aus: ${allowed}.`,
        en: `Topics (field "topics") are a list of: ${allowed}.`,
      },
    }
  }
  return {
    signup: {
      email: email.trim().toLowerCase(),
      name: name.trim(),
      outlet: typeof outlet === 'string' && outlet.trim() ? outlet.trim() : null,
      language: language === 'en' ? 'en' : 'de',
      // Checked against TOPICS above.
      topics: [...new Set((topics as Topic[] | undefined | null) ?? [])],
    },
  }
}
