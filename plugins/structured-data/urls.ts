import type { FrontendURLs, StructuredDataOptions } from './types'

/** The frontend patterns shared with the feeds: one variable per page type, the same names everywhere. */
const DEFAULTS: Required<FrontendURLs> = {
  release: 'https://kreativeklasse.ruhr/presse/{slug}',
  event: 'https://kreativeklasse.ruhr/veranstaltungen/{slug}',
  member: 'https://kreativeklasse.ruhr/mitglieder/{slug}',
}
const ENV_NAMES: Record<keyof FrontendURLs, string> = {
  release: 'FRONTEND_RELEASE_URL',
  event: 'FRONTEND_EVENT_URL',
  member: 'FRONTEND_MEMBER_URL',
}
const DEFAULT_LICENCE_PAGE = 'https://kreativeklasse.ruhr/presse/bildrechte'

const fromEnv = (name: string): string | undefined => process.env[name]?.trim() || undefined

/** Read per request, so a changed environment (or a test) needs no new config. */
export function frontendURL(options: StructuredDataOptions, page: keyof FrontendURLs, slug: string): string {
  const pattern = options.frontendURLs?.[page] ?? fromEnv(ENV_NAMES[page]) ?? DEFAULTS[page]
  return pattern.replaceAll('{slug}', encodeURIComponent(slug))
}

export function licencePageURL(options: StructuredDataOptions): string {
  return options.licencePageURL ?? fromEnv('FRONTEND_IMAGE_LICENCE_URL') ?? DEFAULT_LICENCE_PAGE
}
