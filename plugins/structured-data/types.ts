/** Frontend page patterns: `{slug}` is replaced by the document's current slug. */
export type FrontendURLs = {
  /** A press release's page. Default: env `FRONTEND_RELEASE_URL`, else `https://kreativeklasse.ruhr/presse/{slug}`. */
  release?: string
  /** An event's page. Default: env `FRONTEND_EVENT_URL`, else `https://kreativeklasse.ruhr/veranstaltungen/{slug}`. */
  event?: string
  /** A member's portrait page. Default: env `FRONTEND_MEMBER_URL`, else `https://kreativeklasse.ruhr/mitglieder/{slug}`. */
  member?: string
}

export type StructuredDataOptions = {
  /** `false` adds no endpoints (the plugin adds no fields either way). Default true. */
  enabled?: boolean
  /** Overrides the environment's frontend URL patterns (tests, a second site). */
  frontendURLs?: FrontendURLs
  /**
   * The association's page on photo rights: the `license` of photos under its own terms
   * (editorial use with credit, all rights reserved) and their `acquireLicensePage`.
   * Default: env `FRONTEND_IMAGE_LICENCE_URL`, else `https://kreativeklasse.ruhr/presse/bildrechte`.
   */
  licencePageURL?: string
}
