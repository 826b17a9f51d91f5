import type { PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { type Bilingual, bothLanguages, joinLanguages } from '../../src/i18n'
import { SCHEMA_CONTEXT, type WithContext } from './schema'

export const JSON_LD_TYPE = 'application/ld+json; charset=utf-8'

/** The sentences are in the translation table (src/i18n, keys `jsonLd…`). */
export const messages = {
  notFound: (): Bilingual => bothLanguages('jsonLdNotFound'),
  badID: (): Bilingual => bothLanguages('jsonLdBadID'),
  badSlug: (): Bilingual => bothLanguages('jsonLdBadSlug'),
  badLocale: (codes: string[]): Bilingual =>
    bothLanguages('jsonLdBadLocale', { codes: codes.join(', ') }),
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
    { errors: [{ message: joinLanguages(message) }] },
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
