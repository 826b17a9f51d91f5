/**
 * Where the .ruhr websites show a document, for links that leave the CMS (feeds, rich-text HTML,
 * mails). Patterns come from the environment (`.env.example`), `{slug}`, `{path}`, `{id}` and
 * `{locale}` are filled in (the values URL-encoded, a project's `{path}` segment by segment).
 */
export type FrontendCollection = 'press-releases' | 'events' | 'members' | 'projects'

export const FRONTEND_URL_DEFAULTS: Record<FrontendCollection, { env: string; pattern: string }> = {
  'press-releases': {
    env: 'FRONTEND_RELEASE_URL',
    pattern: 'https://kreativeklasse.ruhr/presse/{slug}',
  },
  events: {
    env: 'FRONTEND_EVENT_URL',
    pattern: 'https://kreativeklasse.ruhr/veranstaltungen/{slug}',
  },
  members: { env: 'FRONTEND_MEMBER_URL', pattern: 'https://kreativeklasse.ruhr/mitglieder/{slug}' },
  projects: { env: 'FRONTEND_PROJECT_URL', pattern: 'https://kreativeklasse.ruhr{path}' },
}

export function frontendURLPattern(collection: FrontendCollection): string {
  const { env, pattern } = FRONTEND_URL_DEFAULTS[collection]
  return process.env[env]?.trim() || pattern
}

/**
 * Structural on purpose, not `Pick<PressRelease | Event | Member | Project, …>`: the plugins (feeds,
 * webhooks, rich-text HTML) pass their own rows, which work on any host's collections.
 */
export type FrontendDoc = { id: number | string; slug?: string | null; path?: string | null }

/** The public address of `doc`, or null when the pattern needs a value the document lacks. */
export function frontendURL(
  collection: FrontendCollection,
  doc: FrontendDoc,
  locale = 'de',
): string | null {
  let missing = false
  const url = frontendURLPattern(collection).replace(
    /\{(slug|path|id|locale)\}/g,
    (_, key: string) => {
      const value =
        key === 'locale' ? locale : key === 'id' ? String(doc.id) : doc[key as 'slug' | 'path']
      if (value === null || value === undefined || value === '') {
        missing = true
        return ''
      }
      return key === 'path'
        ? String(value).split('/').map(encodeURIComponent).join('/')
        : encodeURIComponent(String(value))
    },
  )
  return missing ? null : url
}
