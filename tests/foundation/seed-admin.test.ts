import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { ensureAdmin } from '../../src/seed/admin'
import { bootPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await bootPayload()
})

const withEnv = async <T>(
  values: Record<string, string | undefined>,
  work: () => Promise<T>,
): Promise<T> => {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]))
  Object.assign(process.env, values)
  for (const [key, value] of Object.entries(values))
    if (value === undefined) delete process.env[key]
  try {
    return await work()
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

describe('the seeded admin account', () => {
  it('gets a generated password, different on every machine, shown once and usable for login', async () => {
    const first = await withEnv(
      {
        SEED_ADMIN_EMAIL: `admin-${randomBytes(3).toString('hex')}@test.kreativeklasse.ruhr`,
        SEED_ADMIN_PASSWORD: undefined,
      },
      () => ensureAdmin(ctx.payload, {}),
    )
    const second = await withEnv(
      {
        SEED_ADMIN_EMAIL: `admin-${randomBytes(3).toString('hex')}@test.kreativeklasse.ruhr`,
        SEED_ADMIN_PASSWORD: undefined,
      },
      () => ensureAdmin(ctx.payload, {}),
    )
    expect(first.created && second.created).toBe(true)
    expect(first.generatedPassword).toMatch(/^[\w-]{16,}$/)
    expect(first.generatedPassword).not.toBe(second.generatedPassword)
    const login = await ctx.api.login(first.email, first.generatedPassword ?? '')
    expect(login.status).toBe(200)
    expect(login.body.user.roles).toEqual(['admin'])

    const again = await withEnv({ SEED_ADMIN_EMAIL: first.email }, () =>
      ensureAdmin(ctx.payload, {}),
    )
    expect(again).toEqual({ email: first.email, created: false })
  })

  it('takes its password from SEED_ADMIN_PASSWORD when set, and prints none', async () => {
    const email = `admin-${randomBytes(3).toString('hex')}@test.kreativeklasse.ruhr`
    const admin = await withEnv(
      { SEED_ADMIN_EMAIL: email, SEED_ADMIN_PASSWORD: 'ein-langes-passwort-aus-der-env' },
      () => ensureAdmin(ctx.payload, {}),
    )
    expect(admin.generatedPassword).toBeUndefined()
    expect((await ctx.api.login(email, 'ein-langes-passwort-aus-der-env')).status).toBe(200)
  })
})
