/**
 * Rate limits through the real route handlers, counted in PostgreSQL so that every instance shares
 * them: reads, search, login and password reset answer 429 with Retry-After past their limit, the
 * client address comes from X-Forwarded-For only through trusted proxies, staff reads are free.
 */
import pg from 'pg'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { databasePool } from '../../src/lib/database/resilience'
import { limitFor } from '../../src/lib/rateLimits/limits'
import {
  clearRateLimits,
  consume,
  RATE_LIMIT_SCHEMA,
  RATE_LIMIT_TABLE,
} from '../../src/lib/rateLimits/store'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let editor: TestUser
const LIMIT_ENV = [
  'RATE_LIMIT_READS',
  'RATE_LIMIT_SEARCH',
  'RATE_LIMIT_LOGINS',
  'RATE_LIMIT_PASSWORD_RESETS',
  'TRUSTED_PROXIES',
]

beforeAll(async () => {
  ctx = await bootPayload()
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  process.env.RATE_LIMITS = 'on'
})

afterAll(() => {
  process.env.RATE_LIMITS = 'off'
})

beforeEach(async () => {
  await clearRateLimits(databasePool(ctx.payload))
})

afterEach(() => {
  for (const name of LIMIT_ENV) delete process.env[name]
})

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } })
const statuses = async (count: number, send: () => Promise<{ status: number }>) => {
  const seen: number[] = []
  for (let index = 0; index < count; index++) seen.push((await send()).status)
  return seen
}

describe('shared counters', () => {
  it('two instances (two pools on the same database) count 400 parallel attempts against one limit of 50', async () => {
    const pools = [
      new pg.Pool({ connectionString: process.env.DATABASE_URI }),
      new pg.Pool({ connectionString: process.env.DATABASE_URI }),
    ]
    try {
      process.env.RATE_LIMIT_READS = '50/60'
      const limit = limitFor('reads')
      const warnings: string[] = []
      const decisions = await Promise.all(
        Array.from({ length: 400 }, (_, index) =>
          consume(pools[index % 2], limit, 'shared-client', (message) => warnings.push(message)),
        ),
      )
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(50)
      expect(warnings).toEqual([])
      // The same key, asked on either pool, is refused now.
      for (const pool of pools)
        expect((await consume(pool, limit, 'shared-client', () => {})).allowed).toBe(false)
    } finally {
      await Promise.all(pools.map((pool) => pool.end()))
    }
  })

  it('an unreachable database does not open the limits: the instance counts on its own and warns', async () => {
    const dead = new pg.Pool({
      connectionString: 'postgres://postgres@127.0.0.1:1/none',
      connectionTimeoutMillis: 300,
    })
    try {
      process.env.RATE_LIMIT_LOGINS = '2/60'
      const warnings: string[] = []
      const started = Date.now()
      const decisions = await statuses(3, async () => ({
        status: (
          await consume(dead, limitFor('logins'), 'client|someone@example.org', (message) =>
            warnings.push(message),
          )
        ).allowed
          ? 200
          : 429,
      }))
      expect(decisions).toEqual([200, 200, 429])
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/nicht erreichbar.*unreachable/)
      // One failed attempt, then the store is left alone for a while: no waiting per request.
      expect(Date.now() - started).toBeLessThan(2_000)
    } finally {
      await dead.end()
    }
  })

  it('the table holds neither IP nor e-mail addresses (keys are hashed)', async () => {
    await ctx.api.post('/users/login', {
      body: { email: 'hash-check@example.org', password: 'wrong' },
      ...from('198.51.100.77'),
    })
    const { rows } = await databasePool(ctx.payload)!.query(
      `SELECT key FROM "${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}"`,
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(JSON.stringify(rows)).not.toMatch(/hash-check|198\.51\.100\.77/)
  })
})

