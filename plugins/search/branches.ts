import { trigramTextSQL } from './expressions'
import { INDEXED_TABLES, type SearchType, VECTOR_COLUMN } from './sources'

/**
 * One `select` per collection and reader: which rows the reader may find and what a hit shows.
 * Anonymous readers search the collection's own tables, which hold only what was last published
 * or saved without `draft` (Payload 3 writes draft saves into the versions table alone), and only
 * rows the access rules make public (`src/access/content.ts`), with the Sperrfrist compared to
 * the statement's `now()`. Staff search every document's newest version, drafts included.
 *
 * Every branch yields: type, id, slug, path, title, lead (plain text), rich (Lexical JSON), vector,
 * trigram (folded short text), published_at. `$2` is the locale.
 */
export type Reader = 'public' | 'staff'

/** `$1` the tsquery text, `$4` the text search configuration, `$5` the folded words (trigram). */
const TSQUERY = 'to_tsquery($4::regconfig, $1)'
const WORDS = '$5::text'

type Branch = {
  from: string
  where: string
  columns: Record<string, string>
  trigram: string | null
  vector: string
}

function trigramOf(table: string, alias: string): string | null {
  const columns = INDEXED_TABLES.find((indexed) => indexed.table === table)?.trigram ?? []
  return columns.length ? trigramTextSQL(columns.map((column) => `${alias}.${column}`)) : null
}

const releases: Record<Reader, Branch> = {
  public: {
    from: 'press_releases_locales l join press_releases d on d.id = l._parent_id',
    where: `l._locale = $2 and d._status = 'published' and (d.embargo is null or d.embargo <= now())`,
    columns: {
      id: 'd.id',
      slug: 'd.slug',
      path: 'null::varchar',
      title: 'l.title',
      lead: 'l.teaser',
      rich: 'l.body',
      published_at: 'd.display_date',
    },
    vector: `l.${VECTOR_COLUMN}`,
    trigram: trigramOf('press_releases_locales', 'l'),
  },
  staff: {
    from: '_press_releases_v_locales l join _press_releases_v d on d.id = l._parent_id',
    where: 'l._locale = $2 and d.latest',
    columns: {
      id: 'd.parent_id',
      slug: 'd.version_slug',
      path: 'null::varchar',
      title: 'l.version_title',
      lead: 'l.version_teaser',
      rich: 'l.version_body',
      published_at: 'd.version_display_date',
    },
    vector: `l.${VECTOR_COLUMN}`,
    trigram: trigramOf('_press_releases_v_locales', 'l'),
  },
}

const projects: Record<Reader, Branch> = {
  public: {
    from: 'projects_locales l join projects d on d.id = l._parent_id',
    where: `l._locale = $2 and d._status = 'published'`,
    columns: {
      id: 'd.id',
      slug: 'd.slug',
      path: 'd.path',
      title: 'l.title',
      lead: 'l.summary',
      rich: 'null::jsonb',
      published_at: 'd.created_at',
    },
    vector: `l.${VECTOR_COLUMN}`,
    trigram: trigramOf('projects_locales', 'l'),
  },
  staff: {
    from: '_projects_v_locales l join _projects_v d on d.id = l._parent_id',
    where: 'l._locale = $2 and d.latest',
    columns: {
      id: 'd.parent_id',
      slug: 'd.version_slug',
      path: 'd.version_path',
      title: 'l.version_title',
      lead: 'l.version_summary',
      rich: 'null::jsonb',
      published_at: 'd.created_at',
    },
    vector: `l.${VECTOR_COLUMN}`,
    trigram: trigramOf('_projects_v_locales', 'l'),
  },
}

const events: Record<Reader, Branch> = {
  public: {
    from: 'events_locales l join events d on d.id = l._parent_id',
    where: `l._locale = $2 and d._status = 'published'`,
    columns: {
      id: 'd.id',
      slug: 'd.slug',
      path: 'null::varchar',
      title: 'l.title',
      lead: 'null::varchar',
      rich: 'l.description',
      published_at: 'd.start',
    },
    vector: `l.${VECTOR_COLUMN}`,
    trigram: trigramOf('events_locales', 'l'),
  },
  staff: {
    from: '_events_v_locales l join _events_v d on d.id = l._parent_id',
    where: 'l._locale = $2 and d.latest',
    columns: {
      id: 'd.parent_id',
      slug: 'd.version_slug',
      path: 'null::varchar',
      title: 'l.version_title',
      lead: 'null::varchar',
      rich: 'l.version_description',
      published_at: 'd.version_start',
    },
    vector: `l.${VECTOR_COLUMN}`,
    trigram: trigramOf('_events_v_locales', 'l'),
  },
}

/** Members have no drafts; the public sees portraits with consent. Contact details are never indexed. */
const memberBranch = (where: string): Branch => ({
  from: 'members d left join members_locales l on l._parent_id = d.id and l._locale = $2',
  where,
  columns: {
    id: 'd.id',
    slug: 'd.slug',
    path: 'null::varchar',
    title: 'd.name',
    lead: 'l.board_role',
    rich: 'l.bio',
    published_at: 'null::timestamptz',
  },
  vector: `(d.${VECTOR_COLUMN} || coalesce(l.${VECTOR_COLUMN}, ''::tsvector))`,
  trigram: trigramOf('members', 'd'),
})

const members: Record<Reader, Branch> = {
  public: memberBranch('d.consent_given = true'),
  staff: memberBranch('true'),
}

export const BRANCHES: Record<SearchType, Record<Reader, Branch>> = {
  'press-releases': releases,
  members,
  projects,
  events,
}

/**
 * Rows of one branch that match, the newest `candidates` of them: a query that matches thousands
 * of documents ranks only its newest matches, so the cost stays flat as the archive grows.
 * `match` is `fts` (the tsquery) or `trigram` (word similarity with the folded words). The query
 * stands in each branch as an expression of the parameters, not a CTE, so the planner sees its
 * value: a common word walks the date index and stops after `candidates` rows, a rare one uses GIN.
 * (`desc` without `nulls last`: the backward scan of the ascending index gives exactly that order.)
 */
export function branchSQL(
  type: SearchType,
  reader: Reader,
  match: 'fts' | 'trigram',
  candidates: number,
): string | null {
  const branch = BRANCHES[type][reader]
  if (match === 'trigram' && !branch.trigram) return null
  const columns = Object.entries(branch.columns)
    .map(([name, sql]) => `${sql} as ${name}`)
    .join(', ')
  const condition =
    match === 'fts' ? `${branch.vector} @@ ${TSQUERY}` : `${WORDS} <% ${branch.trigram}`
  const score =
    match === 'fts'
      ? `ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', ${branch.vector}, ${TSQUERY}, 1)`
      : `word_similarity(${WORDS}, ${branch.trigram})`
  return `(select '${type}'::text as type, ${columns}, ${score} as rank
    from ${branch.from}
    where ${branch.where} and ${condition}
    order by ${branch.columns.published_at} desc
    limit ${candidates})`
}
