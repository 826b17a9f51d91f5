import type { Payload, PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

export const DEFAULT_ADMIN_EMAIL = 'admin@kreativeklasse.ruhr'

export type SeededAdmin = { email: string; created: boolean; generatedPassword?: string }

/**
 * Creates the admin account once. Its password comes from SEED_ADMIN_PASSWORD or is generated and
 * shown a single time: a fixed, well-known demo password would be the first thing tried on a
 * server someone forgot to harden.
 */
export async function ensureAdmin(
  payload: Payload,
  req: Partial<PayloadRequest>,
): Promise<SeededAdmin> {
  const email = process.env.SEED_ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    req,
  })
  if (existing.docs.length) return { email, created: false }

  const generatedPassword = process.env.SEED_ADMIN_PASSWORD
    ? undefined
    : randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: {
      email,
      name: 'Administration',
      password: process.env.SEED_ADMIN_PASSWORD ?? generatedPassword,
      roles: ['admin'],
    },
    req,
  })
  return { email, created: true, generatedPassword }
}
