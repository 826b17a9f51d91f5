import { type Bilingual, bothLanguages } from '../../src/i18n'
import { SEARCH_TYPES, type SearchType } from './sources'

export const MAX_QUERY_LENGTH = 200
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50
export const SEARCH_LOCALES = ['de', 'en'] as const
export type SearchLocale = (typeof SEARCH_LOCALES)[number]

export type SearchParams = { q: string; locale: SearchLocale; types: SearchType[]; limit: number }

/** A refused parameter: the message in German and English, answered as a 400. */
export type ParamError = Bilingual

/** Reads and checks `q`, `locale`, `type` and `limit`; anything odd is a ParamError, never a throw. */
export function parseSearchParams(query: URLSearchParams): SearchParams | ParamError {
  const q = (query.get('q') ?? '').normalize('NFC').trim()
  if (!q) {
    return bothLanguages('searchQueryMissing')
  }
  if ([...q].length > MAX_QUERY_LENGTH) {
    return bothLanguages('searchQueryTooLong', { max: MAX_QUERY_LENGTH })
  }
  if (q.includes('\u0000')) {
    return bothLanguages('searchQueryNul')
  }

  const locale = query.get('locale') ?? 'de'
  if (!(SEARCH_LOCALES as readonly string[]).includes(locale)) {
    return bothLanguages('searchUnknownLocale', { locale: short(locale) })
  }

  const typeParam = query.get('type')
  const types =
    typeParam === null ? [...SEARCH_TYPES] : typeParam.split(',').map((type) => type.trim())
  const unknown = types.filter((type) => !(SEARCH_TYPES as readonly string[]).includes(type))
  if (unknown.length || !types.length) {
    return bothLanguages('searchUnknownType', {
      type: short(unknown.join(',')),
      types: SEARCH_TYPES.join(', '),
    })
  }

  const limitParam = query.get('limit')
  const limit = limitParam === null ? DEFAULT_LIMIT : Number(limitParam)
  if (
    !/^\d+$/.test(limitParam ?? String(DEFAULT_LIMIT)) ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_LIMIT
  ) {
    return bothLanguages('searchBadLimit', { max: MAX_LIMIT })
  }

  return { q, locale: locale as SearchLocale, types: [...new Set(types)] as SearchType[], limit }
}

/** Echoes at most 40 characters of a refused value. */
function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}
