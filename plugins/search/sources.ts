import type { WeightedText } from './expressions'

/** The collections the search covers, in the order of the `type` parameter's documentation. */
export const SEARCH_TYPES = ['press-releases', 'members', 'projects', 'events'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/**
 * One table that carries a search vector: the weighted texts, the short texts for the trigram
 * fallback, and whether its rows are per locale (`_locale`). Column names are SQL names.
 */
export type IndexedTable = {
  table: string
  localized: boolean
  texts: WeightedText[]
  trigram: string[]
}

const releaseTexts = (prefix: string): Omit<IndexedTable, 'table'> => ({
  localized: true,
  texts: [
    { weight: 'A', column: `${prefix}title` },
    { weight: 'B', column: `${prefix}teaser` },
    { weight: 'C', column: `${prefix}body`, richText: true },
  ],
  trigram: [`${prefix}title`, `${prefix}teaser`],
})

const projectTexts = (prefix: string): Omit<IndexedTable, 'table'> => ({
  localized: true,
  texts: [
    { weight: 'A', column: `${prefix}title` },
    { weight: 'B', column: `${prefix}summary` },
  ],
  trigram: [`${prefix}title`, `${prefix}summary`],
})

const eventTexts = (prefix: string): Omit<IndexedTable, 'table'> => ({
  localized: true,
  texts: [
    { weight: 'A', column: `${prefix}title` },
    { weight: 'C', column: `${prefix}description`, richText: true },
  ],
  trigram: [`${prefix}title`],
})

/**
 * Published documents live in the collection's own tables (Payload 3 writes a draft save only
 * into the versions table), the newest state of every document — draft or not — in the versions
 * table's `latest` row. Anonymous readers search the former, staff the latter. Members have no
 * drafts; their contact details are never indexed (their visibility is per field and reader).
 */
export const INDEXED_TABLES: IndexedTable[] = [
  { table: 'press_releases_locales', ...releaseTexts('') },
  { table: '_press_releases_v_locales', ...releaseTexts('version_') },
  { table: 'projects_locales', ...projectTexts('') },
  { table: '_projects_v_locales', ...projectTexts('version_') },
  { table: 'events_locales', ...eventTexts('') },
  { table: '_events_v_locales', ...eventTexts('version_') },
  {
    table: 'members',
    localized: false,
    texts: [{ weight: 'A', column: 'name' }],
    trigram: ['name'],
  },
  {
    table: 'members_locales',
    localized: true,
    texts: [
      { weight: 'B', column: 'board_role' },
      { weight: 'C', column: 'bio', richText: true },
    ],
    trigram: [],
  },
]

export const VECTOR_COLUMN = 'search_vector'
