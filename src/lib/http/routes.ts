import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardRoute } from './guard'

type ConfigArg = Promise<SanitizedConfig> | SanitizedConfig
type RestArgs = [args: { params: Promise<{ slug: string[] }> }]

/**
 * Payload's REST and GraphQL route handlers behind the request guard. The app routes and the
 * tests' ApiClient both build their handlers here, so tests exercise exactly what is served.
 */
export function guardedRoutes(configArg: ConfigArg) {
  const config = Promise.resolve(configArg)
  const rest = (handler: (request: Request, ...args: RestArgs) => Promise<Response>) =>
    guardRoute(config, 'rest', handler)
  return {
    GET: rest(REST_GET(config)),
    POST: rest(REST_POST(config)),
    PATCH: rest(REST_PATCH(config)),
    PUT: rest(REST_PUT(config)),
    DELETE: rest(REST_DELETE(config)),
    OPTIONS: rest(REST_OPTIONS(config)),
    GRAPHQL_POST: guardRoute(config, 'graphql', GRAPHQL_POST(config)),
    GRAPHQL_OPTIONS: rest(REST_OPTIONS(config)),
  }
}
