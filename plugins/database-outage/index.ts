import type { CollectionBeforeOperationHook, Config, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { appendHooks, prependHooks } from '../../src/lib/config/hooks'
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  databasePool,
  isDatabaseUnavailable,
} from '../../src/lib/database/resilience'
import { databaseErrorsAs503 } from './hooks/databaseErrors'
import type { DatabaseOutageOptions } from './types'

export type { DatabaseOutageOptions } from './types'

const carriesCredentials = (req: PayloadRequest): boolean => {
  const cookiePrefix = req.payload.config.cookiePrefix
  return Boolean(
    req.headers.get('authorization') ||
    req.headers.get('cookie')?.includes(`${cookiePrefix}-token=`),
  )
}

/**
 * Payload's JWT strategy swallows every error, so while the database is down a logged-in request
 * silently becomes anonymous and gets a misleading 403. A request that brought credentials but has
 * no user is checked once against the database; when it is unreachable the answer is 503.
 */
const refuseDuringOutage: CollectionBeforeOperationHook = async ({ args, req }) => {
  if (req.user || req.payloadAPI === 'local' || !carriesCredentials(req)) return args
  try {
    await databasePool(req.payload)?.query('select 1')
  } catch (error) {
    if (isDatabaseUnavailable(error))
      throw new APIError(DATABASE_UNAVAILABLE_MESSAGE, 503, undefined, true)
  }
  return args
}

/**
 * Turns a lost or stuck PostgreSQL into "503, try again" on every REST and GraphQL path, for
 * anonymous and logged-in requests alike, instead of 500s and false 403s; a statement that was
 * too slow gets its own 503 ("took too long"), since the database is up.
 */
export const databaseOutage =
  (options: DatabaseOutageOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    return {
      ...config,
      hooks: appendHooks(config.hooks, { afterError: [databaseErrorsAs503] }),
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: prependHooks(collection.hooks, {
          beforeOperation: [refuseDuringOutage],
        }),
      })),
    }
  }
