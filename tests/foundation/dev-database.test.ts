/**
 * "A second `npm run dev` on the same machine starts instead of failing": it shares the embedded
 * PostgreSQL the first one runs on the same data folder (two servers on one folder would corrupt
 * it; PostgreSQL's lock refuses the second), never stops it, and moves to a free port when the
 * usual one belongs to another program.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type EmbeddedDatabase,
  findFreePort,
  isPortFree,
  runningCluster,
  startEmbeddedDatabase,
} from '../../src/lib/database/embedded'
import { provideDatabase } from '../../src/lib/database/provision'

const root = path.resolve(import.meta.dirname, '../..')
const scratch = path.join(
  root,
  '.data',
  `test-dev-database-${process.pid}-${randomBytes(3).toString('hex')}`,
)
const saved = {
  dir: process.env.EMBEDDED_POSTGRES_DIR,
  port: process.env.EMBEDDED_POSTGRES_PORT,
  uri: process.env.DATABASE_URI,
}
let first: EmbeddedDatabase | undefined
const started: EmbeddedDatabase[] = []

const restoreEnv = () => {
  for (const [key, value] of [
    ['EMBEDDED_POSTGRES_DIR', saved.dir],
    ['EMBEDDED_POSTGRES_PORT', saved.port],
    ['DATABASE_URI', saved.uri],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
}

beforeAll(async () => {
  first = await startEmbeddedDatabase({
    dataDir: path.join(scratch, 'shared'),
    port: await findFreePort(),
  })
  started.push(first)
}, 120_000)

afterAll(async () => {
  restoreEnv()
  for (const database of started) await database.stop().catch(() => undefined)
  await rm(scratch, { recursive: true, force: true })
}, 60_000)

describe('a second dev server and the embedded database', () => {
  it('finds the running cluster from its postmaster.pid', async () => {
    expect(await runningCluster(first!.dataDir)).toEqual({
      pid: await first!.pid(),
      port: first!.port,
    })
  })

  it('shares it: same port, nothing started, and stopping the second leaves the first running', async () => {
    delete process.env.DATABASE_URI
    process.env.EMBEDDED_POSTGRES_DIR = first!.dataDir
    const lines: string[] = []
    const second = await provideDatabase('dev', (line) => lines.push(line))
    try {
      expect(second.embedded).toBeUndefined()
      expect(new URL(second.uri).port).toBe(String(first!.port))
      expect(lines.join('\n')).toMatch(
        /Nutze das laufende eingebettete PostgreSQL.*Using the embedded PostgreSQL already running/s,
      )
      await second.stop()
      expect(await isPortFree(first!.port)).toBe(false)
      expect(await runningCluster(first!.dataDir)).toBeDefined()
    } finally {
      restoreEnv()
    }
  }, 60_000)

  it('a stale postmaster.pid (process gone) counts as not running', async () => {
    const stale = path.join(scratch, 'stale')
    await mkdir(stale, { recursive: true })
    await writeFile(
      path.join(stale, 'postmaster.pid'),
      `2147483000\n${stale}\n1700000000\n${first!.port}\n`,
    )
    expect(await runningCluster(stale)).toBeUndefined()
    expect(await runningCluster(path.join(scratch, 'missing'))).toBeUndefined()
  })

  it('takes a free port when another program holds the usual one', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen({ host: '127.0.0.1', port: 0 }, resolve))
    const taken = (blocker.address() as net.AddressInfo).port
    delete process.env.DATABASE_URI
    process.env.EMBEDDED_POSTGRES_DIR = path.join(scratch, 'own')
    process.env.EMBEDDED_POSTGRES_PORT = String(taken)
    const lines: string[] = []
    try {
      const own = await provideDatabase('dev', (line) => lines.push(line))
      if (own.embedded) started.push(own.embedded)
      expect(own.embedded).toBeDefined()
      expect(own.embedded!.port).not.toBe(taken)
      expect(lines.join('\n')).toContain(`Port ${taken} ist belegt, nehme ${own.embedded!.port}`)
    } finally {
      restoreEnv()
      blocker.close()
    }
  }, 120_000)
})
