/**
 * What the search asks PostgreSQL for, from what a reader typed: every spelling of a word, never
 * an operator from the input, and a half-typed word as a prefix that also names the common words
 * it stands for (so the planner knows how often it matches).
 */
import { describe, expect, it } from 'vitest'

import { expansionsOf } from '../../../plugins/search/commonWords'
import { buildTsQuery, trigramQuery } from '../../../plugins/search/tsquery'

describe('buildTsQuery', () => {
  it('asks for a word as typed, folded and with ae/oe/ue as plain vowels; the last word also as a prefix', () => {
    expect(buildTsQuery('Maerz Straße')).toBe(
      "('maerz' | 'marz') & ('straße' | 'straße':* | 'strasse' | 'strasse':*)",
    )
  })

  it('a hyphenated word asks for its parts or the parts written together', () => {
    expect(buildTsQuery('Kreativ-Wirtschaft')).toBe(
      "((('kreativ' | 'kreativ':*) & ('wirtschaft' | 'wirtschaft':*)) | ('kreativwirtschaft' | 'kreativwirtschaft':*))",
    )
  })

  it('never passes an operator or quote from the input; nothing searchable is null', () => {
    expect(buildTsQuery("a'b & !c:* | (d)")).toBe(
      "((('a') & ('b')) | ('ab')) & ('c') & ('d' | 'd':*)",
    )
    expect(buildTsQuery("'&|!:*()<>")).toBeNull()
    expect(buildTsQuery('😀')).toBeNull()
  })

  it('the prefix also names the common words it stands for', () => {
    const common = ['kreativ', 'kreativwirtschaft', 'design', 'krea']
    expect(buildTsQuery('Krea', (prefixes) => expansionsOf(prefixes, common))).toBe(
      "('krea' | 'krea':* | 'kreativ' | 'kreativwirtschaft')",
    )
  })

  it('the trigram fallback gets folded words', () => {
    expect(trigramQuery('Größe, Café!')).toBe('grosse cafe')
  })
})
