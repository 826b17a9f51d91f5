import transliterate from '@sindresorhus/transliterate'
import { createHash } from 'node:crypto'

export const GERMAN_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
}

/** In a URL "&" is read out as the German word. */
const SLUG_RULES: [string, string][] = [['&', ' und ']]

export const MAX_SLUG_LENGTH = 96

/**
 * Any script to Latin letters under the German rules: "Ayşe Yıldız" → "Ayse Yildiz",
 * "Алексей" → "Aleksey", "Müller" → "Mueller". Our umlaut rules and `extraRules` run before the
 * library's own table, so they win whatever its defaults become.
 */
export function toLatin(input: string, extraRules: [string, string][] = []): string {
  return transliterate(input.normalize('NFC'), {
    locale: 'de',
    customReplacements: [...Object.entries(GERMAN_LETTERS), ...extraRules],
  })
}

/**
 * German-correct URL slugs from any script: "Mitgliederabend im März" → "mitgliederabend-im-maerz",
 * "Kunst & Kultur" → "kunst-und-kultur", "Алексей Иванов" → "aleksey-ivanov". Returns "" when
 * nothing in the input has a Latin form (only emoji, punctuation, or a script such as Chinese that
 * the library leaves as it is); `slugOrFallback` turns that into a stable slug.
 */
export function slugify(input: string): string {
  const slug = toLatin(input, SLUG_RULES)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '')
}

/**
 * A slug for every non-empty name: the transliterated slug, or — when nothing transliterates
 * ("李明", "🎨🎉") — `prefix` and a short hash of the name, e.g. "member-5d41402a". The hash is
 * stable, so the same name always proposes the same slug; collisions get the usual suffix.
 */
export function slugOrFallback(input: string, prefix: string): string {
  const slug = slugify(input)
  const name = input.normalize('NFC').trim()
  if (slug || name === '') return slug
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8)
  return `${slugify(prefix) || 'eintrag'}-${hash}`
}

/** "klasse-vernetzt" → "klasse-vernetzt-2" → "klasse-vernetzt-3" … */
export function withSuffix(slug: string, attempt: number): string {
  if (attempt < 2) return slug
  const suffix = `-${attempt}`
  return `${slug.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
}
