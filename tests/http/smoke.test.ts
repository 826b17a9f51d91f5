/**
 * Smoke test of the production build over real HTTP: `npm run build`, then `next start` with
 * NODE_ENV=production on a fresh database (migrated on start by prodMigrations).
 *
 * User story: "As the administrator deploying the CMS, I want the production server to come up on
 * an empty database with a German login, working APIs and production-only protections switched on."
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dropDatabase, ensureDatabase } from '../../src/lib/database/admin'
import { findFreePort } from '../../src/lib/database/embedded'
import { DATABASE_NAMES, withDatabaseName } from '../../src/lib/database/uri'

const root = path.resolve(import.meta.dirname, '../..')
const SOURCES = ['src', 'collections', 'plugins', 'migrations', 'payload.config.ts', 'next.config.ts', 'package-lock.json']

function newestMtime(entry: string): number {
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stats.mtimeMs)
}

/** Builds unless `.next/BUILD_ID` is newer than every source file. */
function buildIfStale(): void {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const newestSource = Math.max(...SOURCES.map((entry) => path.join(root, entry)).filter(existsSync).map(newestMtime))
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource) return
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`)
}

const databaseURI = withDatabaseName(
  inject('serverURI'),
  `${DATABASE_NAMES.testPrefix}smoke_${Date.now()}_${randomBytes(3).toString('hex')}`,
)
let server: ChildProcess | undefined
let baseURL = ''
let output = ''

async function waitForServer(): Promise<void> {
  for (;;) {
    if (server?.exitCode !== null) throw new Error(`next start exited (${server?.exitCode}):\n${output}`)
    try {
      const response = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(30_000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}

beforeAll(async () => {
  buildIfStale()
  await ensureDatabase(databaseURI)
  const port = await findFreePort()
  baseURL = `http://localhost:${port}`
  server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: databaseURI,
      PAYLOAD_DB_PUSH: 'false',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SERVER_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  server.stdout?.on('data', (chunk) => (output += String(chunk)))
  server.stderr?.on('data', (chunk) => (output += String(chunk)))
  await waitForServer()
}, 900_000)

afterAll(async () => {
  if (server?.pid) {
    const exited = new Promise((resolve) => server?.once('exit', resolve))
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
    if (server.exitCode === null) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // The whole group is gone.
    }
  }
  await dropDatabase(databaseURI)
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

    const rest = await fetch(`${baseURL}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
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
