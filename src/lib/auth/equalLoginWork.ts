import type { CollectionAfterErrorHook, CollectionBeforeOperationHook } from 'payload'

import crypto from 'node:crypto'
import { AuthenticationError, formatErrors, LockedAuth } from 'payload'

import type { User } from '../../../payload-types'

/**
 * Payload 3.90's password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js,
 * `pbkdf2-sha256-v1`): a login with the right address runs exactly this once. The dummy hash below
 * must cost the same, so `tests/foundation/login-equal-work.test.ts` compares it with Payload's call.
 */
export const PAYLOAD_PASSWORD_HASH = {
  iterations: 600_000,
  keyLength: 32,
  digest: 'sha256',
} as const

// Payload salts with 32 random bytes written as hex; a per-process salt keeps the dummy just as long.
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

/**
 * Burns the time of one password check. Called through the `crypto` module object (not a
 * destructured import) so it does exactly what Payload's `authenticateLocalStrategy` does.
 */
export function hashPasswordForNothing(password: string): Promise<void> {
  const { iterations, keyLength, digest } = PAYLOAD_PASSWORD_HASH
  return new Promise((resolve) => {
    crypto.pbkdf2(password, DUMMY_SALT, iterations, keyLength, digest, () => resolve())
  })
}

const isLocked = (user: Pick<User, 'lockUntil'>): boolean =>
  Boolean(user.lockUntil && new Date(user.lockUntil).getTime() > Date.now())

/**
 * Login answers must not tell which addresses have accounts. Payload answers at once when no user
 * has the address and when the account is locked (both before hashing), and says "gesperrt" for a
 * locked one. This hook looks the address up the way Payload does, hashes once for nothing when
 * Payload would not hash, and answers a locked account like a wrong password. The lock itself
 * (counting, ten minutes, reset) stays Payload's; the owner learns of it by resetting the password.
 */
export const equalLoginWork: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } =
    (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  // Missing fields are refused by Payload before any lookup, for every address alike.
  if (
    typeof email !== 'string' ||
    email.trim() === '' ||
    typeof password !== 'string' ||
    password.trim() === ''
  ) {
    return args
  }
  const user = await req.payload.db.findOne<User>({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (user && !isLocked(user)) return args
  await hashPasswordForNothing(password)
  if (user) throw new AuthenticationError(req.t)
  // Unknown address: Payload's own lookup finds nobody and answers like a wrong password.
  return args
}

/**
 * Two parallel wrong guesses can still make Payload's login throw its own "locked" error after
 * hashing; over REST that answer is rewritten into the wrong-password answer as well.
 */
export const lockedAnswersLikeWrongPassword: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth)) return
  return { response: formatErrors(new AuthenticationError(req.t)), status: 401 }
}
