/**
 * A production server for tests over real HTTP: `npm run build` (skipped while `.next/BUILD_ID`
 * is newer than every source file), then `next start` with NODE_ENV=production on a fresh
 * database of its own (migrated on start by prodMigrations), stopped and dropped by `stop()`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { inject } from 'vitest'

import { buildIfStale, root } from '../../src/lib/build/buildIfStale'
import { dropDatabase, ensureDatabase } from '../../src/lib/database/admin'
import { findFreePort } from '../../src/lib/database/embedded'
import { DATABASE_NAMES, withDatabaseName } from '../../src/lib/database/uri'
import { TestInbox } from './mail'

export { buildIfStale, root }

export type ProductionServer = {
  baseURL: string
  databaseURI: string
  payloadSecret: string
  /** Everything the server printed so far (for failure messages). */
  output: () => string
  stop: () => Promise<void>
  /** The SMTP server the production server sends to (unless SMTP_HOST was given). */
  inbox?: TestInbox
}

export type ServerOptions = {
  /**
   * Serve this database (e.g. another server's `databaseURI`: several instances on one
   * database) instead of a fresh one; it is then neither created nor dropped by this server.
   */
  databaseURI?: string
}

/** Builds if needed and starts `next start` on a free port with its own fresh database. */
export async function startProductionServer(
  extraEnv: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<ProductionServer> {
  buildIfStale()
  const ownDatabase = !options.databaseURI
  const databaseURI =
    options.databaseURI ??
    withDatabaseName(
      inject('serverURI'),
      `${DATABASE_NAMES.testPrefix}http_${Date.now()}_${randomBytes(3).toString('hex')}`,
    )
  if (ownDatabase) await ensureDatabase(databaseURI)
  const port = await findFreePort()
  const baseURL = `http://localhost:${port}`
  const payloadSecret = extraEnv.PAYLOAD_SECRET ?? randomBytes(32).toString('hex')
  // Production refuses to start without a mail server: a real one on localhost unless given.
  const inbox = extraEnv.SMTP_HOST ? undefined : await TestInbox.start()
  let output = ''
  const server: ChildProcess = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '--port', String(port)],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: databaseURI,
        PAYLOAD_DB_PUSH: 'false',
        PAYLOAD_SECRET: payloadSecret,
        SERVER_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: '1',
        ...inbox?.env(),
        ...extraEnv,
      },
    },
  )
  server.stdout?.on('data', (chunk) => (output += String(chunk)))
  server.stderr?.on('data', (chunk) => (output += String(chunk)))

  const stop = async () => {
    if (server.pid) {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
      if (server.exitCode === null)
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
      try {
        process.kill(-server.pid, 'SIGKILL')
      } catch {
        // The whole group is gone.
      }
    }
    if (ownDatabase) await dropDatabase(databaseURI)
    await inbox?.stop()
  }

  try {
    for (;;) {
      if (server.exitCode !== null)
        throw new Error(`next start exited (${server.exitCode}):\n${output}`)
      try {
        const response = await fetch(`${baseURL}/api/health`, {
          signal: AbortSignal.timeout(30_000),
        })
        if (response.ok) break
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  } catch (error) {
    await stop()
    throw error
  }
  return { baseURL, databaseURI, payloadSecret, inbox, output: () => output, stop }
}

export type ServerAdmin = {
  id: number
  email: string
  password: string
  token: string
  cookie: string
}

/**
 * The first user of a fresh production server (Payload makes it an admin), logged in: its JWT for
 * `Authorization` headers and its `payload-token` cookie for requests the admin makes.
 */
export async function registerFirstAdmin(baseURL: string, name = 'admin'): Promise<ServerAdmin> {
  const email = `${name}-${randomBytes(4).toString('hex')}@test.kreativeklasse.ruhr`
  const password = `pw-${randomBytes(8).toString('hex')}`
  const post = (route: string) =>
    fetch(`${baseURL}/api/users/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
  const register = await post('first-register')
  if (register.status !== 200)
    throw new Error(`first-register answered ${register.status}: ${await register.text()}`)
  const login = await post('login')
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`)
  const { token, user } = (await login.json()) as { token: string; user: { id: number } }
  const cookie =
    login.headers
      .getSetCookie()
      .find((value) => value.startsWith('payload-token='))
      ?.split(';')[0] ?? ''
  return { id: user.id, email, password, token, cookie }
}
