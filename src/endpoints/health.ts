import type { Endpoint } from 'payload'

import { databasePool, isDatabaseUnavailable } from '../lib/database/resilience'

/** Load balancers and `npm run dev` ask here whether the CMS can serve, database included. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const pool = databasePool(req.payload)
    try {
      if (!pool) throw new Error('no database pool')
      await pool.query('select 1')
      return Response.json(
        { status: 'ok', database: 'up' },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      if (!isDatabaseUnavailable(error))
        req.payload.logger.error({ err: error }, 'Health check failed')
      return Response.json(
        { status: 'unavailable', database: 'down' },
        { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } },
      )
    }
  },
}
