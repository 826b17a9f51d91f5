export type HiddenRelationsOptions = {
  /** Collections whose responses are left as Payload returns them (by slug). */
  exclude?: string[]
  /**
   * Also check the ids a reader without an account gets where nothing is populated (`depth=0`, or
   * below the last populated level) and remove those of documents they may not read. Logged-in
   * users keep such ids, so an edit form never drops a relation it cannot display. Default true.
   */
  checkUnpopulatedForAnonymous?: boolean
  /** Keep the plugin registered but inactive. Default true. */
  enabled?: boolean
}
