/**
 * `npm start`: production. Never pushes; Payload runs pending migrations on start
 * (prodMigrations) against the database from DATABASE_URI, or an embedded one when unset.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { provideDatabase } from '../src/lib/database/provision'
import { redactedURI } from '../src/lib/database/uri'
import { smtpSettings } from '../src/lib/env'
import { loadDotEnv } from '../src/lib/launch/environment'
import {
  binary,
  onShutdown,
  spawnGroup,
  stopGroup,
  waitForHealthy,
} from '../src/lib/launch/processes'

loadDotEnv()
// Refuse before starting anything: without a mail server the press office would lose mails.
try {
  smtpSettings(true)
} catch (error) {
  console.error(`\n✖ ${(error as Error).message}\n`)
  process.exit(1)
}
const port = process.env.PORT ?? '3000'
const database = await provideDatabase('production', (line) => console.log(line)).catch(
  (error: unknown) => {
    console.error(`\n✖ ${(error as Error).message}\n`)
    process.exit(1)
  },
)
const env = {
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URI: database.uri,
  PAYLOAD_DB_PUSH: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
}
console.log(`Datenbank / database: ${redactedURI(database.uri)}`)

// Left by a build that still had Next's image optimizer on: copies of photos made before a takedown
// must never be served again (the optimizer is off, see next.config.ts; this removes the copies).
await rm(path.join(process.cwd(), '.next', 'cache', 'images'), { recursive: true, force: true })

const next = spawnGroup(binary('next'), ['start', '--port', port], env)
onShutdown(async () => {
  await stopGroup(next)
  await database.stop()
})
next.on('exit', async (code) => {
  await database.stop()
  process.exit(code ?? 0)
})

// The first request initialises Payload, which runs pending migrations before answering.
if (await waitForHealthy(`http://localhost:${port}`))
  console.log(`✔ bereit / ready: ${process.env.SERVER_URL ?? `http://localhost:${port}`}/admin`)
