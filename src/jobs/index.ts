import type { Access, JobsConfig } from 'payload'

import { userHasRole } from '../access/roles'
import { abandonedDraftsTask } from './abandonedDrafts'

const staffOnly = ({ req }: { req: { user?: { roles?: readonly string[] | null } | null } }) =>
  userHasRole(req.user, 'admin', 'press', 'editor')

/**
 * Payload lets nobody read the queue. The press office's dashboard lists upcoming scheduled
 * publications, so press and admin may read those jobs; only admins see the rest (webhook and
 * mailing jobs carry addresses).
 */
const readScheduledPublications: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin')) return true
  if (userHasRole(req.user, 'press')) return { taskSlug: { equals: 'schedulePublish' } }
  return false
}

const autoRunQueues = [
  { cron: '* * * * *', queue: 'default', limit: 20 },
  { cron: '* * * * *', queue: 'webhooks', limit: 50 },
  { cron: '* * * * *', queue: 'press-mail', limit: 50 },
]

/**
 * Scheduled publishing (and unpublishing) is a job on the `default` queue; the Next server runs
 * due jobs every minute in dev and production. Set JOBS_AUTORUN=false on extra instances so only
 * one server works the queue, and in tests, which run the queue themselves.
 */
export const jobsConfig: JobsConfig = {
  access: { queue: staffOnly, run: staffOnly, cancel: staffOnly },
  // One queue per kind of work, each worked every minute: webhook retries to a dead receiver or a
  // mailing to the whole press list never delay a scheduled publication on `default`.
  // JOBS_AUTORUN=false starts no cron at all (a `shouldAutoRun` check would only stop the running,
  // while Payload's cron would still enqueue the daily tasks and rewrite the `payload-jobs-stats`
  // global every minute) — on an instance that should only serve, and under tests that run the
  // queue themselves (and compare table checksums).
  autoRun: () => (process.env.JOBS_AUTORUN === 'false' ? [] : autoRunQueues),
  // What an abandoned "Neu erstellen" leaves behind (see abandonedDrafts.ts).
  tasks: [abandonedDraftsTask()],
  deleteJobOnComplete: true,
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { ...defaultJobsCollection.access, read: readScheduledPublications },
  }),
}
