import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

/**
 * The bench's own production server: the same steps as tests/helpers/server.ts (build when stale,
 * `next start` in its own process group), but on a database the bench made and filled, and
 * without vitest (that helper takes the server URI from vitest's `inject`).
 */
import { buildIfStale, root } from '../../src/lib/build/buildIfStale'
import { findFreePort } from '../../src/lib/database/embedded'

export { buildIfStale, root }

export type RunningServer = {
  baseURL: string
  /** Process group id: the server and every worker it forked. */
  pgid: number
  output: () => string
  stop: () => Promise<void>
}

/** Stops a detached child's whole process group (TERM, then KILL after `graceMs`). */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  const pid = child.pid
  if (!pid) return
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {
      // The group is gone.
    }
  }
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))])
  }
  kill('SIGKILL')
}

/** Spawns `command` detached, keeps the last 20 000 characters it printed. */
export function spawnQuiet(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: () => string } {
  let output = ''
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  })
  const keep = (chunk: unknown) => (output = (output + String(chunk)).slice(-20_000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => output }
}

export async function waitUntil(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 240_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${url}: server exited (${child.exitCode}):\n${output()}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`${url}: not ready after ${timeoutMs / 1000} s:\n${output()}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * `next start` on a free port against `databaseURI` (migrated by prodMigrations on the first
 * request, as `npm start` does). The jobs runner is off so that no background query lands in
 * the measured CPU.
 */
export async function startNext(
  databaseURI: string,
  extraEnv: Record<string, string>,
): Promise<RunningServer> {
  const port = await findFreePort()
  const baseURL = `http://127.0.0.1:${port}`
  const { child, output } = spawnQuiet(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '--port', String(port)],
    {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: databaseURI,
      PAYLOAD_DB_PUSH: 'false',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SERVER_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
      JOBS_AUTORUN: 'false',
      ...extraEnv,
    },
  )
  const stop = () => stopGroup(child)
  try {
    await waitUntil(`${baseURL}/api/health`, child, output)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseURL, pgid: child.pid!, output, stop }
}
