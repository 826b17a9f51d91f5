import type { PayloadRequest, TaskConfig } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { PressRelease } from '../../../payload-types'
import { enqueueEvent } from '../enqueue'
import { readMainRow } from '../hooks/mainRow'
import { releaseEvent, RELEASES_SLUG } from '../hooks/releases'
import type { ResolvedWebhooksOptions } from '../types'

export const LIFT_TASK = 'webhookEmbargoLift'

type LiftInput = { release: string; embargo: string }
type PendingJob = { id: number | string; input?: Partial<LiftInput> | null }

/**
 * One pending lift per release: a new Sperrfrist replaces the pending job of the old one, the same
 * Sperrfrist keeps it. The job checks the release again when it runs in any case.
 */
export async function scheduleEmbargoLift(
  req: PayloadRequest,
  releaseID: number | string,
  at: Date,
) {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: LIFT_TASK } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const embargo = at.toISOString()
  let alreadyQueued = false
  for (const job of docs as unknown as PendingJob[]) {
    if (job.input?.release !== String(releaseID)) continue
    if (job.input.embargo === embargo) alreadyQueued = true
    else
      await req.payload.delete({
        collection: 'payload-jobs',
        id: job.id,
        overrideAccess: true,
        req,
      })
  }
  if (alreadyQueued) return
  const input: LiftInput = { release: String(releaseID), embargo }
  await req.payload.jobs.queue({
    task: LIFT_TASK,
    input,
    waitUntil: at,
    queue: 'default',
    req,
  } as Parameters<typeof req.payload.jobs.queue>[0])
}

/**
 * At the Sperrfrist: fires `press-release.embargo-lifted` if the release is still published with
 * exactly this Sperrfrist (moved, cleared or unpublished since: nothing). The queue's cron runs
 * every minute, so the event leaves within a minute of the time.
 */
export const embargoLiftTask = (options: ResolvedWebhooksOptions): TaskConfig =>
  ({
    slug: LIFT_TASK,
    label: 'Sperrfrist-Ende melden / Announce embargo lift',
    retries: { attempts: 3, backoff: { type: 'fixed', delay: 10_000 } },
    inputSchema: [
      { name: 'release', type: 'text', required: true },
      { name: 'embargo', type: 'text', required: true },
    ],
    handler: async ({ input, req }) => {
      const { release, embargo } = input as LiftInput
      const row = await readMainRow<
        Pick<PressRelease, 'id' | 'slug' | '_status' | 'embargo' | 'updatedAt'>
      >(req, RELEASES_SLUG, release)
      const due = new Date(embargo).getTime()
      if (
        !row ||
        row._status !== 'published' ||
        !row.embargo ||
        new Date(row.embargo).getTime() !== due
      )
        return { output: {} }
      // Run a moment early (clock skew): fail, and the retry comes after the Sperrfrist.
      if (due > Date.now()) throw new Error(`Sperrfrist ${embargo} not reached yet`)
      // All deliveries or none, so a retry never announces twice.
      const started = await initTransaction(req)
      try {
        await enqueueEvent(req, releaseEvent(req, 'press-release.embargo-lifted', row), options)
        if (started) await commitTransaction(req)
      } catch (error) {
        if (started) await killTransaction(req)
        throw error
      }
      return { output: {} }
    },
  }) as TaskConfig
