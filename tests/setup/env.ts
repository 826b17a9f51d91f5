import { inject } from 'vitest'

process.env.DATABASE_URI = inject('databaseURI')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.PAYLOAD_DB_PUSH = 'false'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.JOBS_AUTORUN = 'false'
// Tests run thousands of requests from one "client"; the tests of the limits switch them on.
process.env.RATE_LIMITS = 'off'

// Test files run one after another in the same worker process, so a variable one file sets for
// itself (a temp photo folder, its own SMTP server, webhook test switches) would leak into the next.
// Every file starts from the same environment; a file that needs one sets it before booting Payload.
for (const name of [
  'PRESS_PHOTOS_DIR',
  'SMTP_HOST',
  'SMTP_PORT',
  'WEBHOOKS_ALLOW_PRIVATE',
  'WEBHOOKS_RETRY_DELAY_MS',
  'PRESS_SEND_RETRY_DELAY_MS',
  'S3_BUCKET',
  'S3_ENDPOINT',
  'DATABASE_READ_URIS',
  'TRUSTED_PROXIES',
]) {
  delete process.env[name]
}
