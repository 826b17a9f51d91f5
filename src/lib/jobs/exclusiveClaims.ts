/**
 * Payload 3.90 claims due jobs by reading them and then marking them `processing` (two statements;
 * its own comment says this only "reduces the chance" of two workers taking the same job). With
 * several instances working the queue, a scheduled publication, a webhook or a mail could run twice.
 * Here every claim of several jobs (`updateJobs` with `processing: true`) first takes a PostgreSQL
 * transaction-level advisory lock inside the claim's own transaction: claims of all instances run
 * one after another, and each reads only after the previous claim has committed its marks.
 */
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/** Any fixed number; only this code takes the lock. ("kkjobs" as bytes.) */
const CLAIM_LOCK = 0x6b6b6a6f6273

type UpdateJobsArgs = {
  id?: unknown
  data?: { processing?: unknown }
  req?: { transactionID?: number | string | Promise<number | string> }
}
type Session = { db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } }
type JobsAdapter = {
  updateJobs: (args: UpdateJobsArgs) => Promise<unknown>
  sessions?: Record<string, Session>
}

export function exclusiveJobClaims(payload: Payload): void {
  const db = payload.db as unknown as JobsAdapter
  const claim = db.updateJobs.bind(db)
  db.updateJobs = async (args) => {
    if (
      args.id === undefined &&
      args.data?.processing === true &&
      args.req?.transactionID !== undefined
    ) {
      const session = db.sessions?.[String(await args.req.transactionID)]
      // Held until the claim's transaction commits or rolls back.
      if (session) await session.db.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`)
    }
    return claim(args)
  }
}
