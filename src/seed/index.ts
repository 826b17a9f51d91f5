import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { ensureAdmin, type SeededAdmin } from './admin'
import { seedContent } from './content'

export type SeedResult = { admin: SeededAdmin }

/** Idempotent: every step looks for what it would create and leaves existing content alone. */
export async function seed(payload: Payload): Promise<SeedResult> {
  const req = await createLocalReq({ context: { seeding: true } }, payload)
  const admin = await ensureAdmin(payload, req)
  await seedContent(payload, req)
  return { admin }
}
