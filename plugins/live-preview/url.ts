import type { PayloadRequest } from 'payload'

import { allowedOrigins } from '../../src/lib/env'

/**
 * The origin the editor's browser uses, when it is one we trust (CSRF list), else `serverURL`.
 * The iframe must be same-origin with the admin: the login cookie only travels there, and the
 * admin accepts the preview's "ready" message only from the origin of the URL it loaded.
 */
export function adminOrigin(req: PayloadRequest): string {
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host')
  const protocol =
    req.headers.get('x-forwarded-proto') ??
    new URL(req.payload.config.serverURL || 'http://localhost').protocol.replace(':', '')
  const candidate = host ? `${protocol}://${host}` : undefined
  if (candidate && allowedOrigins().includes(candidate)) return candidate
  return req.payload.config.serverURL
}

export function previewURL(
  req: PayloadRequest,
  path: string,
  collection: string,
  id: number | string,
  locale?: string,
): string {
  const query = locale ? `?locale=${encodeURIComponent(locale)}` : ''
  return `${adminOrigin(req)}${req.payload.config.routes.api}${path}/${collection}/${encodeURIComponent(String(id))}${query}`
}
