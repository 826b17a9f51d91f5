import type { Config, Endpoint, PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { isStaff } from '../../src/access/predicates'
import { inBothLanguages, joinLanguages } from '../../src/i18n'
import { withCustomList } from '../../src/lib/config/customLists'
import { databasePool, isDatabaseUnavailable } from '../../src/lib/database/resilience'
import { parseSearchParams } from './params'
import { runSearch } from './run'

export const SEARCH_PATH = '/search'

function json(req: PayloadRequest, body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })
}

/**
 * `GET /api/search?q=…&locale=de|en&type=press-releases,members,projects,events&limit=…`:
 * full-text search over what the reader may see (anonymous: the public; staff: everything,
 * drafts included). A bad parameter is a 400 in German and English, not logged as an error.
 */
export const searchEndpoint: Endpoint = {
  path: SEARCH_PATH,
  method: 'get',
  handler: async (req) => {
    const params = parseSearchParams(req.searchParams)
    if ('de' in params) return json(req, { errors: [{ message: joinLanguages(params) }] }, 400)
    const pool = databasePool(req.payload)
    try {
      if (!pool) throw new Error('no database pool')
      const result = await runSearch(pool, params, isStaff({ req }) ? 'staff' : 'public')
      return json(req, {
        docs: result.docs,
        q: params.q,
        locale: params.locale,
        types: params.types,
        limit: params.limit,
        match: result.match,
      })
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error
      return json(
        req,
        {
          errors: [{ message: inBothLanguages('searchDatabaseUnavailable') }],
        },
        503,
      )
    }
  },
}

/**
 * The search plugin: the endpoint, listed as a public read so anonymous answers go through the
 * response cache. The schema (search vectors, GIN and trigram indexes) is added by `searchSchema`
 * in the database adapter's `afterSchemaInit`, which a plugin cannot reach.
 */
export const search =
  () =>
  (config: Config): Config => {
    return {
      ...config,
      endpoints: [...(config.endpoints ?? []), searchEndpoint],
      custom: withCustomList(config.custom, 'publicReadEndpoints', [SEARCH_PATH]),
    }
  }
