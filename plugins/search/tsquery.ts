import { foldWord } from './expressions'

/**
 * The text of a `to_tsquery` for what a reader typed. Words are ANDed; each word is reduced to
 * letters and digits (so no tsquery operator ever comes from the input), each word asked for in
 * its spellings (see alternatives). A hyphenated word asks for its parts or the parts written together
 * (Kreativ-Wirtschaft → (kreativ & wirtschaft) | kreativwirtschaft). The last word is a prefix
 * (`:*`), for search as you type. Returns null when nothing searchable is left.
 * `commonWordsFor` names common indexed words starting with the last word (see commonWords.ts).
 */
export function buildTsQuery(
  q: string,
  commonWordsFor: (prefixes: string[]) => string[] = () => [],
): string | null {
  const words = q
    .split(/\s+/u)
    .map((word) =>
      word
        .normalize('NFC')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    )
    .filter((parts) => parts.length > 0)
  if (!words.length) return null
  return words
    .map((parts, index) => {
      const prefix = index === words.length - 1 ? ':*' : ''
      // The prefix also asks for the whole word ('v' | 'v':*, the same matches): PostgreSQL
      // estimates a prefix at a fixed 2 %, a word from its statistics, and only a realistic
      // estimate lets the planner walk the newest documents for a word found everywhere.
      // Common words the prefix stands for, too: see commonWords.ts.
      const term = (part: string): string => {
        const variants = alternatives(part)
        if (!prefix) return variants.map((variant) => `'${variant}'`).join(' | ')
        const common = commonWordsFor(variants).map((word) => `'${word}'`)
        return [...variants.map((variant) => `'${variant}' | '${variant}':*`), ...common].join(
          ' | ',
        )
      }
      if (parts.length === 1) return `(${term(parts[0]!)})`
      return `((${parts.map((part) => `(${term(part)})`).join(' & ')}) | (${term(parts.join(''))}))`
    })
    .join(' & ')
}

/**
 * The word as typed (lower case), folded (ä → a, ß → ss, é → e) and, if it writes umlauts as
 * ae/oe/ue, with plain vowels: "Maerz" → maerz | marz, which finds "März" (stemmed marz).
 */
function alternatives(typed: string): string[] {
  const folded = foldWord(typed)
  return [...new Set([typed.toLowerCase(), folded, folded.replace(/([aou])e/g, '$1')])]
}

/** The folded query text for the trigram fallback. */
export function trigramQuery(q: string): string {
  return q
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldWord)
    .filter(Boolean)
    .join(' ')
}
