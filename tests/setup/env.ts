import { inject } from 'vitest'

process.env.DATABASE_URI = inject('databaseURI')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.PAYLOAD_DB_PUSH = 'false'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.JOBS_AUTORUN = 'false'
// Tests run thousands of requests from one "client"; the tests of the limits switch them on.
process.env.RATE_LIMITS = 'off'
