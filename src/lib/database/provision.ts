import path from 'node:path'

import { ensureDatabase } from './admin'
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded'
import { DATABASE_NAMES, devDatabaseURI, withDatabaseName } from './uri'

export type Purpose = 'dev' | 'production'

export type ProvidedDatabase = {
  uri: string
  embedded?: EmbeddedDatabase
  stop: () => Promise<void>
}

export const DEFAULT_EMBEDDED_PORT = 54329

export function embeddedDataDir(): string {
  return path.resolve(process.env.EMBEDDED_POSTGRES_DIR ?? '.data/postgres')
}

/**
 * Gives a launcher the database for its purpose: the server from DATABASE_URI when set,
 * otherwise an embedded PostgreSQL under `.data/`. Dev gets its own `_dev` database so that
 * schema push never meets the migrated one.
 */
export async function provideDatabase(purpose: Purpose, log: (line: string) => void): Promise<ProvidedDatabase> {
  const configured = process.env.DATABASE_URI
  let embedded: EmbeddedDatabase | undefined
  let serverURI: string
  if (configured) {
    serverURI = configured
  } else {
    const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT)
    log(`Starte eingebettetes PostgreSQL (Port ${port}, ${embeddedDataDir()}) …`)
    embedded = await startEmbeddedDatabase({ dataDir: embeddedDataDir(), port })
    serverURI = withDatabaseName(embedded.uri, DATABASE_NAMES.production)
  }
  const uri = purpose === 'dev' ? devDatabaseURI(serverURI) : serverURI
  try {
    if (await ensureDatabase(uri)) log(`Datenbank angelegt / database created: ${new URL(uri).pathname.slice(1)}`)
  } catch (error) {
    await embedded?.stop()
    throw error
  }
  return { uri, embedded, stop: async () => embedded?.stop() }
}
