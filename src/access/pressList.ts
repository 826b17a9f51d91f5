import type { ClientUser } from 'payload'

import { hasRole } from './predicates'
import { userHasRole } from './roles'

/**
 * The press list (Presseverteiler) holds journalists' personal data: only the press office and
 * administrators read or change it. Editors and members do not need it for their work.
 */
export const pressListStaff = hasRole('admin', 'press')

/** Hides the collection from the admin navigation of everyone else (access still decides). */
export const hiddenFromNonPressStaff = ({ user }: { user: ClientUser }): boolean =>
  !userHasRole(user as { roles?: string[] }, 'admin', 'press')
