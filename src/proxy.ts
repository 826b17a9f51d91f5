import { BAD_ENCODING_MESSAGE, hasBadEncoding } from './lib/http/encoding'

/**
 * Next decodes the path into route params before any route handler runs and answers an invalid
 * percent-encoding (`/api/x/%FF`) with an empty 500; the proxy runs before that and refuses such
 * paths with a 400 (the same message as the request guard in src/lib/http/guard.ts).
 */
export function proxy(request: Request): Response | undefined {
  if (!hasBadEncoding(request.url)) return undefined
  return Response.json({ errors: [{ message: BAD_ENCODING_MESSAGE }] }, { status: 400 })
}

export const config = {
  // Only paths holding a `%`: Next copies the body of every request a proxy handles and cuts it at
  // 10 MB, which would break photo uploads; their paths never carry a `%`.
  matcher: ['/:path(.*%.*)'],
}
