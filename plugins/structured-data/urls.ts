import { type FrontendCollection, frontendURLPattern } from '../../src/lib/frontend'
import type { FrontendURLs, StructuredDataOptions } from './types'

/** The frontend patterns every public link uses (src/lib/frontend.ts); an option overrides one. */
const COLLECTIONS: Record<keyof FrontendURLs, FrontendCollection> = {
  release: 'press-releases',
  event: 'events',
  member: 'members',
}
const DEFAULT_LICENCE_PAGE = 'https://kreativeklasse.ruhr/presse/bildrechte'

const fromEnv = (name: string): string | undefined => process.env[name]?.trim() || undefined

/** Read per request, so a changed environment (or a test) needs no new config. */
export function frontendURL(
  options: StructuredDataOptions,
  page: keyof FrontendURLs,
  slug: string,
): string {
  const pattern = options.frontendURLs?.[page] ?? frontendURLPattern(COLLECTIONS[page])
  return pattern.replaceAll('{slug}', encodeURIComponent(slug))
}

export function licencePageURL(options: StructuredDataOptions): string {
  return options.licencePageURL ?? fromEnv('FRONTEND_IMAGE_LICENCE_URL') ?? DEFAULT_LICENCE_PAGE
}
