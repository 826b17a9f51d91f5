import type { AfterErrorHook } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../lib/database/resilience'

/** A lost or stuck database is a temporary outage (503, retry), not a server bug (500). */
export const databaseUnavailableAs503: AfterErrorHook = ({ error }) => {
  if (!isDatabaseUnavailable(error)) return
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}
