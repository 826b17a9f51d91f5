/**
 * `npm run payload -- <command>` (and `npm run migrate`, `npm run migrate:create`): the Payload CLI
 * against the migrated database, never the dev one, so migrations and push never meet.
 */
import { spawnSync } from 'node:child_process'

import { provideDatabase } from '../src/lib/database/provision'
import { ensureDevSecret, loadDotEnv } from '../src/lib/launch/environment'
import { binary } from '../src/lib/launch/processes'

loadDotEnv()
await ensureDevSecret()
const args = process.argv.slice(2)
// Creating a migration diffs the config against the last snapshot; it needs no database.
const needsDatabase = args[0] !== 'migrate:create'
const database = needsDatabase
  ? await provideDatabase('production', (line) => console.log(line))
  : undefined
const result = spawnSync(binary('payload'), args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URI:
      database?.uri ?? process.env.DATABASE_URI ?? 'postgres://unused@127.0.0.1:1/unused',
    PAYLOAD_DB_PUSH: 'false',
    DB_STATEMENT_TIMEOUT_MS: process.env.DB_STATEMENT_TIMEOUT_MS ?? '600000',
    DB_QUERY_TIMEOUT_MS: process.env.DB_QUERY_TIMEOUT_MS ?? '600000',
  },
})
await database?.stop()
process.exit(result.status ?? 1)
