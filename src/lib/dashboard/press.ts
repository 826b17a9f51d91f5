/**
 * The press office's dashboard: what is under Sperrfrist and when it goes public, what is scheduled,
 * what editors submitted for approval, the latest sends to the press list, and (admins only)
 * webhook deliveries that failed. Each query runs with the reader's own access.
 */
import type { PayloadJob, PressRelease, PressSend, WebhookDelivery } from '../../../payload-types'
import { userHasRole } from '../../access/roles'
import {
  adminPath,
  asReader,
  DASHBOARD_ITEMS,
  type DashboardList,
  type DashboardReader,
  idOf,
} from './common'

export type ReleaseItem = { id: number; title: string; href: string; at: string | null }
export type ScheduledItem = {
  id: number | string
  releaseID: number | string
  title: string
  href: string
  at: string
  type: 'publish' | 'unpublish'
}
export type SendItem = {
  id: number
  title: string
  href: string
  at: string
  status: PressSend['status']
  recipients: number | null
}
export type FailureItem = { id: number; href: string; at: string; error: string }

export type PressDashboard = {
  embargoed: DashboardList<ReleaseItem>
  scheduled: DashboardList<ScheduledItem>
  submitted: DashboardList<ReleaseItem>
  sends: DashboardList<SendItem>
  /** Only for admins, and only when some delivery failed in the last week. */
  webhookFailures: DashboardList<FailureItem> | null
}

const WEEK_MS = 7 * 24 * 3600_000

const releaseHref = (reader: DashboardReader, id: number | string) =>
  adminPath(reader.payload, `/collections/press-releases/${id}`)
const titleOf = (release: Pick<PressRelease, 'id' | 'title'>) => release.title || `#${release.id}`

export async function pressDashboard(
  reader: DashboardReader,
  now: Date = new Date(),
): Promise<PressDashboard> {
  const [embargoed, scheduled, submitted, sends, webhookFailures] = await Promise.all([
    embargoedReleases(reader, now),
    scheduledPublications(reader, now),
    submittedReleases(reader),
    latestSends(reader, now),
    failedWebhooks(reader, now),
  ])
  return { embargoed, scheduled, submitted, sends, webhookFailures }
}

/** Published but still under Sperrfrist, the next to go public first. */
export async function embargoedReleases(
  reader: DashboardReader,
  now: Date,
): Promise<DashboardList<ReleaseItem>> {
  const result = await reader.payload.find({
    collection: 'press-releases',
    where: {
      and: [{ _status: { equals: 'published' } }, { embargo: { greater_than: now.toISOString() } }],
    },
    sort: 'embargo',
    limit: DASHBOARD_ITEMS,
    depth: 0,
    select: { title: true, embargo: true },
    ...asReader(reader),
  })
  return {
    count: result.totalDocs,
    items: result.docs.map((doc) => ({
      id: doc.id,
      title: titleOf(doc),
      href: releaseHref(reader, doc.id),
      at: doc.embargo ?? null,
    })),
  }
}

/** Drafts an editor handed to the press office, the longest waiting first. */
export async function submittedReleases(
  reader: DashboardReader,
): Promise<DashboardList<ReleaseItem>> {
  const result = await reader.payload.find({
    collection: 'press-releases',
    draft: true,
    where: { 'review.status': { equals: 'submitted' } },
    sort: 'review.submittedAt',
    limit: DASHBOARD_ITEMS,
    depth: 0,
    ...asReader(reader),
  })
  return {
    count: result.totalDocs,
    items: result.docs.map((doc) => ({
      id: doc.id,
      title: titleOf(doc),
      href: releaseHref(reader, doc.id),
      at: doc.review?.submittedAt ?? null,
    })),
  }
}

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo?: string; value?: number | string }
}

