import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import type { Project } from '../../../payload-types'
import { translate } from '../../../src/i18n'
import { refreshProjectPaths } from './refresh'
import { childStates, idOf, latestVersion, mainRow } from './rows'
import type { Crumb } from './trail'
import { MAX_NESTING } from './trail'

export { refreshEveryProjectPath, refreshProjectPaths } from './refresh'

const cycleError = (req: PayloadRequest) =>
  new ValidationError(
    {
      errors: [{ path: 'parent', message: translate(req.t)('projectCycle', { max: MAX_NESTING }) }],
      req,
    },
    req.t,
  )

/** Walks up one kind of parent link (published or newest draft) and refuses a circle or a too deep tree. */
async function refuseCircle(
  req: PayloadRequest,
  start: number,
  selfID: number | undefined,
  parentOf: (id: number) => Promise<number | undefined>,
) {
  let depth = 0
  for (let id: number | undefined = start; id !== undefined; id = await parentOf(id)) {
    if (id === selfID || ++depth >= MAX_NESTING) throw cycleError(req)
  }
}

/**
 * A page may not sit below itself — through the published parents or through the parents of newest
 * drafts, since either may be published next.
 */
export const refuseParentCycles: CollectionBeforeChangeHook<Project> = async ({
  data,
  originalDoc,
  req,
}) => {
  const parentID = idOf(data.parent !== undefined ? data.parent : originalDoc?.parent)
  if (parentID === undefined) return data
  const selfID = idOf(originalDoc?.id)
  await refuseCircle(req, parentID, selfID, async (id) => idOf((await mainRow(req, id))?.parent))
  await refuseCircle(req, parentID, selfID, async (id) =>
    idOf((await latestVersion(req, id))?.version.parent),
  )
  return data
}

/** The response shows the breadcrumbs in the reader's locale, as a read would (German fallback). */
function inLocale(req: PayloadRequest, crumbs: Crumb[]) {
  const locale = req.locale
  if (locale === 'all' || !req.payload.config.localization) return crumbs
  const fallback = req.payload.config.localization.defaultLocale
  return crumbs.map((crumb) => ({
    ...crumb,
    label: (locale && crumb.label[locale]) || crumb.label[fallback] || null,
  }))
}

/**
 * Any save (create, draft, autosave, publish, unpublish, scheduled publish) re-derives the page's own
 * path and breadcrumbs and those of every page below it; the answer carries the newest state's.
 */
export const refreshPathsAfterChange: CollectionAfterChangeHook<Project> = async ({ doc, req }) => {
  const id = idOf(doc.id)
  if (id === undefined) return doc
  const derived = (await refreshProjectPaths(req, [id])).get(id)
  const shown = derived?.latest ?? derived?.main
  if (!shown) return doc
  // Only the fields the answer carries (a `select` may have left them out).
  return {
    ...doc,
    ...('path' in doc ? { path: shown.path } : {}),
    ...('breadcrumbs' in doc ? { breadcrumbs: inLocale(req, shown.breadcrumbs) } : {}),
  }
}

const orphansKey = (id: number | string) => `projectPathOrphans:${id}`

/** Deleting a page lets the database clear its children's parent; remember them to move their paths up. */
export const rememberChildrenBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const pageID = idOf(id)
  if (pageID !== undefined)
    req.context[orphansKey(pageID)] = [...(await childStates(req, pageID)).keys()]
}

export const refreshChildrenAfterDelete: CollectionAfterDeleteHook<Project> = async ({
  id,
  req,
}) => {
  const orphans = req.context[orphansKey(id)] as number[] | undefined
  if (orphans?.length) await refreshProjectPaths(req, orphans)
}
