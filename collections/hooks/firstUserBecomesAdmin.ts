import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../payload-types'

/** The very first account (created on /admin/create-first-user) must be able to administer. */
export const firstUserBecomesAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
