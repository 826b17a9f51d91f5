import config from '@payload-config'

import { guardedRoutes } from '../../../../lib/http/routes'

// Payload's GraphQL handler behind the request guard (src/lib/http/guard.ts): malformed JSON, a
// missing query or bad variables get a 400 with a message instead of an empty 500.
const routes = guardedRoutes(config)

export const POST = routes.GRAPHQL_POST
export const OPTIONS = routes.GRAPHQL_OPTIONS
