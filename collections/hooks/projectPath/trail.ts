import type { PayloadRequest } from 'payload'

import type { LocalizedText, PageRow } from './rows'

import { idOf, mainRow } from './rows'

export type Crumb = { label: LocalizedText; url: string; doc: number }
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

/**
 * The public trail above a page: its ancestors as an anonymous reader sees them. An ancestor counts
 * with its *published* row only; an ancestor that is not published (never, or no longer) is left out
 * with its title and slug — its published ancestors still count — so nothing a reader may not see
 * ends up in a published page's path or breadcrumbs. Rows are cached per instance, so refreshing 150
 * siblings reads their common ancestors once.
 */
export class PublicTrails {
  private readonly rows = new Map<number, Promise<PageRow | null>>()

  constructor(private readonly req: PayloadRequest) {}

  private row(id: number) {
    let row = this.rows.get(id)
    if (!row) this.rows.set(id, (row = mainRow(this.req, id)))
    return row
  }

  /** Published ancestors from the top down, starting at `parentID`. */
  async above(parentID: number | undefined): Promise<Crumb[]> {
    const chain: PageRow[] = []
    const seen = new Set<number>()
    for (let id = parentID; id !== undefined && !seen.has(id) && chain.length < MAX_NESTING; ) {
      seen.add(id)
      const row = await this.row(id)
      if (!row) break
      chain.unshift(row)
      id = idOf(row.parent)
    }
    const crumbs: Crumb[] = []
    for (const row of chain) {
      if (!isPublished(row) || !row.slug) continue
      crumbs.push({ label: labelOf(row), url: `${crumbs.at(-1)?.url ?? ''}/${row.slug}`, doc: row.id })
    }
    return crumbs
  }

  /** Path and breadcrumbs of one stored state of a page (its published row or a version of it). */
  async derive(pageID: number, state: PageRow): Promise<DerivedPath> {
    const crumbs = await this.above(idOf(state.parent))
    if (!state.slug) return { path: null, breadcrumbs: crumbs }
    const url = `${crumbs.at(-1)?.url ?? ''}/${state.slug}`
    return { path: url, breadcrumbs: [...crumbs, { label: labelOf(state), url, doc: pageID }] }
  }
}
