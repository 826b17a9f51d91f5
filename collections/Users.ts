import type { CollectionConfig } from 'payload'

import { adminFieldOnly, adminOrSelf, isAdmin, isLoggedIn } from '../src/access/predicates'
import { ROLE_LABELS, ROLES } from '../src/access/roles'
import { equalLoginWork, lockedAnswersLikeWrongPassword } from '../src/lib/auth/equalLoginWork'
import { LOGIN_LOCKOUT } from '../src/lib/auth/lockout'
import { env } from '../src/lib/env'
import { forgotPasswordMail } from '../src/lib/mail/accountMails'
import { firstUserBecomesAdmin } from './hooks/firstUserBecomesAdmin'
import { lockoutNotice, rememberLoginAddress } from './hooks/lockoutNotice'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { de: 'Benutzerkonto', en: 'User' },
    plural: { de: 'Benutzerkonten', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  auth: {
    maxLoginAttempts: LOGIN_LOCKOUT.maxLoginAttempts,
    lockTime: LOGIN_LOCKOUT.lockTimeMs,
    tokenExpiration: 2 * 60 * 60,
    // German or English by the admin's language, links on SERVER_URL (src/lib/mail/accountMails.ts).
    forgotPassword: forgotPasswordMail,
    cookies: {
      // Browsers refuse Secure cookies on plain http, so only production (behind TLS) sets it.
      secure: env.isProduction(),
      sameSite: 'Lax',
    },
  },
  access: {
    admin: isLoggedIn,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { de: 'Name', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      label: { de: 'Rollen', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: {
        create: adminFieldOnly,
        update: adminFieldOnly,
      },
      admin: {
        description: {
          de: 'Nur die Administration vergibt Rollen.',
          en: 'Only administrators assign roles.',
        },
      },
    },
  ],
  hooks: {
    // Login never tells whether an address has an account or is locked (src/lib/auth/equalLoginWork.ts).
    beforeOperation: [rememberLoginAddress, equalLoginWork],
    beforeChange: [firstUserBecomesAdmin],
    // The owner of a just-locked account is told by mail (once per lock).
    afterError: [lockedAnswersLikeWrongPassword, lockoutNotice],
  },
}
