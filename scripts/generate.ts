/** `npm run generate`: payload-types.ts, schema.graphql, openapi.json and the admin import map, from the config alone. */
import { spawnSync } from 'node:child_process'

import { ensureDevSecret, loadDotEnv } from '../src/lib/launch/environment'
import { binary } from '../src/lib/launch/processes'

loadDotEnv()
await ensureDevSecret()
const env = {
  ...process.env,
  DATABASE_URI: process.env.DATABASE_URI ?? 'postgres://unused@127.0.0.1:1/unused',
  PAYLOAD_DB_PUSH: 'false',
}
const steps: [string, string[]][] = [
  [binary('payload'), ['generate:types']],
  [binary('payload-graphql'), ['generate:schema']],
  [binary('payload'), ['generate:importmap']],
  [binary('tsx'), ['src/openapi/write.ts']],
]
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
