import { t as payloadT } from '@payloadcms/translations'
import { describe, expect, it } from 'vitest'

import { bothLanguages, inBothLanguages, inLanguage, NAMESPACE, translations } from '../../src/i18n'
import { de, en, type MessageKey } from '../../src/i18n/translations'
import { rejections } from '../../src/lib/http/reject'

/**
 * The one table of our own words (src/i18n/translations.ts) and the answers in both languages for
 * API clients: the same `{{name}}` syntax as Payload's `t`, German first.
 */
const keys = Object.keys(de) as MessageKey[]
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(.*?)\}\}/g)].map((match) => match[1]!.trim()).sort()

describe('translation table', () => {
  it('every English entry fills the same placeholders as its German one', () => {
    const differing = keys.filter(
      (key) => placeholders(de[key]).join() !== placeholders(en[key]).join(),
    )
    expect(differing).toEqual([])
  })

  it('no entry is empty', () => {
    expect(keys.filter((key) => !de[key].trim() || !en[key].trim())).toEqual([])
  })
})

describe('inBothLanguages', () => {
  it('renders "Deutsch / English" with the values filled in', () => {
    expect(inBothLanguages('inputWhereTooLarge', { max: 7 })).toBe(
      'Die Abfrage hat zu viele Bedingungen (höchstens 7). / The query has too many conditions (at most 7).',
    )
  })

  it('takes a `{ de, en }` value in the language of each half', () => {
    expect(
      bothLanguages('inputBadValue', {
        path: 'kind',
        value: 'x',
        expected: bothLanguages('expectedOneOf', { values: 'a, b' }),
      }),
    ).toEqual({
      de: 'Der Wert „x“ für „kind“ ist ungültig: erwartet einer von: a, b.',
      en: 'The value "x" for "kind" is invalid: expected one of: a, b.',
    })
  })

  it("fills like Payload's `t`: a missing value keeps its placeholder, a value is not read again", () => {
    const vars = { name: '{{path}}', path: undefined }
    for (const language of ['de', 'en'] as const) {
      const payloadText = payloadT({
        key: `${NAMESPACE}:inputUnknownField`,
        translations: translations[language] as never,
        vars,
      })
      expect(inLanguage(language, 'inputUnknownField', vars)).toBe(payloadText)
    }
    expect(inLanguage('en', 'inputUnknownField', vars)).toBe(
      '"{{path}}" names an unknown field: {{path}}.',
    )
  })

  it('joins a list with the word of each language ("oder" / "or")', () => {
    expect(rejections.unsupportedType(['application/json', 'multipart/form-data']).message).toBe(
      'Dieser Inhaltstyp wird hier nicht angenommen. Bitte mit Content-Type application/json oder multipart/form-data senden. / ' +
        'This content type is not accepted here. Please send it with Content-Type application/json or multipart/form-data.',
    )
  })
})
