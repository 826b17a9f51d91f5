import { inject } from 'vitest'

process.env.DATABASE_URI = inject('databaseURI')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.PAYLOAD_DB_PUSH = 'false'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.JOBS_AUTORUN = 'false'
