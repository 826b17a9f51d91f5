import type { TestProject } from 'vitest/node'

import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { dropDatabase, ensureDatabase } from '../../src/lib/database/admin'
import {
  type EmbeddedDatabase,
  findFreePort,
  startEmbeddedDatabase,
} from '../../src/lib/database/embedded'
import { shutdownPayload } from '../../src/lib/database/resilience'
import { DATABASE_NAMES, withDatabaseName } from '../../src/lib/database/uri'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseURI: string
    serverURI: string
    payloadSecret: string
  }
}

/**
 * One fresh database per test run, dropped afterwards: on the server named by DATABASE_URI when
 * set (e.g. the machine's PostgreSQL), otherwise on an embedded PostgreSQL made for this run.
 * The schema is pushed once here, so test files boot Payload without pushing.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | undefined
  let serverURI = process.env.DATABASE_URI
  if (!serverURI) {
    embedded = await startEmbeddedDatabase({
      dataDir: path.resolve('.data', `test-postgres-${process.pid}`),
      port: await findFreePort(),
    })
    serverURI = embedded.uri
  }
  const stopEmbedded = async () => {
    if (!embedded) return
    await embedded.stop()
    await rm(embedded.dataDir, { recursive: true, force: true })
  }
  const databaseURI = withDatabaseName(
    serverURI,
    `${DATABASE_NAMES.testPrefix}${Date.now()}_${randomBytes(3).toString('hex')}`,
  )
  const payloadSecret = randomBytes(32).toString('hex')
  try {
    await ensureDatabase(databaseURI)
    process.env.DATABASE_URI = databaseURI
    process.env.PAYLOAD_SECRET = payloadSecret
    process.env.PAYLOAD_DB_PUSH = 'true'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const payload = await getPayload({ config })
    await shutdownPayload(payload)
    process.env.PAYLOAD_DB_PUSH = 'false'
  } catch (error) {
    console.error('Test database setup failed:', error)
    await dropDatabase(databaseURI).catch(() => undefined)
    await stopEmbedded()
    throw error
  }

  project.provide('databaseURI', databaseURI)
  project.provide('serverURI', serverURI)
  project.provide('payloadSecret', payloadSecret)

  return async () => {
    await dropDatabase(databaseURI).catch((error: unknown) =>
      console.warn('drop test database:', error),
    )
    await stopEmbedded()
  }
}
