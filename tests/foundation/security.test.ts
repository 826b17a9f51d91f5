/**
 * Secure defaults of the CMS. Every test here guards one setting in `payload.config.ts` (or the
 * plugin/collection it wires) and fails when that setting is removed or weakened.
 *
 * User story: "As the association, I want the CMS to be safe out of the box, so that neither a
 * curious visitor, a malicious web page nor a password guesser can read more than is public or
 * take over an editor's account."
 */
import type { CollectionSlug, Payload } from 'payload'

import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOGIN_LOCKOUT } from '../../src/lib/auth/lockout'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

// env.ts reads the allowlist when the config module is imported (inside bootPayload).
const ALLOWED_ORIGIN = 'https://kreativeklasse.ruhr'
const FOREIGN_ORIGIN = 'https://evil.example'
process.env.CORS_ORIGINS = ALLOWED_ORIGIN

let ctx: TestContext
let admin: TestUser
let editor: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

/** Runs `work` as if the server were the production build (Payload reads NODE_ENV per request there). */
async function inProduction<T>(work: () => Promise<T>): Promise<T> {
  const env = process.env as Record<string, string | undefined>
  const previous = env.NODE_ENV
  env.NODE_ENV = 'production'
  try {
    return await work()
  } finally {
    env.NODE_ENV = previous
  }
}

describe('privacy: nothing leaves for third parties', () => {
  it('Payload telemetry is off (no usage data is sent to Payload Inc.)', () => {
    expect(ctx.config.telemetry).toBe(false)
  })

  it('no Gravatar: editors’ e-mail hashes are never sent to gravatar.com', () => {
    expect(ctx.config.admin.avatar).toBe('default')
  })
})

describe('query depth: a request cannot pull the whole object graph', () => {
  it('populates one level by default and never more than three', () => {
    expect(ctx.config.defaultDepth).toBe(1)
    expect(ctx.config.maxDepth).toBe(3)
  })
})

