import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account (created on /admin/create-first-user) must be able to administer. */
export const firstUserBecomesAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
