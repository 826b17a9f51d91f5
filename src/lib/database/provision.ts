import path from 'node:path'

import { choosePort } from '../launch/devNetwork'
import { ensureDatabase } from './admin'
import {
  type EmbeddedDatabase,
  embeddedServerURI,
  findFreePort,
  isPortFree,
  runningCluster,
  startEmbeddedDatabase,
} from './embedded'
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
export async function provideDatabase(
  purpose: Purpose,
  log: (line: string) => void,
): Promise<ProvidedDatabase> {
  const configured = process.env.DATABASE_URI
  let embedded: EmbeddedDatabase | undefined
  let serverURI: string
  let running: Awaited<ReturnType<typeof runningCluster>>
  if (configured) {
    serverURI = configured
  } else if (purpose === 'dev' && (running = await runningCluster(embeddedDataDir()))) {
    // Another `npm run dev` (or `npm start`) already serves these files: share it, never stop it.
    log(
      `Nutze das laufende eingebettete PostgreSQL (Port ${running.port}, pid ${running.pid}); es endet mit dem Prozess, der es gestartet hat. / ` +
        'Using the embedded PostgreSQL already running; it stops with the process that started it.',
    )
    serverURI = withDatabaseName(embeddedServerURI(running.port), DATABASE_NAMES.production)
  } else {
    const preferred = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT)
    // Dev moves on to a free port when another program holds the usual one; production insists.
    const port =
      purpose === 'dev'
        ? ((await choosePort(preferred, (candidate) => isPortFree(candidate))) ??
          (await findFreePort()))
        : preferred
    if (port !== preferred)
      log(
        `Port ${preferred} ist belegt, nehme ${port}. / Port ${preferred} is taken, using ${port}.`,
      )
    log(`Starte eingebettetes PostgreSQL (Port ${port}, ${embeddedDataDir()}) …`)
    embedded = await startEmbeddedDatabase({ dataDir: embeddedDataDir(), port })
    serverURI = withDatabaseName(embedded.uri, DATABASE_NAMES.production)
  }
  const uri = purpose === 'dev' ? devDatabaseURI(serverURI) : serverURI
  try {
    if (await ensureDatabase(uri))
      log(`Datenbank angelegt / database created: ${new URL(uri).pathname.slice(1)}`)
  } catch (error) {
    await embedded?.stop()
    throw error
  }
  return { uri, embedded, stop: async () => embedded?.stop() }
}