/** Publications (and withdrawals) of releases waiting in the jobs queue, the next first. */
export async function scheduledPublications(
  reader: DashboardReader,
  now: Date,
): Promise<DashboardList<ScheduledItem>> {
  if (!userHasRole(reader.user, 'admin', 'press')) return { count: 0, items: [] }
  const jobs = await reader.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { greater_than: now.toISOString() } },
        { 'input.doc.relationTo': { equals: 'press-releases' } },
      ],
    },
    sort: 'waitUntil',
    limit: DASHBOARD_ITEMS,
    depth: 0,
    ...asReader(reader),
  })
  const releaseIDs = jobs.docs
    .map((job) => (job.input as ScheduleInput | undefined)?.doc?.value)
    .filter((id) => id !== undefined)
  const titles = await releaseTitles(reader, releaseIDs)
  const items = jobs.docs.flatMap((job: PayloadJob): ScheduledItem[] => {
    const input = job.input as ScheduleInput | undefined
    const releaseID = input?.doc?.value
    // A release the reader cannot open (deleted since) is left out rather than shown blind.
    const title = releaseID === undefined ? undefined : titles.get(String(releaseID))
    if (releaseID === undefined || title === undefined || !job.waitUntil) return []
    return [
      {
        id: job.id,
        releaseID,
        title,
        href: releaseHref(reader, releaseID),
        at: job.waitUntil,
        type: input?.type === 'unpublish' ? 'unpublish' : 'publish',
      },
    ]
  })
  return { count: jobs.totalDocs, items }
}

async function releaseTitles(
  reader: DashboardReader,
  ids: Array<number | string>,
): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { docs } = await reader.payload.find({
    collection: 'press-releases',
    draft: true,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    select: { title: true },
    ...asReader(reader),
  })
  return new Map(docs.map((doc) => [String(doc.id), titleOf(doc)]))
}

/** The latest sends to the press list; the count is that of the last seven days. */
export async function latestSends(
  reader: DashboardReader,
  now: Date,
): Promise<DashboardList<SendItem>> {
  if (!userHasRole(reader.user, 'admin', 'press')) return { count: 0, items: [] }
  const result = await reader.payload.find({
    collection: 'press-sends',
    where: { createdAt: { greater_than: new Date(now.getTime() - WEEK_MS).toISOString() } },
    sort: '-createdAt',
    limit: DASHBOARD_ITEMS,
    depth: 1,
    ...asReader(reader),
  })
  return {
    count: result.totalDocs,
    items: result.docs.map((send) => {
      const release = typeof send.release === 'object' ? send.release : null
      const releaseID = idOf(send.release)
      return {
        id: send.id,
        title: release ? titleOf(release) : `#${releaseID}`,
        href: adminPath(reader.payload, `/collections/press-sends/${send.id}`),
        at: send.createdAt,
        status: send.status,
        recipients: send.recipients ?? null,
      }
    }),
  }
}

/** Failed webhook deliveries of the last week: admin-only data, so nobody else gets the section. */
export async function failedWebhooks(
  reader: DashboardReader,
  now: Date,
): Promise<DashboardList<FailureItem> | null> {
  if (!userHasRole(reader.user, 'admin')) return null
  const result = await reader.payload.find({
    collection: 'webhook-deliveries',
    where: {
      and: [
        { succeeded: { equals: false } },
        { createdAt: { greater_than: new Date(now.getTime() - WEEK_MS).toISOString() } },
      ],
    },
    sort: '-createdAt',
    limit: DASHBOARD_ITEMS,
    depth: 0,
    ...asReader(reader),
  })
  if (!result.totalDocs) return null
  return {
    count: result.totalDocs,
    items: result.docs.map((delivery: WebhookDelivery) => ({
      id: delivery.id,
      href: adminPath(reader.payload, `/collections/webhook-deliveries/${delivery.id}`),
      at: delivery.createdAt,
      error: delivery.error ?? (delivery.statusCode ? `HTTP ${delivery.statusCode}` : ''),
    })),
  }
}
