import { SEARCH_TYPES, type SearchType } from './sources'

export const MAX_QUERY_LENGTH = 200
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50
export const SEARCH_LOCALES = ['de', 'en'] as const
export type SearchLocale = (typeof SEARCH_LOCALES)[number]

export type SearchParams = { q: string; locale: SearchLocale; types: SearchType[]; limit: number }

/** A refused parameter: the message in German and English, answered as a 400. */
export type ParamError = { de: string; en: string }

/** Reads and checks `q`, `locale`, `type` and `limit`; anything odd is a ParamError, never a throw. */
export function parseSearchParams(query: URLSearchParams): SearchParams | ParamError {
  const q = (query.get('q') ?? '').normalize('NFC').trim()
  if (!q) {
    return {
      de: 'Bitte einen Suchbegriff im Parameter „q“ angeben.',
      en: 'Please give a search term in the "q" parameter.',
    }
  }
  if ([...q].length > MAX_QUERY_LENGTH) {
    return {
      de: `Der Suchbegriff ist zu lang (höchstens ${MAX_QUERY_LENGTH} Zeichen).`,
      en: `The search term is too long (at most ${MAX_QUERY_LENGTH} characters).`,
    }
  }
  if (q.includes('\u0000')) {
    return {
      de: 'Der Suchbegriff enthält ein NUL-Zeichen.',
      en: 'The search term contains a NUL character.',
    }
  }

  const locale = query.get('locale') ?? 'de'
  if (!(SEARCH_LOCALES as readonly string[]).includes(locale)) {
    return {
      de: `Unbekannte Sprache „${short(locale)}“: erlaubt sind de und en.`,
      en: `Unknown locale "${short(locale)}": use de or en.`,
    }
  }

  const typeParam = query.get('type')
  const types =
    typeParam === null ? [...SEARCH_TYPES] : typeParam.split(',').map((type) => type.trim())
  const unknown = types.filter((type) => !(SEARCH_TYPES as readonly string[]).includes(type))
  if (unknown.length || !types.length) {
    return {
      de: `Unbekannter Typ „${short(unknown.join(','))}“: erlaubt sind ${SEARCH_TYPES.join(', ')}.`,
      en: `Unknown type "${short(unknown.join(','))}": use ${SEARCH_TYPES.join(', ')}.`,
    }
  }

  const limitParam = query.get('limit')
  const limit = limitParam === null ? DEFAULT_LIMIT : Number(limitParam)
  if (
    !/^\d+$/.test(limitParam ?? String(DEFAULT_LIMIT)) ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_LIMIT
  ) {
    return {
      de: `„limit“ muss eine ganze Zahl von 1 bis ${MAX_LIMIT} sein.`,
      en: `"limit" must be a whole number from 1 to ${MAX_LIMIT}.`,
    }
  }

  return { q, locale: locale as SearchLocale, types: [...new Set(types)] as SearchType[], limit }
}

/** Echoes at most 40 characters of a refused value. */
function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}
