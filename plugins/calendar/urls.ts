/** Where readers find an event on the association's website. */
export const DEFAULT_EVENT_URL_PATTERN = 'https://kreativeklasse.ruhr/veranstaltungen/{slug}'

/** The option, else FRONTEND_EVENT_URL, else the default; read per request so tests and deployments can set it. */
export function eventURLPattern(option?: string): string {
  return option?.trim() || process.env.FRONTEND_EVENT_URL?.trim() || DEFAULT_EVENT_URL_PATTERN
}

export function eventURL(pattern: string, slug: string | null | undefined): string | null {
  if (!slug) return null
  return pattern.replaceAll('{slug}', encodeURIComponent(slug))
}

/** The host of the pattern, e.g. `kreativeklasse.ruhr`: stable across CMS hosts, so UIDs stay stable. */
export function uidDomainOf(pattern: string): string {
  try {
    return new URL(pattern.replaceAll('{slug}', 'x')).hostname || 'kreativeklasse.ruhr'
  } catch {
    return 'kreativeklasse.ruhr'
  }
}
