/**
 * The detector of the German-strings browser test (tests/e2e/wrongLanguage.ts) on its own: it must
 * flag a deliberately added English label in a German admin and a German one in an English admin,
 * and leave real German (or English) alone — otherwise the browser test could not fail.
 */
import { describe, expect, it } from 'vitest'

import { de, en } from '../../src/i18n/translations'
import { ENGLISH_WORDS, foreignWords, GERMAN_WORDS } from './wrongLanguage'

const germanPage = [
  'Pressemitteilungen',
  'Neu erstellen',
  'Pressekontakt hinzufügen',
  'Sperrfrist bis 26.11., 19:00',
  'ja',
  'nein',
  'Speichern',
]

describe('the wrong-language detector', () => {
  it('passes a German page and flags a deliberately added English label', () => {
    expect(foreignWords('/admin/collections/press-releases', germanPage, ENGLISH_WORDS)).toEqual([])
    const withSlip = [...germanPage, 'Add Press Contact', 'true']
    const findings = foreignWords('/admin/collections/press-releases', withSlip, ENGLISH_WORDS)
    expect(findings.map((finding) => finding.word).sort()).toEqual(['Add', 'Press Contact', 'true'])
    expect(findings[0]!.where).toBe('/admin/collections/press-releases')
  })

  it('matches whole words only, in any script', () => {
    expect(
      foreignWords(
        'x',
        ['Address', 'Saved', 'Zurückgegeben', 'Verein­sname'],
        ['Add', 'Save', 'Zur', 'ja'],
      ),
    ).toEqual([])
    expect(
      foreignWords('x', ['Social Link hinzufügen'], ['hinzufügen', 'Social Link']).length,
    ).toBe(2)
  })

  it('flags German left in an English admin, and skips texts the test itself typed', () => {
    const englishPage = [
      'Press releases',
      'Create New',
      'Embargo until 26.11., 19:00',
      'Sperrfrist bis 26.11., 19:00',
    ]
    expect(foreignWords('list', englishPage, GERMAN_WORDS).map((finding) => finding.word)).toEqual([
      'Sperrfrist',
    ])
    expect(foreignWords('list', ['Titel Test'], GERMAN_WORDS, ['Titel Test'])).toEqual([])
  })

  it('our translation table passes its own check (German words only in German, English only in English)', () => {
    // A value quoted as it is sent („true“, a field name) is not a word of either language.
    const german = Object.values(de).map((text) =>
      text.replace(/\{\{\w+\}\}/g, '').replace(/„[^“]*“/g, ''),
    )
    const english = Object.values(en).map((text) => text.replace(/\{\{\w+\}\}/g, ''))
    expect(
      foreignWords(
        'de',
        german,
        ENGLISH_WORDS.filter((word) => word !== 'Embargo'),
      ),
    ).toEqual([])
    expect(foreignWords('en', english, GERMAN_WORDS)).toEqual([])
  })
})
