export type PublicListLimitOptions = {
  /** Largest page an anonymous REST or GraphQL reader may ask for. Default 100. */
  maxLimit?: number
  /** Collections to leave alone (by slug). */
  exclude?: string[]
  /** Keep the plugin registered but inactive. Default true. */
  enabled?: boolean
}
