/**
 * User story: "As the operator, I still see a real GraphQL server error at ERROR" — the other half
 * of src/lib/logging.ts, provoked honestly: a resolver whose query hits the statement timeout
 * (another session holds a lock on the table) answers a 5xx, and that stays at ERROR, while a
 * GraphQL 404 on the same server is logged at INFO.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isErrorEntry, recordLog } from '../foundation/bad-input/log'
import { bootPayload, type TestContext } from '../helpers/payload'

// Read when the config module is imported (inside bootPayload): a short statement timeout.
process.env.DB_STATEMENT_TIMEOUT_MS = '800'

let ctx: TestContext

beforeAll(async () => {
  ctx = await bootPayload()
})

afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('GraphQL errors in the log', () => {
  it('a resolver stuck on a locked table answers a 5xx logged at ERROR; a 404 is logged at INFO', async () => {
    const log = recordLog(ctx.payload)
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await locker.connect()
    try {
      const notFound = await ctx.api.graphql('{ Venue(id: 987654) { id } }')
      expect(notFound.body.errors?.[0]?.extensions?.statusCode).toBe(404)
      expect(log.entries().filter(isErrorEntry)).toEqual([])

      await locker.query('BEGIN')
      await locker.query('LOCK TABLE venues IN ACCESS EXCLUSIVE MODE')
      const stuck = await ctx.api.graphql('{ Venues { docs { id } } }')
      await locker.query('ROLLBACK')
      expect(stuck.body.errors?.[0]?.extensions?.statusCode).toBeGreaterThanOrEqual(500)
      const errors = log.entries().filter(isErrorEntry)
      expect(errors).toHaveLength(1)
      expect(errors[0]!.err?.type).toBe('GraphQLError')
    } finally {
      log.restore()
      await locker.end()
    }
  })
})
