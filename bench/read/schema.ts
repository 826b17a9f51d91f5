import { dropDatabase, ensureDatabase } from '../../src/lib/database/admin'
import { shutdownPayload } from '../../src/lib/database/resilience'
import { withDatabaseName } from '../../src/lib/database/uri'

/**
 * Makes a fresh database named `name` on the server of `serverURI` and gives it the schema the
 * way tests do: Payload boots once with push. Returns the database URI.
 */
export async function createSchemaDatabase(serverURI: string, name: string): Promise<string> {
  const uri = withDatabaseName(serverURI, name)
  await dropDatabase(uri)
  await ensureDatabase(uri)
  const saved = { uri: process.env.DATABASE_URI, push: process.env.PAYLOAD_DB_PUSH }
  process.env.DATABASE_URI = uri
  process.env.PAYLOAD_DB_PUSH = 'true'
  process.env.PAYLOAD_SECRET ??= 'bench-read-secret-bench-read-secret-0123'
  try {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const payload = await getPayload({ config })
    await shutdownPayload(payload)
  } finally {
    process.env.PAYLOAD_DB_PUSH = saved.push
  }
  return uri
}

if (process.argv[1]?.endsWith('schema.ts')) {
  const [
    serverURI = 'postgres://postgres@127.0.0.1:5432/postgres',
    name = 'kreative_klasse_bench_read',
  ] = process.argv.slice(2)
  createSchemaDatabase(serverURI, name)
    .then((uri) => {
      console.log(uri)
      process.exit(0)
    })
    .catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
}
