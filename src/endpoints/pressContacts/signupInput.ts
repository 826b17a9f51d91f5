import type { PressContact } from '../../../payload-types'
import { DISCIPLINES } from '../../fields/options'
import { type Bilingual, bothLanguages } from '../../i18n'

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
      problem: bothLanguages('pressListSignupNotObject'),
    }
  }
  const { email, name, outlet, language, topics } = body as Record<string, unknown>
  if (typeof email !== 'string' || email.trim().length > 254 || !EMAIL.test(email.trim())) {
    return {
      problem: bothLanguages('pressListSignupEmail'),
    }
  }
  if (typeof name !== 'string' || !name.trim() || name.trim().length > 200) {
    return {
      problem: bothLanguages('pressListSignupName'),
    }
  }
  if (
    outlet !== undefined &&
    outlet !== null &&
    (typeof outlet !== 'string' || outlet.trim().length > 200)
  ) {
    return {
      problem: bothLanguages('pressListSignupOutlet'),
    }
  }
  if (language !== undefined && language !== null && language !== 'de' && language !== 'en') {
    return {
      problem: bothLanguages('pressListSignupLanguage'),
    }
  }
  if (
    topics !== undefined &&
    topics !== null &&
    (!Array.isArray(topics) ||
      topics.some((topic) => typeof topic !== 'string' || !TOPICS.has(topic)))
  ) {
    return {
      problem: bothLanguages('pressListSignupTopics', { allowed: [...TOPICS].join(', ') }),
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
