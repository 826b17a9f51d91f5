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

// Letters that Unicode decomposition does not turn into ASCII.
const OTHER_LETTERS: Record<string, string> = {
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
}

export const MAX_SLUG_LENGTH = 96

/**
 * German-correct URL slugs: "Mitgliederabend im März" → "mitgliederabend-im-maerz",
 * "Kunst & Kultur" → "kunst-und-kultur", "Café Größenwahn" → "cafe-groessenwahn".
 */
export function slugify(input: string): string {
  const transliterated = input
    .normalize('NFC')
    .replace(/[äöüÄÖÜßẞ]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .replace(/[æÆœŒøØłŁđĐðþ]/g, (letter) => OTHER_LETTERS[letter] ?? letter)
    .replace(/&/g, ' und ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
  const slug = transliterated
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '')
}

/** "klasse-vernetzt" → "klasse-vernetzt-2" → "klasse-vernetzt-3" … */
export function withSuffix(slug: string, attempt: number): string {
  if (attempt < 2) return slug
  const suffix = `-${attempt}`
  return `${slug.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
}
