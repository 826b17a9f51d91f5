/**
 * `npm run dev`: a real PostgreSQL (embedded unless DATABASE_URI is set), the dev database with
 * schema push, the German demo content, a local SMTP server with a web inbox (unless SMTP_HOST is
 * set), then Next with admin, REST and GraphQL on one port.
 */
import { provideDatabase } from '../src/lib/database/provision'
import { redactedURI } from '../src/lib/database/uri'
import { ensureDevSecret, loadDotEnv } from '../src/lib/launch/environment'
import { type LocalInbox, startLocalInbox } from '../src/lib/mail/devInbox'
import { binary, onShutdown, spawnGroup, stopGroup, waitForHealthy } from '../src/lib/launch/processes'

loadDotEnv()
await ensureDevSecret()
const port = process.env.PORT ?? '3000'
const database = await provideDatabase('dev', (line) => console.log(line)).catch((error: unknown) => {
  console.error(`\n✖ ${(error as Error).message}\n`)
  process.exit(1)
})

// Without SMTP_HOST every mail (double opt-in, password reset) goes to a local inbox to read in the browser.
let inbox: LocalInbox | undefined
if (!process.env.SMTP_HOST?.trim()) {
  inbox = await startLocalInbox().catch(async (error: unknown) => {
    console.error(`\n✖ Posteingang konnte nicht starten / inbox failed to start: ${(error as Error).message}\n`)
    await database.stop()
    process.exit(1)
  })
  process.env.SMTP_HOST = inbox.smtp.host
  process.env.SMTP_PORT = String(inbox.smtp.port)
  process.env.SMTP_SECURE = 'false'
  console.log(`Posteingang / Inbox: ${inbox.webURL}`)
}
const stopInbox = async () => {
  await inbox?.stop()
  inbox = undefined
}

process.env.DATABASE_URI = database.uri
process.env.PAYLOAD_DB_PUSH = 'true'
console.log(`Datenbank / database: ${redactedURI(database.uri)}`)

const { seedDemo } = await import('../src/seed/run')
try {
  await seedDemo()
} catch (error) {
  console.error('✖ Seed fehlgeschlagen / seed failed:', error)
  await stopInbox()
  await database.stop()
  process.exit(1)
}

const next = spawnGroup(binary('next'), ['dev', '--port', port], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })
onShutdown(async () => {
  console.log('\nBeende / stopping …')
  await stopGroup(next)
  await stopInbox()
  await database.stop()
})
next.on('exit', async (code) => {
  await stopInbox()
  await database.stop()
  process.exit(code ?? 0)
})

const baseURL = `http://localhost:${port}`
if (await waitForHealthy(baseURL)) {
  console.log(`
  ✔ Kreative Klasse CMS läuft / is running
    Admin:    ${baseURL}/admin
    REST:     ${baseURL}/api
    GraphQL:  ${baseURL}/api/graphql
    Health:   ${baseURL}/api/health${inbox ? `\n    Posteingang / Inbox: ${inbox.webURL}` : ''}
`)
}
