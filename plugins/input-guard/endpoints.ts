import type { Endpoint, PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { type Bilingual, joinLanguages } from '../../src/i18n'

/** A JSON 404 in Payload's error shape, without going through the error path (nothing to log). */
export function notFoundResponse(req: PayloadRequest, message: Bilingual): Response {
  return Response.json(
    { errors: [{ message: joinLanguages(message) }] },
    {
      status: 404,
      headers: headersWithCors({ headers: new Headers({ 'Cache-Control': 'no-store' }), req }),
    },
  )
}

/** Answers 404 with `message` on each path and method (custom endpoints win over Payload's). */
export function notFoundEndpoints(paths: string[], message: Bilingual): Endpoint[] {
  return paths.flatMap((path) =>
    (['get', 'post', 'patch', 'delete'] as const).map((method): Endpoint => ({
      path,
      method,
      handler: (req) => notFoundResponse(req, message),
    })),
  )
}
