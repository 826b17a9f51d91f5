import type { FlattenedField, PayloadRequest } from 'payload'

import { expected, InputRefused, messages } from './errors'
import { resolvePath } from './fields'

/** Pages beyond this are refused: the offset would overflow long before any real list got there. */
export const MAX_PAGE = 100_000
export const MAX_LIMIT = 100_000

const BOOLEAN_PARAMS = [
  'draft',
  'autosave',
  'pagination',
  'trash',
  'overrideLock',
  'flattenLocales',
]
const WHOLE_NUMBER_PARAMS: Record<string, { min: number; max: number }> = {
  page: { min: 1, max: MAX_PAGE },
  limit: { min: 0, max: MAX_LIMIT },
  // Payload clamps depth to `maxDepth` (its documented behaviour); only nonsense is refused.
  depth: { min: 0, max: 100 },
}

const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)

/**
 * The REST query string as the sender wrote it. Payload turns `page=abc`, `limit=-1` or
 * `draft=maybe` silently into defaults; a sender who made a typo should learn of it.
 */
export function checkRawQuery(req: PayloadRequest): void {
  // `req.query` is rewritten in place by Payload's parser (`draft=maybe` becomes undefined);
  // the URL's own search parameters keep what was sent.
  const query: Record<string, unknown> = {}
  req.searchParams?.forEach((value, key) => {
    if (!(key in query)) query[key] = value
  })
  for (const name of BOOLEAN_PARAMS) {
    if (!(name in query)) continue
    const value = firstValue(query[name])
    if (typeof value === 'boolean' || value === 'true' || value === 'false' || value === undefined)
      continue
    throw new InputRefused(messages.badParameter(name, value, expected.boolean))
  }
  for (const [name, range] of Object.entries(WHOLE_NUMBER_PARAMS)) {
    if (!(name in query)) continue
    checkWholeNumber(name, firstValue(query[name]), range)
  }
  const localization = req.payload.config.localization
  if (localization) {
    const codes = localization.localeCodes
    const locale = firstValue(query.locale)
    if (
      locale !== undefined &&
      locale !== 'all' &&
      locale !== '*' &&
      !codes.includes(String(locale))
    ) {
      throw new InputRefused(
        messages.badParameter('locale', locale, expected.oneOf([...codes, 'all'])),
      )
    }
    for (const name of ['fallback-locale', 'fallbackLocale']) {
      const fallback = firstValue(query[name])
      if (
        fallback === undefined ||
        ['', 'none', 'null', 'false'].includes(String(fallback)) ||
        codes.includes(String(fallback))
      )
        continue
      throw new InputRefused(
        messages.badParameter(name, fallback, expected.oneOf([...codes, 'none'])),
      )
    }
  }
}

function checkWholeNumber(name: string, value: unknown, range: { min: number; max: number }): void {
  if (value === undefined) return
  const text = typeof value === 'number' ? String(value) : value
  const ok =
    typeof text === 'string' &&
    /^\d{1,9}$/.test(text) &&
    Number(text) >= range.min &&
    Number(text) <= range.max
  if (!ok) {
    const wanted = range.min === 1 ? expected.positiveInteger : expected.nonNegativeInteger
    throw new InputRefused(messages.badParameter(name, value, wanted))
  }
}

/** The same rules for the parsed arguments (GraphQL and nested calls pass numbers directly). */
export function checkPagingArgs(args: { page?: unknown; limit?: unknown }): void {
  if (args.page !== undefined && args.page !== null)
    checkWholeNumber('page', args.page, WHOLE_NUMBER_PARAMS.page!)
  if (args.limit !== undefined && args.limit !== null)
    checkWholeNumber('limit', args.limit, WHOLE_NUMBER_PARAMS.limit!)
}

type Scope = { req: PayloadRequest; fields: FlattenedField[]; slug: string }

/** `sort=unknownField` is silently ignored by Payload: the sender gets an unsorted list and no hint. */
export function checkSort(sort: unknown, { req, fields, slug }: Scope): void {
  if (sort === undefined || sort === null || sort === '') return
  const entries = (Array.isArray(sort) ? sort : String(sort).split(',')).map((entry) =>
    String(entry).trim(),
  )
  for (const entry of entries) {
    const path = entry.replace(/^[-+]/, '')
    if (!path) continue
    checkPath('sort', path, { req, fields, slug })
  }
}

/** A parameter that names a field (`sort`, distinct's `field`) must name one that exists. */
export function checkPath(name: string, path: string, { req, fields, slug }: Scope): void {
  if (!resolvePath(fields, path, req.payload.config, slug))
    throw new InputRefused(messages.unknownField(name, path))
}

/** `select[unknown]=true` returns documents with nothing but their id. */
export function checkSelect(select: unknown, { req, fields, slug }: Scope): void {
  if (!select || typeof select !== 'object') return
  for (const key of Object.keys(select)) {
    if (!resolvePath(fields, key, req.payload.config, slug))
      throw new InputRefused(messages.unknownField('select', key))
  }
}

/** `populate` is keyed by collection slug. */
export function checkPopulate(populate: unknown, req: PayloadRequest): void {
  if (!populate || typeof populate !== 'object') return
  for (const key of Object.keys(populate)) {
    if (!req.payload.collections[key as keyof typeof req.payload.collections]) {
      throw new InputRefused(
        messages.badParameter(
          'populate',
          key,
          expected.oneOf(Object.keys(req.payload.collections)),
        ),
      )
    }
  }
}
