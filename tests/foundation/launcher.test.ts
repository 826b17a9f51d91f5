/**
 * The `npm run dev` launcher: an embedded PostgreSQL, the dev database, the seed and Next.
 *
 * User story: "As a new volunteer developer, I want `npm run dev` to just work, to tell me in
 * plain words what is wrong when it cannot (port taken, bad data folder), and to leave nothing
 * running after Ctrl-C."
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import {
  EmbeddedDatabaseError,
  findFreePort,
  startEmbeddedDatabase,
} from '../../src/lib/database/embedded'

const root = path.resolve(import.meta.dirname, '../..')
const scratch = path.join(
  root,
  '.data',
  `test-launcher-${process.pid}-${randomBytes(3).toString('hex')}`,
)
const cleanups: (() => Promise<void> | void)[] = []

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined)
  await rm(scratch, { recursive: true, force: true })
})

/** pid and command line of every process whose command line contains `needle`. */
function processesMentioning(needle: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(needle) && !line.includes('ps -eo'))
}

describe('embedded PostgreSQL refuses clearly instead of failing obscurely', () => {
  it('a taken port is named in the error', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen({ host: '127.0.0.1', port: 0 }, resolve))
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())))
    const port = (blocker.address() as net.AddressInfo).port

    const attempt = startEmbeddedDatabase({ dataDir: path.join(scratch, 'taken-port'), port })
    await expect(attempt).rejects.toThrow(EmbeddedDatabaseError)
    await expect(attempt).rejects.toThrow(new RegExp(`Port ${port}`))
  })

  it('a file where the data directory should be gives a message that says so', async () => {
    await mkdir(scratch, { recursive: true })
    const notADirectory = path.join(scratch, 'postgres-file')
    await writeFile(notADirectory, 'not a directory')
    const attempt = startEmbeddedDatabase({ dataDir: notADirectory, port: await findFreePort() })
    await expect(attempt).rejects.toThrow(EmbeddedDatabaseError)
    await expect(attempt).rejects.toThrow(
      /ist eine Datei, kein Verzeichnis.*is a file, not a directory/s,
    )
  })
})

describe('npm run dev', () => {
  it(
    'starts admin, REST and database, reports "läuft / is running", and leaves nothing behind after Ctrl-C',
    async () => {
      const port = await findFreePort()
      const pgPort = await findFreePort()
      const dataDir = path.join(scratch, 'dev-postgres')
      const env: Record<string, string | undefined> = {
        ...process.env,
        PORT: String(port),
        SERVER_URL: `http://localhost:${port}`,
        EMBEDDED_POSTGRES_DIR: dataDir,
        EMBEDDED_POSTGRES_PORT: String(pgPort),
        NEXT_TELEMETRY_DISABLED: '1',
      }
      // The launcher picks its own database; nothing from the test run may leak into it.
      delete env.DATABASE_URI
      delete env.PAYLOAD_DB_PUSH
      delete env.NODE_ENV
      delete env.VITEST
      delete env.VITEST_WORKER_ID
      delete env.VITEST_POOL_ID
      // Without a mail server of its own, dev starts the local inbox.
      delete env.SMTP_HOST
      delete env.SMTP_PORT

      let output = ''
      const launcher: ChildProcess = spawn(
        path.join(root, 'node_modules/.bin/tsx'),
        ['scripts/dev.ts'],
        {
          cwd: root,
          env: env as NodeJS.ProcessEnv,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      launcher.stdout?.on('data', (chunk) => (output += String(chunk)))
      launcher.stderr?.on('data', (chunk) => (output += String(chunk)))
      const exited = new Promise<number | null>((resolve) =>
        launcher.once('exit', (code) => resolve(code)),
      )
      cleanups.push(() => {
        // Whatever happened, no launcher, Next or PostgreSQL of this test survives it.
        for (const line of [
          ...processesMentioning(dataDir),
          ...processesMentioning(`--port ${port}`),
        ]) {
          const pid = Number.parseInt(line.trim(), 10)
          if (pid) process.kill(pid, 'SIGKILL')
        }
        try {
          if (launcher.pid) process.kill(-launcher.pid, 'SIGKILL')
        } catch {
          // Already gone.
        }
      })

      const running = await new Promise<boolean>((resolve) => {
        const check = () => {
          if (/läuft \/ is running/.test(output)) return resolve(true)
          if (launcher.exitCode !== null) return resolve(false)
          setTimeout(check, 500)
        }
        check()
      })
      expect(running, `launcher output:\n${output}`).toBe(true)

      const health = await fetch(`http://localhost:${port}/api/health`)
      expect(health.status).toBe(200)
      expect(await health.json()).toEqual({ status: 'ok', database: 'up' })
      const inbox = /Posteingang \/ Inbox: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
      expect(inbox, `launcher output:\n${output}`).toBeTruthy()
      expect((await fetch(`${inbox}/api/email`)).status).toBe(200)

      process.kill(launcher.pid as number, 'SIGINT')
      await exited
      // stopGroup waits for Next and then stops PostgreSQL before the launcher exits.
      expect(processesMentioning(dataDir), 'PostgreSQL of the dev run still running').toEqual([])
      expect(processesMentioning(`--port ${port}`), 'Next of the dev run still running').toEqual([])
      await expect(
        fetch(`${inbox}/api/email`),
        'the inbox of the dev run still answers',
      ).rejects.toThrow()
    },
    // Next compiles the admin on first request; on a 2-core machine a full dev start takes minutes.
    600_000,
  )
})
