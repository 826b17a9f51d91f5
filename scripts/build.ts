/**
 * `npm run build`: the production Next build. Building needs no database and no real secret;
 * both are read again from the environment when `npm start` runs.
 */
import { spawnSync } from 'node:child_process'

import { loadDotEnv } from '../src/lib/launch/environment'
import { binary } from '../src/lib/launch/processes'

loadDotEnv()
const result = spawnSync(binary('next'), ['build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI:
      process.env.DATABASE_URI ?? 'postgres://build-time-placeholder@127.0.0.1:1/unused',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'build-time-placeholder-never-used-at-runtime',
    SERVER_URL: process.env.SERVER_URL ?? 'http://localhost:3000',
    // The build evaluates the config, which requires a mail server in production; it never sends.
    SMTP_HOST: process.env.SMTP_HOST ?? 'build-time-placeholder.invalid',
  },
})
process.exit(result.status ?? 1)
