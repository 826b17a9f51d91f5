/**
 * Which words of the other language a page shows: the pure core of tests/e2e/german-strings.test.ts.
 * A word list entry is matched case-sensitively as a whole word or phrase ("Add" flags "Add Row",
 * not "Address"; "true" flags a cell "true", not "trueness").
 */

/** English a German admin must never show: Payload's untranslated words and our own slips. */
export const ENGLISH_WORDS = [
  'Failed',
  'Successfully',
  'Required',
  'The following',
  'Add',
  'Save',
  'Create New',
  'Create new',
  'Delete',
  'Cancel',
  'Search',
  'Filters',
  'Columns',
  'Loading',
  'Published',
  'Draft',
  'Press Contact',
  'Social Link',
  'Image Size',
  'Image size',
  'Upload',
  'Select',
  'Please',
  'No results',
  'Log out',
  'Locale',
  'Embargo',
  'true',
  'false',
  'undefined',
  'null',
  'NaN',
  '[object Object]',
] as const

/** German an English admin must never show (Sperrfrist must read "Embargo" there). */
export const GERMAN_WORDS = [
  'hinzufügen',
  'Hinzufügen',
  'Speichern',
  'Pflichtfeld',
  'Sperrfrist',
  'Erstellen',
  'Neu erstellen',
  'Suche',
  'Spalten',
  'Löschen',
  'Abbrechen',
  'Veröffentlicht',
  'Veröffentlichen',
  'Entwurf',
  'Bitte',
  'Sprache',
  'Bildgröße',
  'Pressekontakt',
  'Zurückgegeben',
  'Zur Freigabe',
  'Titel',
  'Anreißer',
  'Pressemitteilung',
  'Pressemitteilungen',
  'Mitglieder',
  'Veranstaltungen',
  'Projekte',
  'Dokumente',
  'Benutzer',
  'Verein',
  'wahr',
  'falsch',
  'ja',
  'nein',
  'Uhrzeit',
  'TT.MM.JJJJ',
  'undefined',
  'null',
  'NaN',
  '[object Object]',
] as const

export type Finding = { word: string; where: string; text: string }

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A word counts only between non-letters (Unicode: "Zurückgegeben" is not "Zur"). */
function wordPattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'u')
}

/**
 * Every (word, text) pair where `text` — one visible text of the page at `where` — contains a word
 * of `words`. Texts in `allowed` (exact, e.g. a document title the test typed) are skipped.
 */
export function foreignWords(
  where: string,
  texts: readonly string[],
  words: readonly string[],
  allowed: readonly string[] = [],
): Finding[] {
  const patterns = words.map((word) => [word, wordPattern(word)] as const)
  const findings: Finding[] = []
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ').trim()
    if (!text || allowed.includes(text)) continue
    for (const [word, pattern] of patterns) {
      if (pattern.test(text))
        findings.push({ word, where, text: text.length > 120 ? `${text.slice(0, 117)}…` : text })
    }
  }
  return findings
}

/** One line per finding, for the failure message. */
export const report = (findings: readonly Finding[]): string =>
  findings.map((finding) => `${finding.where}: „${finding.word}“ in „${finding.text}“`).join('\n')
