/**
 * User story: "As a member of the association, I want the login to give nothing away, so that a
 * stranger cannot find out whether my address has an account or whether it is locked."
 *
 * Equal work is proven by what runs, not by a stopwatch: every password hash goes through
 * `crypto.pbkdf2` on the module object Payload uses; a spy counts the calls (and still hashes).
 */
import crypto from 'node:crypto'
import { randomBytes } from 'node:crypto'
import { createLocalReq, LockedAuth } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest'

import {
  lockedAnswersLikeWrongPassword,
  PAYLOAD_PASSWORD_HASH,
} from '../../src/lib/auth/equalLoginWork'
import { LOGIN_LOCKOUT } from '../../src/lib/auth/lockout'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

const WRONG = 'definitely-not-the-password'

let ctx: TestContext
let known: TestUser
let locked: TestUser
let pbkdf2: MockInstance<typeof crypto.pbkdf2>

beforeAll(async () => {
  ctx = await bootPayload()
  known = await createUser(ctx.payload, ctx.api, ['editor'], 'equal-known')
  locked = await createUser(ctx.payload, ctx.api, ['member'], 'equal-locked')
  for (let attempt = 0; attempt < LOGIN_LOCKOUT.maxLoginAttempts; attempt++)
    await ctx.api.login(locked.email, WRONG)
  pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
})

afterEach(() => pbkdf2.mockClear())
afterAll(() => pbkdf2.mockRestore())

const unknownAddress = () => `niemand-${randomBytes(4).toString('hex')}@test.kreativeklasse.ruhr`

/** The (iterations, key length, digest) of every pbkdf2 call since the last clear. */
const hashCalls = () => pbkdf2.mock.calls.map((call) => [call[2], call[3], call[4]])

const PAYLOAD_PARAMETERS = [
  PAYLOAD_PASSWORD_HASH.iterations,
  PAYLOAD_PASSWORD_HASH.keyLength,
  PAYLOAD_PASSWORD_HASH.digest,
]

describe('login over REST gives nothing away', () => {
  it('the right password hashes once with Payload’s parameters (the yardstick for the others)', async () => {
    const login = await ctx.api.login(known.email, known.password)
    expect(login.status).toBe(200)
    expect(hashCalls()).toEqual([PAYLOAD_PARAMETERS])
  })

  it('unknown address, wrong password and locked account each hash exactly once, alike', async () => {
    const unknown = await ctx.api.login(unknownAddress(), WRONG)
    expect(hashCalls()).toEqual([PAYLOAD_PARAMETERS])
    pbkdf2.mockClear()

    const wrong = await ctx.api.login(known.email, WRONG)
    expect(hashCalls()).toEqual([PAYLOAD_PARAMETERS])
    pbkdf2.mockClear()

    const lockedWrong = await ctx.api.login(locked.email, WRONG)
    expect(hashCalls()).toEqual([PAYLOAD_PARAMETERS])
    pbkdf2.mockClear()

    const lockedRight = await ctx.api.login(locked.email, locked.password)
    expect(hashCalls()).toEqual([PAYLOAD_PARAMETERS])

    for (const answer of [unknown, lockedWrong, lockedRight]) {
      expect(answer.status).toBe(wrong.status)
      expect(answer.body).toEqual(wrong.body)
      expect(answer.token).toBeUndefined()
    }
    expect(wrong.status).toBe(401)
    expect(JSON.stringify(wrong.body)).not.toMatch(/gesperrt|locked/i)
  })

  it('the locked account stays locked: the right password still does not log in', async () => {
    const stored = await ctx.payload.findByID({
      collection: 'users',
      id: locked.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(new Date(String(stored.lockUntil)).getTime()).toBeGreaterThan(Date.now())
  })
})

describe('the rare "locked" error Payload raises itself (parallel guesses)', () => {
  it('is answered over REST exactly like a wrong password', async () => {
    const wrong = await ctx.api.login(known.email, WRONG)
    const req = await createLocalReq({}, ctx.payload)
    const answer = await lockedAnswersLikeWrongPassword({
      collection: ctx.payload.collections.users.config,
      context: {},
      error: new LockedAuth(req.t),
      req,
    })
    expect(answer).toEqual({ response: wrong.body, status: wrong.status })
  })
})

describe('login over GraphQL gives nothing away', () => {
  const LOGIN =
    'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
  const login = (email: string, password: string) => ctx.api.graphql(LOGIN, { email, password })

  it('unknown address, wrong password and locked account: one hash each and the same error', async () => {
    const answers = []
    for (const [email, password] of [
      [unknownAddress(), WRONG],
      [known.email, WRONG],
      [locked.email, WRONG],
      [locked.email, locked.password],
    ] as const) {
      pbkdf2.mockClear()
      answers.push(await login(email, password))
      expect(hashCalls(), email).toEqual([PAYLOAD_PARAMETERS])
    }
    const [first, ...rest] = answers
    expect(first?.body.errors?.[0]?.extensions?.name).toBe('AuthenticationError')
    for (const answer of rest) {
      expect(answer.status).toBe(first?.status)
      expect(answer.body).toEqual(first?.body)
    }
  })
})
