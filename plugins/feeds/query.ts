import type { PayloadRequest, TypedLocale } from 'payload'

import { headersWithCors } from 'payload'

import { type Bilingual, bothLanguages, joinLanguages } from '../../src/i18n'

export type FeedQuery = { locale: TypedLocale; tag: string | null }

type Refusal = Bilingual

/** Parses `?locale=` and `?tag=`; a refusal names what to send instead. */
export function parseFeedQuery(req: PayloadRequest, maxTagLength: number): FeedQuery | Refusal {
  const locales = (req.payload.config.localization || undefined)?.localeCodes ?? ['de']
  // Payload's qs parsing: a repeated or bracketed parameter arrives as an array or object.
  const { locale: rawLocale, tag: rawTag } = (req.query ?? {}) as Record<string, unknown>
  if (
    (rawLocale !== undefined && typeof rawLocale !== 'string') ||
    (rawTag !== undefined && typeof rawTag !== 'string')
  ) {
    return bothLanguages('feedParamsOnce')
  }
  const locale = rawLocale || 'de'
  if (!locales.includes(locale)) {
    return bothLanguages('feedUnknownLocale', {
      locale: shorten(locale),
      locales: locales.join(', '),
    })
  }
  const tag = rawTag?.trim() ?? ''
  if (tag.length > maxTagLength) {
    return bothLanguages('feedTagTooLong', { max: maxTagLength })
  }
  if (/[\u0000-\u001f\u007f]/.test(tag)) {
    return bothLanguages('feedTagControl')
  }
  return { locale: locale as TypedLocale, tag: tag || null }
}

export const isRefusal = (value: FeedQuery | Refusal): value is Refusal => 'de' in value

const shorten = (value: string): string =>
  (value.length > 20 ? `${value.slice(0, 20)}…` : value).replace(/[\u0000-\u001f\u007f]/g, '�')

/** A 400 in Payload's error shape: the reader's mistake, answered without logging an error. */
export function refusalResponse(req: PayloadRequest, refusal: Refusal): Response {
  return Response.json(
    { errors: [{ message: joinLanguages(refusal) }] },
    {
      status: 400,
      headers: headersWithCors({ headers: new Headers({ 'Cache-Control': 'no-store' }), req }),
    },
  )
}
