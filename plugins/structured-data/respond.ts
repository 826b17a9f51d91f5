import type { PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { SCHEMA_CONTEXT, type WithContext } from './schema'

export const JSON_LD_TYPE = 'application/ld+json; charset=utf-8'

type Bilingual = { de: string; en: string }

export const messages = {
  notFound: (): Bilingual => ({
    de: 'Nicht gefunden: Dieses Dokument gibt es nicht oder es ist (noch) nicht öffentlich.',
    en: 'Not found: this document does not exist or is not public (yet).',
  }),
  badID: (): Bilingual => ({
    de: 'Nicht gefunden: IDs sind ganze Zahlen, z. B. /api/press-releases/12/jsonld.',
    en: 'Not found: IDs are whole numbers, e.g. /api/press-releases/12/jsonld.',
  }),
  badSlug: (): Bilingual => ({
    de: 'Nicht gefunden: Ein Slug besteht aus Kleinbuchstaben, Ziffern und Bindestrichen.',
    en: 'Not found: a slug consists of lower-case letters, digits and hyphens.',
  }),
  badLocale: (codes: string[]): Bilingual => ({
    de: `Unbekannte Sprache im Parameter „locale“: erlaubt sind ${codes.join(', ')}.`,
    en: `Unknown language in the parameter "locale": allowed are ${codes.join(', ')}.`,
  }),
}

/**
 * An error in Payload's shape, answered directly (not thrown): a wrong id or an invisible document
 * is the client's business, not worth a log line, and never cached (the guard stores 200s only).
 */
export function errorResponse(
  req: PayloadRequest,
  status: 400 | 404,
  message: Bilingual,
): Response {
  return Response.json(
    { errors: [{ message: `${message.de} / ${message.en}` }] },
    {
      status,
      headers: headersWithCors({ headers: new Headers({ 'Cache-Control': 'no-store' }), req }),
    },
  )
}

/** The JSON-LD document; the request guard adds ETag and Cache-Control (public or private). */
export function jsonLdResponse<T extends object>(req: PayloadRequest, node: T): Response {
  const document: WithContext<T> = { '@context': SCHEMA_CONTEXT, ...node }
  return new Response(JSON.stringify(document), {
    status: 200,
    headers: headersWithCors({
      headers: new Headers({ 'Content-Type': JSON_LD_TYPE, 'X-Content-Type-Options': 'nosniff' }),
      req,
    }),
  })
}
