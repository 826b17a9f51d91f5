import type { PayloadRequest, TypedLocale } from 'payload'

import { headersWithCors } from 'payload'

export type FeedQuery = { locale: TypedLocale; tag: string | null }

type Refusal = { de: string; en: string }

/** Parses `?locale=` and `?tag=`; a refusal names what to send instead. */
export function parseFeedQuery(req: PayloadRequest, maxTagLength: number): FeedQuery | Refusal {
  const locales = (req.payload.config.localization || undefined)?.localeCodes ?? ['de']
  // Payload's qs parsing: a repeated or bracketed parameter arrives as an array or object.
  const { locale: rawLocale, tag: rawTag } = (req.query ?? {}) as Record<string, unknown>
  if (
    (rawLocale !== undefined && typeof rawLocale !== 'string') ||
    (rawTag !== undefined && typeof rawTag !== 'string')
  ) {
    return {
      de: 'Bitte „locale“ und „tag“ höchstens einmal und als Text angeben.',
      en: 'Please give "locale" and "tag" at most once, as text.',
    }
  }
  const locale = rawLocale || 'de'
  if (!locales.includes(locale)) {
    return {
      de: `Unbekannte Sprache „${shorten(locale)}“: erlaubt sind ${locales.join(', ')}.`,
      en: `Unknown locale "${shorten(locale)}": use one of ${locales.join(', ')}.`,
    }
  }
  const tag = rawTag?.trim() ?? ''
  if (tag.length > maxTagLength) {
    return {
      de: `Das Schlagwort ist zu lang (höchstens ${maxTagLength} Zeichen).`,
      en: `The tag is too long (at most ${maxTagLength} characters).`,
    }
  }
  if (/[\u0000-\u001f\u007f]/.test(tag)) {
    return {
      de: 'Das Schlagwort enthält Steuerzeichen.',
      en: 'The tag contains control characters.',
    }
  }
  return { locale: locale as TypedLocale, tag: tag || null }
}

export const isRefusal = (value: FeedQuery | Refusal): value is Refusal => 'de' in value

const shorten = (value: string): string =>
  (value.length > 20 ? `${value.slice(0, 20)}…` : value).replace(/[\u0000-\u001f\u007f]/g, '�')

/** A 400 in Payload's error shape: the reader's mistake, answered without logging an error. */
export function refusalResponse(req: PayloadRequest, { de, en }: Refusal): Response {
  return Response.json(
    { errors: [{ message: `${de} / ${en}` }] },
    {
      status: 400,
      headers: headersWithCors({ headers: new Headers({ 'Cache-Control': 'no-store' }), req }),
    },
  )
}
