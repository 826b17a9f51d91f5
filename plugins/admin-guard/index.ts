import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import { userHasRole } from '../../src/access/roles'
import { lockAccess, lockBelongsToEditor, LOCKS_SLUG } from './locks'
import type { AdminGuardOptions } from './types'

export type { AdminGuardOptions } from './types'
export { guardServerFunctions } from './serverFunctions'

const GUARDED = Symbol.for('kreative-klasse.admin-guard')

const adminsOnly = (req: PayloadRequest) => userHasRole(req.user, 'admin')

/**
 * Payload adds its edit-lock collection while it sanitises the config, after every plugin has run,
 * with "any logged-in user" access. The guard therefore sets its rules once Payload is built
 * (`onInit`, before the first request), on the sanitised collection itself.
 */
function guardLocks(config: SanitizedConfig, options: AdminGuardOptions): void {
  const locks = config.collections.find((collection) => collection.slug === LOCKS_SLUG)
  if (!locks || (locks as unknown as Record<symbol, boolean>)[GUARDED]) return
  const fullAccess = options.fullAccess ?? adminsOnly
  const read = lockAccess(locks, fullAccess)
  locks.access = {
    ...locks.access,
    read,
    update: read,
    delete: read,
    create: ({ req }) => Boolean(req.user),
  }
  // First of all data checks, so none answers before it (the input guard's "document does not
  // exist" would tell a member which hidden drafts exist).
  locks.hooks.beforeValidate = [
    lockBelongsToEditor(fullAccess),
    ...(locks.hooks.beforeValidate ?? []),
  ]
  ;(locks as unknown as Record<symbol, boolean>)[GUARDED] = true
}

/**
 * Members enter the admin for their own portrait and account; this plugin keeps the admin's
 * machinery (edit locks here, server functions via `guardServerFunctions` in the layout) within
 * what each role may do. Jobs and preferences keep Payload's rules (jobs closed, preferences
 * per user), which the tests pin down.
 */
export const adminGuard =
  (options: AdminGuardOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    return {
      ...config,
      onInit: async (payload) => {
        guardLocks(payload.config, options)
        await config.onInit?.(payload)
      },
    }
  }
