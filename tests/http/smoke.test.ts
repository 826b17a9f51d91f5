/**
 * Smoke test of the production build over real HTTP: `npm run build`, then `next start` with
 * NODE_ENV=production on a fresh database (migrated on start by prodMigrations).
 *
 * User story: "As the administrator deploying the CMS, I want the production server to come up on
 * an empty database with a German login, working APIs and production-only protections switched on."
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ProductionServer, startProductionServer } from '../helpers/server'

let server: ProductionServer
let baseURL = ''

beforeAll(async () => {
  server = await startProductionServer()
  baseURL = server.baseURL
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

describe('production server over HTTP', () => {
  it('/admin serves the German login page of "Kreative Klasse e.V."', async () => {
    const response = await fetch(`${baseURL}/admin`)
    const html = await response.text()
    expect(html).toMatch(/<title>[^<]*Kreative Klasse e\.V\.[^<]*<\/title>/)
    expect(html).toContain('lang="de"')
    // First start on an empty database: Payload shows "create first user", later the login;
    // both are German and ask for the e-mail address.
    expect(html).toContain('E-Mail')
    expect(html).toMatch(/Anmelden|Ersten Benutzer erstellen|Erstelle den ersten Benutzer/)
  })

  it('/api/health reports the migrated database as up', async () => {
    const response = await fetch(`${baseURL}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' })
  })

  it('the first registered user is admin and gets a Secure, HttpOnly, SameSite=Lax cookie; REST and GraphQL answer', async () => {
    const email = `smoke-${randomBytes(4).toString('hex')}@test.kreativeklasse.ruhr`
    const password = `pw-${randomBytes(8).toString('hex')}`
    const register = await fetch(`${baseURL}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, roles: ['member'] }),
    })
    const registered = await register.json()
    expect(register.status, JSON.stringify(registered)).toBe(200)
    expect(registered.user.roles).toEqual(['admin'])

    const login = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    expect(cookie, 'no payload-token cookie').toBeDefined()
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    const { token } = await login.json()

    const rest = await fetch(`${baseURL}/api/users/me`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(rest.status).toBe(200)
    expect((await rest.json()).user.email).toBe(email)

    const graphql = await fetch(`${baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ query: '{ meUser { user { email roles } } }' }),
    })
    const body = await graphql.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.meUser.user).toEqual({ email, roles: ['admin'] })
  })

  it('refuses GraphQL introspection', async () => {
    const response = await fetch(`${baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    })
    const body = await response.json()
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/i)
  })

  it('does not serve the GraphQL playground', async () => {
    const response = await fetch(`${baseURL}/api/graphql-playground`)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toMatch(/GraphQL Playground/i)
  })
})
