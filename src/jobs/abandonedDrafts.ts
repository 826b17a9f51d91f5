/**
 * `removeAbandonedDrafts`: Payload 3.90 creates a document as soon as the create view of a
 * collection with autosave drafts is opened (@payloadcms/next views/Document: `payload.create({
 * draft: true })`, then a redirect to its edit view), so every "Neu erstellen" left without typing
 * leaves a "<Kein Titel>" draft in the list. Payload offers no switch for this short of draft
 * validation (which would demand every required field in every autosave), so a daily job removes
 * what such a visit leaves, and nothing else:
 *   - never published: the row is a draft and its only version is that draft;
 *   - never edited: exactly one version (an autosave or a saved draft adds a second);
 *   - untitled: its title field is empty in every language;
 *   - older than a grace period (default 24 h), and not open in anyone's editor (no lock).
 */
import type {
  CollectionSlug,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  TaskConfig,
} from 'payload'

import { hasAutosaveEnabled } from 'payload/shared'

export const ABANDONED_DRAFTS_TASK = 'removeAbandonedDrafts'
export const DEFAULT_GRACE_HOURS = 24
const LOCKS = 'payload-locked-documents'
const BATCH = 100

export type AbandonedDraftsResult = { removed: Array<{ collection: string; id: number | string }> }

const isBlank = (value: unknown): boolean => {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  // A localized title read with `locale: 'all'`: { de: …, en: … }.
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>).every(isBlank)
  return false
}

/** The collections whose create view makes a draft at once, with the field their list shows as title. */
function autosaveCollections(
  payload: Payload,
): Array<{ config: SanitizedCollectionConfig; title: string }> {
  return Object.values(payload.collections).flatMap(({ config }) => {
    const title = config.admin?.useAsTitle
    return hasAutosaveEnabled(config) && title && title !== 'id' ? [{ config, title }] : []
  })
}

async function isOpenInEditor(
  payload: Payload,
  req: PayloadRequest | undefined,
  slug: string,
  id: number | string,
): Promise<boolean> {
  if (!payload.collections[LOCKS as CollectionSlug]) return false
  const { totalDocs } = await payload.count({
    collection: LOCKS as CollectionSlug,
    where: {
      and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { equals: id } }],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export async function removeAbandonedDrafts(
  payload: Payload,
  {
    graceHours = DEFAULT_GRACE_HOURS,
    now = new Date(),
    req,
  }: { graceHours?: number; now?: Date; req?: PayloadRequest } = {},
): Promise<AbandonedDraftsResult> {
  const cutoff = new Date(now.getTime() - graceHours * 3_600_000).toISOString()
  const result: AbandonedDraftsResult = { removed: [] }
  for (const { config, title } of autosaveCollections(payload)) {
    const slug = config.slug as CollectionSlug
    // Candidates first (deleting while paging would shift the pages): untitled main rows that are
    // still drafts, created before the cutoff.
    const untitled: Array<number | string> = []
    for (let page = 1; ; page++) {
      const candidates = await payload.find({
        collection: slug,
        where: { and: [{ _status: { equals: 'draft' } }, { createdAt: { less_than: cutoff } }] },
        depth: 0,
        limit: BATCH,
        page,
        locale: 'all',
        overrideAccess: true,
        req,
        select: { [title]: true, _status: true } as never,
        sort: 'createdAt',
      })
      // Any autosave collection, its title field named by its config: no generated type fits.
      for (const doc of candidates.docs as Array<
        Record<string, unknown> & { id: number | string }
      >) {
        if (isBlank(doc[title])) untitled.push(doc.id)
      }
      if (!candidates.hasNextPage) break
    }
    for (const id of untitled) {
      const versions = await payload.findVersions({
        collection: slug,
        where: { parent: { equals: id } },
        depth: 0,
        limit: 2,
        locale: 'all',
        overrideAccess: true,
        req,
      })
      const only =
        versions.totalDocs === 1
          ? (versions.docs[0] as { version?: Record<string, unknown> } | undefined)
          : undefined
      if (!only?.version || only.version._status !== 'draft' || !isBlank(only.version[title]))
        continue
      if (await isOpenInEditor(payload, req, slug, id)) continue
      await payload.delete({ collection: slug, id, overrideAccess: true, req })
      result.removed.push({ collection: slug, id })
    }
  }
  if (result.removed.length)
    payload.logger.info(`drafts: removed ${result.removed.length} untitled, never edited draft(s)`)
  return result
}

export const abandonedDraftsTask = (): TaskConfig<'removeAbandonedDrafts'> => ({
  slug: ABANDONED_DRAFTS_TASK,
  label: 'Leere Entwürfe entfernen / Remove abandoned empty drafts',
  inputSchema: [{ name: 'graceHours', type: 'number', min: 0 }],
  outputSchema: [{ name: 'removed', type: 'number' }],
  schedule: [{ cron: '0 47 3 * * *', queue: 'default' }],
  handler: async ({ input, req }) => {
    const graceHours = input?.graceHours ?? undefined
    const { removed } = await removeAbandonedDrafts(req.payload, { graceHours, req })
    return { output: { removed: removed.length } }
  },
})
