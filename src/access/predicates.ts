import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { type Role, userHasRole } from './roles'

type AccessArgs = { req: PayloadRequest }

/** Access granted to users holding any of `roles`. */
export const hasRole =
  (...roles: Role[]) =>
  ({ req }: AccessArgs): boolean =>
    userHasRole(req.user, ...roles)

export const isAdmin = hasRole('admin')

/** Staff: everyone who works on content for the association (not plain members). */
export const isStaff = hasRole('admin', 'press', 'editor')

export const isLoggedIn = ({ req }: AccessArgs): boolean => Boolean(req.user)

export const denyAll: Access = () => false

/** Admins see every user; everyone else only their own account. Anonymous: nothing. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  const own: Where = { id: { equals: req.user.id } }
  return own
}

export const adminFieldOnly: FieldAccess = ({ req }) => userHasRole(req.user, 'admin')