describe('anonymous reads', () => {
  it('past the limit a client gets 429 with Retry-After in German and English; after it, reads work again', async () => {
    process.env.RATE_LIMIT_READS = '3/2'
    const read = () => ctx.api.get('/press-releases', from('198.51.100.10'))
    expect(await statuses(3, read)).toEqual([200, 200, 200])
    const refused = await read()
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(2)
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expect(refused.body.errors[0].message).toMatch(/^Zu viele Anfragen.* \/ Too many requests/)
    // Another client is not affected; GraphQL counts as a read too.
    expect((await ctx.api.get('/press-releases', from('198.51.100.11'))).status).toBe(200)
    expect(
      (await ctx.api.graphql('{ PressReleases { totalDocs } }', undefined, from('198.51.100.10')))
        .status,
    ).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100))
    expect((await read()).status).toBe(200)
  })

  it('logged-in staff are not limited; a made-up token is', async () => {
    process.env.RATE_LIMIT_READS = '2/60'
    const staff = () =>
      ctx.api.get('/press-releases', { token: editor.token, ...from('198.51.100.20') })
    expect(await statuses(5, staff)).toEqual([200, 200, 200, 200, 200])
    const bogus = () =>
      ctx.api.get('/press-releases', { token: 'not-a-token', ...from('198.51.100.21') })
    expect((await statuses(3, bogus)).at(-1)).toBe(429)
  })

  it("X-Forwarded-For is followed through trusted proxies only; an untrusted hop's chain is not believed", async () => {
    process.env.RATE_LIMIT_READS = '2/60'
    process.env.TRUSTED_PROXIES = '10.0.0.0/8'
    // Behind the trusted proxy 10.0.0.5 two clients are told apart …
    const viaTrusted = (client: string) => () =>
      ctx.api.get('/press-releases', from(`${client}, 10.0.0.5`))
    expect(await statuses(2, viaTrusted('198.51.100.31'))).toEqual([200, 200])
    expect(await statuses(2, viaTrusted('198.51.100.32'))).toEqual([200, 200])
    expect((await viaTrusted('198.51.100.31')()).status).toBe(429)
    // … but behind an untrusted hop, whatever stands before it is the client's own word: one bucket.
    const viaUntrusted = (claimed: string) => () =>
      ctx.api.get('/press-releases', from(`${claimed}, 203.0.113.40`))
    expect(await statuses(1, viaUntrusted('198.51.100.41'))).toEqual([200])
    expect(await statuses(1, viaUntrusted('198.51.100.42'))).toEqual([200])
    expect((await viaUntrusted('198.51.100.43')()).status).toBe(429)
  })
})

describe('search, login, password reset', () => {
  it('search has its own, lower limit', async () => {
    process.env.RATE_LIMIT_SEARCH = '2/60'
    const search = () => ctx.api.get('/search', { query: { q: 'ruhr' }, ...from('198.51.100.50') })
    const seen = await statuses(3, search)
    expect(seen.slice(0, 2)).not.toContain(429)
    expect(seen[2]).toBe(429)
    expect((await search()).body.errors[0].message).toMatch(/Suchanfragen.*searches/)
    // Other reads of that client still have their own allowance.
    expect((await ctx.api.get('/press-releases', from('198.51.100.50'))).status).toBe(200)
  })

  it('login attempts are limited per client and account, over REST and GraphQL, even with the right password', async () => {
    process.env.RATE_LIMIT_LOGINS = '3/900'
    const account = await createUser(ctx.payload, ctx.api, ['editor'], 'limited')
    const attempt = (password: string, client = '198.51.100.60') =>
      ctx.api.post('/users/login', { body: { email: account.email, password }, ...from(client) })
    expect(await statuses(2, () => attempt('wrong'))).toEqual([401, 401])
    const viaGraphQL = await ctx.api.graphql(
      'mutation($email: String!) { loginUser(email: $email, password: "wrong") { token } }',
      { email: account.email },
      from('198.51.100.60'),
    )
    expect(viaGraphQL.status).not.toBe(429)
    const refused = await attempt(account.password)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(refused.body.errors[0].message).toMatch(/Anmeldeversuche.*login attempts/)
    expect(
      (
        await ctx.api.graphql(
          'mutation($email: String!) { loginUser(email: $email, password: "x") { token } }',
          { email: account.email },
          from('198.51.100.60'),
        )
      ).status,
    ).toBe(429)
    // Another client, or another account from this client, may still log in.
    expect((await attempt(account.password, '198.51.100.61')).status).toBe(200)
    expect(
      (
        await ctx.api.post('/users/login', {
          body: { email: editor.email, password: editor.password },
          ...from('198.51.100.60'),
        })
      ).status,
    ).toBe(200)
  })

  it('password reset requests are limited per client', async () => {
    process.env.RATE_LIMIT_PASSWORD_RESETS = '2/3600'
    const reset = () =>
      ctx.api.post('/users/forgot-password', {
        body: { email: editor.email },
        ...from('198.51.100.70'),
      })
    const seen = await statuses(3, reset)
    expect(seen.slice(0, 2)).toEqual([200, 200])
    expect(seen[2]).toBe(429)
    expect(
      (
        await ctx.api.post('/users/forgot-password', {
          body: { email: editor.email },
          ...from('198.51.100.71'),
        })
      ).status,
    ).toBe(200)
  })
})
