/** `npm run seed`: re-runs the idempotent dev seed against the dev database. */
import { provideDatabase } from '../src/lib/database/provision'
import { ensureDevSecret, loadDotEnv } from '../src/lib/launch/environment'

loadDotEnv()
await ensureDevSecret()
const database = await provideDatabase('dev', (line) => console.log(line))
process.env.DATABASE_URI = database.uri
process.env.PAYLOAD_DB_PUSH = 'true'
try {
  const { seedDemo } = await import('../src/seed/run')
  await seedDemo()
} finally {
  await database.stop()
}
process.exit(0)
