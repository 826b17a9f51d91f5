import type { CollectionAfterErrorHook, CollectionBeforeOperationHook } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

import type { User } from '../../payload-types'
import { LOGIN_LOCKOUT } from '../../src/lib/auth/lockout'
import { adminURL, requestLanguage } from '../../src/lib/mail/accountMails'
import { lockoutNoticeMail } from '../../src/lib/mail/templates/account'

const LOGIN_ADDRESS = 'loginAddress'

/** Lock moments already reported, per account (this process; bounded by the accounts locked). */
const noticed = new Map<string, number>()

/** Remembers which address a login tried, for the notice below (only the REST error path has it). */
export const rememberLoginAddress: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email === 'string' && email.trim())
    (req.context as Record<string, unknown>)[LOGIN_ADDRESS] = email.trim().toLowerCase()
  return args
}

/**
 * When wrong passwords have just locked an account, its owner gets one mail saying so and how to
 * lift it ("Passwort vergessen"). The login answer itself stays the wrong-password answer
 * (equalLoginWork.ts); the mail goes only to the account's own address and is sent after it.
 */
export const lockoutNotice: CollectionAfterErrorHook = async ({ error, req }) => {
  if (!(error instanceof AuthenticationError || error instanceof LockedAuth)) return
  const address = (req.context as Record<string, unknown>)[LOGIN_ADDRESS]
  if (typeof address !== 'string') return
  const user = await req.payload.db.findOne<User>({
    collection: 'users',
    where: { email: { equals: address } },
    req,
  })
  const lockUntil = user?.lockUntil ? new Date(user.lockUntil).getTime() : 0
  if (!user || lockUntil <= Date.now()) return
  const key = String(user.id)
  if (noticed.get(key) === lockUntil) return
  for (const [id, until] of noticed) if (until <= Date.now()) noticed.delete(id)
  noticed.set(key, lockUntil)
  const content = lockoutNoticeMail({
    language: requestLanguage(req),
    name: user.name,
    minutes: Math.round(LOGIN_LOCKOUT.lockTimeMs / 60_000),
    forgotURL: adminURL(req, '/forgot'),
  })
  void req.payload
    .sendEmail({ to: user.email, subject: content.subject, html: content.html, text: content.text })
    .catch((sendError: unknown) =>
      req.payload.logger.error({ err: sendError, msg: 'lockout notice could not be sent' }),
    )
}