describe('CORS: only the association’s own sites may read the API from a browser', () => {
  it('echoes an allowed Origin and credentials', async () => {
    const response = await ctx.api.get('/users/me', { headers: { Origin: ALLOWED_ORIGIN } })
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    const preflight = await ctx.api.options('/users/me', { headers: { Origin: ALLOWED_ORIGIN } })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN)
  })

  it('gives a foreign Origin no Access-Control-Allow-Origin at all', async () => {
    const response = await ctx.api.get('/users/me', { headers: { Origin: FOREIGN_ORIGIN } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await ctx.api.options('/users/me', { headers: { Origin: FOREIGN_ORIGIN } })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('CSRF: a foreign web page cannot act with an editor’s login cookie', () => {
  it('ignores the payload-token cookie when the request comes from a foreign Origin', async () => {
    const login = await ctx.api.login(editor.email, editor.password)
    expect(login.status).toBe(200)
    const token = /(?:^|[\s,])payload-token=([^;]+)/.exec(login.cookie)?.[1]
    expect(token, `no payload-token cookie in Set-Cookie: ${login.cookie}`).toBeTruthy()
    const cookie = `payload-token=${token}`

    const fromAllowed = await ctx.api.get('/users/me', {
      headers: { Cookie: cookie, Origin: ALLOWED_ORIGIN },
    })
    expect(fromAllowed.status).toBe(200)
    expect(fromAllowed.body.user?.email).toBe(editor.email)

    const fromForeign = await ctx.api.get('/users/me', {
      headers: { Cookie: cookie, Origin: FOREIGN_ORIGIN },
    })
    expect(fromForeign.status).toBe(200)
    expect(fromForeign.body.user).toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------
// List cap for anonymous readers (plugins/public-list-limit)
// ---------------------------------------------------------------------------------------------

/** Public content collections the lead is building; the first one that exists is used. */
const MAX_ANONYMOUS_PAGE = 100
const DOCS_TO_CREATE = MAX_ANONYMOUS_PAGE + 5

/** Venues are public to everyone, so they are what an anonymous bulk download would target. */
async function seedPublicCollection(payload: Payload): Promise<CollectionSlug> {
  const run = randomBytes(3).toString('hex')
  for (let index = 0; index < DOCS_TO_CREATE; index++) {
    await payload.create({
      collection: 'venues',
      data: { name: `Ort ${run} ${index}`, city: 'Essen' },
      overrideAccess: true,
    })
  }
  return 'venues'
}

describe('list cap: an anonymous reader cannot download a whole collection in one request', () => {
  let slug: CollectionSlug
  let total: number

  beforeAll(async () => {
    slug = await seedPublicCollection(ctx.payload)
    total = (await ctx.payload.count({ collection: slug, overrideAccess: true })).totalDocs
  })

  it(`anonymous limit=0, limit=5000 and pagination=false get at most ${MAX_ANONYMOUS_PAGE} documents`, async () => {
    const readable = await ctx.api.get(`/${slug}`)
    expect(
      readable.status,
      `${slug} must be readable anonymously: ${JSON.stringify(readable.body)}`,
    ).toBe(200)
    expect(readable.body.totalDocs).toBeGreaterThan(MAX_ANONYMOUS_PAGE)

    for (const query of [
      { limit: 0 },
      { limit: 5000 },
      { pagination: false },
      { pagination: false, limit: 0 },
    ]) {
      const response = await ctx.api.get(`/${slug}`, { query })
      expect(response.status, JSON.stringify(query)).toBe(200)
      expect(response.body.docs.length, JSON.stringify(query)).toBeLessThanOrEqual(
        MAX_ANONYMOUS_PAGE,
      )
      expect(response.body.docs.length, JSON.stringify(query)).toBeGreaterThan(0)
    }
  })

  it('the same cap holds over GraphQL', async () => {
    const listName = 'Venues'
    const response = await ctx.api.graphql(
      `{ ${listName}(limit: 0, pagination: false) { docs { id } } }`,
    )
    expect(response.body.errors).toBeUndefined()
    const docs =
      (response.body.data as Record<string, { docs: unknown[] }>)[listName as string]?.docs ?? []
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.length).toBeLessThanOrEqual(MAX_ANONYMOUS_PAGE)
  })

  it('logged-in staff are not capped', async () => {
    expect(total).toBeGreaterThan(MAX_ANONYMOUS_PAGE)
    const all = await ctx.api.get(`/${slug}`, { token: editor.token, query: { pagination: false } })
    expect(all.status).toBe(200)
    expect(all.body.docs.length).toBe(total)
    const big = await ctx.api.get(`/${slug}`, { token: editor.token, query: { limit: 5000 } })
    expect(big.body.docs.length).toBe(total)
  })
})

describe('GraphQL: expensive or exploratory queries are refused', () => {
  // `meUser { user { email } }` costs 3 with Payload's estimators; 200 aliases cost 600:
  // above our limit of 500 and below Payload's default of 1000.
  const aliased = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `q${i}: meUser { user { email } }`).join(' ')} }`

  it('rejects a query above maxComplexity with a clear error, while a simple one passes', async () => {
    const simple = await ctx.api.graphql('{ meUser { user { email } } }', undefined, {
      token: editor.token,
    })
    expect(simple.body.errors).toBeUndefined()
    expect(simple.body.data.meUser.user.email).toBe(editor.email)

    const moderate = await ctx.api.graphql(aliased(100))
    expect(moderate.body.errors).toBeUndefined()

    const tooComplex = await ctx.api.graphql(aliased(200))
    expect(tooComplex.body.data).toBeUndefined()
    expect(tooComplex.body.errors?.[0]?.message).toMatch(/maximum (query )?complexity of 500/i)
  })

  it('introspection is refused in production (and works outside it, so the query is valid)', async () => {
    const query = '{ __schema { queryType { name } } }'
    const outside = await ctx.api.graphql(query)
    expect(outside.body.data?.__schema?.queryType?.name).toBe('Query')

    const production = await inProduction(() => ctx.api.graphql(query))
    expect(production.body.data).toBeUndefined()
    expect(production.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i)
  })

  it('the GraphQL playground is not served in production', async () => {
    const playground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(ctx.config))
    const url = `${ctx.api.baseURL}${ctx.config.routes.graphQLPlayground}`
    const outside = await playground(new Request(url))
    expect(outside.status).toBe(200)
    const production = await inProduction(() => playground(new Request(url)))
    expect(production.status).toBe(404)
  })
})

describe('login lockout: guessing passwords locks new logins but never an editor out for good', () => {
  const WRONG = 'definitely-not-the-password'

  async function lockByGuessing(email: string): Promise<void> {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const guess = await ctx.api.login(email, WRONG)
      expect(guess.status, `wrong password attempt ${attempt}`).toBe(401)
      expect(guess.token).toBeUndefined()
    }
  }

  it('after five wrong passwords even the right one is refused', async () => {
    const victim = await createUser(ctx.payload, ctx.api, ['editor'], 'lockout')
    await lockByGuessing(victim.email)
    const right = await ctx.api.login(victim.email, victim.password)
    expect(right.status).toBe(401)
    expect(right.token).toBeUndefined()
    // The lock is not announced: the answer equals a wrong password's (login-equal-work.test.ts).
    const wrong = await ctx.api.login(victim.email, WRONG)
    expect(right.body).toEqual(wrong.body)
    expect(JSON.stringify(right.body)).not.toMatch(/gesperrt|locked/i)
    const stored = await ctx.payload.findByID({
      collection: 'users',
      id: victim.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    const lockedFor = new Date(String(stored.lockUntil)).getTime() - Date.now()
    // Locked for the policy's ten minutes (less the few seconds this test took).
    expect(lockedFor).toBeGreaterThan(LOGIN_LOCKOUT.lockTimeMs - 60_000)
    expect(lockedFor).toBeLessThanOrEqual(LOGIN_LOCKOUT.lockTimeMs)
  })

  it('four wrong passwords do not lock the account', async () => {
    const user = await createUser(ctx.payload, ctx.api, ['editor'], 'almost-locked')
    for (let attempt = 1; attempt <= 4; attempt++)
      expect((await ctx.api.login(user.email, WRONG)).status).toBe(401)
    const right = await ctx.api.login(user.email, user.password)
    expect(right.status).toBe(200)
    expect(right.token).toBeTruthy()
  })

  it('a session opened before the lock keeps working', async () => {
    const victim = await createUser(ctx.payload, ctx.api, ['editor'], 'lockout-session')
    await lockByGuessing(victim.email)
    const me = await ctx.api.get('/users/me', { token: victim.token })
    expect(me.status).toBe(200)
    expect(me.body.user?.email).toBe(victim.email)
  })

  it('"forgot password" lifts the lock: the reset logs the owner in and the new password works', async () => {
    const victim = await createUser(ctx.payload, ctx.api, ['editor'], 'lockout-reset')
    await lockByGuessing(victim.email)
    expect((await ctx.api.login(victim.email, victim.password)).status).toBe(401)

    const resetToken = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email: victim.email },
      disableEmail: true,
    })
    expect(resetToken).toBeTruthy()
    const newPassword = `neu-${randomBytes(8).toString('hex')}`
    const reset = await ctx.api.post('/users/reset-password', {
      body: { token: resetToken, password: newPassword },
    })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toBeTruthy()
    expect(reset.body.user?.email).toBe(victim.email)

    const login = await ctx.api.login(victim.email, newPassword)
    expect(login.status).toBe(200)
    expect(login.token).toBeTruthy()
  })

  it('only an admin may unlock an account', async () => {
    const victim = await createUser(ctx.payload, ctx.api, ['editor'], 'lockout-unlock')
    await lockByGuessing(victim.email)

    const anonymous = await ctx.api.post('/users/unlock', { body: { email: victim.email } })
    expect(anonymous.status).toBe(403)
    const byEditor = await ctx.api.post('/users/unlock', {
      body: { email: victim.email },
      token: editor.token,
    })
    expect(byEditor.status).toBe(403)
    expect((await ctx.api.login(victim.email, victim.password)).status).toBe(401)

    const byAdmin = await ctx.api.post('/users/unlock', {
      body: { email: victim.email },
      token: admin.token,
    })
    expect(byAdmin.status).toBe(200)
    const login = await ctx.api.login(victim.email, victim.password)
    expect(login.status).toBe(200)
    expect(login.token).toBeTruthy()
  })
})

afterAll(async () => {
  delete process.env.CORS_ORIGINS
})
