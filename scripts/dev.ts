import { isPortFree } from '../src/lib/database/embedded'
/**
 * `npm run dev`: a real PostgreSQL (embedded unless DATABASE_URI is set), the dev database with
 * schema push, the German demo content, a local SMTP server with a web inbox (unless SMTP_HOST is
 * set), then Next with admin, REST and GraphQL on one port.
 */
import { provideDatabase } from '../src/lib/database/provision'
import { redactedURI } from '../src/lib/database/uri'
import { choosePort, DEFAULT_DEV_PORT, lanAddresses } from '../src/lib/launch/devNetwork'
import { ensureDevSecret, loadDotEnv } from '../src/lib/launch/environment'
import {
  binary,
  onShutdown,
  spawnGroup,
  stopGroup,
  waitForHealthy,
} from '../src/lib/launch/processes'
import { type LocalInbox, startLocalInbox } from '../src/lib/mail/devInbox'

loadDotEnv()
await ensureDevSecret()
// A PORT someone set is kept (or refused clearly); the default moves on to 3001… when 3000 is taken,
// e.g. by a second checkout. Next itself would only fail with EADDRINUSE for an explicit --port.
const explicitPort = process.env.PORT?.trim()
const preferredPort = Number(explicitPort || DEFAULT_DEV_PORT)
const chosenPort = await choosePort(
  preferredPort,
  (candidate) => isPortFree(candidate, '0.0.0.0'),
  { strict: Boolean(explicitPort) },
)
if (!chosenPort) {
  console.error(
    `\n✖ Port ${preferredPort} ist belegt${explicitPort ? ' (PORT)' : ' (und die zehn folgenden)'}: anderen Server beenden oder PORT=… setzen. / ` +
      `Port ${preferredPort} is taken${explicitPort ? ' (PORT)' : ' (and the next ten)'}: stop the other server or set PORT=….\n`,
  )
  process.exit(1)
}
if (chosenPort !== preferredPort)
  console.log(
    `Port ${preferredPort} ist belegt, nehme ${chosenPort}. / Port ${preferredPort} is taken, using ${chosenPort}.`,
  )
const port = String(chosenPort)
// serverURL and the dev CORS/CSRF origins (src/lib/env.ts) follow the port actually used.
process.env.PORT = port
const database = await provideDatabase('dev', (line) => console.log(line)).catch(
  (error: unknown) => {
    console.error(`\n✖ ${(error as Error).message}\n`)
    process.exit(1)
  },
)

// Without SMTP_HOST every mail (double opt-in, password reset) goes to a local inbox to read in the browser.
let inbox: LocalInbox | undefined
if (!process.env.SMTP_HOST?.trim()) {
  inbox = await startLocalInbox().catch(async (error: unknown) => {
    console.error(
      `\n✖ Posteingang konnte nicht starten / inbox failed to start: ${(error as Error).message}\n`,
    )
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

const next = spawnGroup(binary('next'), ['dev', '--port', port], {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
})
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
  const network = lanAddresses()
    .map((address) => `\n    Im Netz / on the LAN: http://${address}:${port}/admin`)
    .join('')
  console.log(`
  ✔ Kreative Klasse CMS läuft / is running
    Admin:    ${baseURL}/admin  (auch / also http://127.0.0.1:${port}/admin)${network}
    REST:     ${baseURL}/api
    GraphQL:  ${baseURL}/api/graphql
    Health:   ${baseURL}/api/health${inbox ? `\n    Posteingang / Inbox: ${inbox.webURL}` : ''}
`)
}
