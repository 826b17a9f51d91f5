import type { PayloadRequest } from 'payload'

import type { LocalizedText, PageRow } from './rows'
import { idOf, latestVersion, mainRow } from './rows'

/** `id` is the stored row's (set once written or found unchanged), so an answer matches a later read. */
export type Crumb = { id?: string; label: LocalizedText; url: string; doc: number }
export type DerivedPath = { path: string | null; breadcrumbs: Crumb[] }

/** Deeper than this, or round in a circle, the walk stops (saving such a parent is refused anyway). */
export const MAX_NESTING = 8

const isPublished = (row: PageRow) => row._status === 'published'

/** Only the locales that have a title; a missing English label falls back to German on read. */
function labelOf(row: PageRow): LocalizedText {
  const label: LocalizedText = {}
  for (const [locale, title] of Object.entries(row.title ?? {})) if (title) label[locale] = title
  if (Object.keys(label).length === 0 && row.slug) label.de = row.slug
  return label
}

/** Whose eyes a stored row is for: anyone (a published row) or staff only (a draft row). */
type Audience = 'public' | 'staff'

/**
 * The trail of ancestors above a page, for the audience of the row being derived.
 *
 * A published row (anyone may read it) is built from the ancestors' *published* rows only: an
 * ancestor that is not published (never, or no longer) is left out with its title and slug — its own
 * published ancestors still count — so nothing a reader may not see ends up in a published page's
 * path or breadcrumbs. A draft row (only staff may read it) is built from the ancestors' newest
 * versions, so editors see where the page will sit once everything is published.
 *
 * Rows are cached per instance, so refreshing 150 siblings reads their common ancestors once.
 */
export class Trails {
  private readonly rows: Record<Audience, Map<number, Promise<PageRow | null>>> = {
    public: new Map(),
    staff: new Map(),
  }

  constructor(private readonly req: PayloadRequest) {}

  private row(audience: Audience, id: number) {
    let row = this.rows[audience].get(id)
    if (!row) {
      row =
        audience === 'public'
          ? mainRow(this.req, id)
          : latestVersion(this.req, id).then((version) =>
              version ? { ...version.version, id } : mainRow(this.req, id),
            )
      this.rows[audience].set(id, row)
    }
    return row
  }

  /** Ancestors from the top down, starting at `parentID`, as `audience` may see them. */
  async above(audience: Audience, parentID: number | undefined): Promise<Crumb[]> {
    const chain: PageRow[] = []
    const seen = new Set<number>()
    for (let id = parentID; id !== undefined && !seen.has(id) && chain.length < MAX_NESTING;) {
      seen.add(id)
      const row = await this.row(audience, id)
      if (!row) break
      chain.unshift(row)
      id = idOf(row.parent)
    }
    const crumbs: Crumb[] = []
    for (const row of chain) {
      if ((audience === 'public' && !isPublished(row)) || !row.slug) continue
      crumbs.push({
        label: labelOf(row),
        url: `${crumbs.at(-1)?.url ?? ''}/${row.slug}`,
        doc: row.id,
      })
    }
    return crumbs
  }

  /** Path and breadcrumbs of one stored state of a page (its collection row or a version of it). */
  async derive(pageID: number, state: PageRow): Promise<DerivedPath> {
    const crumbs = await this.above(isPublished(state) ? 'public' : 'staff', idOf(state.parent))
    if (!state.slug) return { path: null, breadcrumbs: crumbs }
    const url = `${crumbs.at(-1)?.url ?? ''}/${state.slug}`
    return { path: url, breadcrumbs: [...crumbs, { label: labelOf(state), url, doc: pageID }] }
  }
}
