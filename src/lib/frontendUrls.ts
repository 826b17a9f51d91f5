/**
 * Where the association's websites show a release or an event, for links the CMS hands out
 * (webhooks, feeds, sitemaps). `{slug}` in the pattern is replaced by the document's slug.
 */
const DEFAULTS = {
  release: 'https://kreativeklasse.ruhr/presse/{slug}',
  event: 'https://kreativeklasse.ruhr/veranstaltungen/{slug}',
} as const

export type FrontendKind = keyof typeof DEFAULTS

const ENV: Record<FrontendKind, string> = { release: 'FRONTEND_RELEASE_URL', event: 'FRONTEND_EVENT_URL' }

/** The pattern from the environment (read at each call, so tests and restarts see changes). */
export function frontendPattern(kind: FrontendKind): string {
  return process.env[ENV[kind]]?.trim() || DEFAULTS[kind]
}

export function frontendURL(kind: FrontendKind, slug: string): string {
  return frontendPattern(kind).replaceAll('{slug}', encodeURIComponent(slug))
}

export const releaseURL = (slug: string) => frontendURL('release', slug)
export const eventURL = (slug: string) => frontendURL('event', slug)
