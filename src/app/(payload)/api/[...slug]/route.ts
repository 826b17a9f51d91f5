import config from '@payload-config'

import { guardedRoutes } from '../../../../lib/http/routes'

// Payload's REST handlers behind the request guard (src/lib/http/guard.ts): bad encodings,
// oversized or malformed bodies get a 4xx before Payload parses anything.
const routes = guardedRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
