export type InputGuardOptions = {
  /** `false` leaves the config untouched (the plugin adds no fields, so the schema stays the same). */
  enabled?: boolean
  /** Deepest nesting of `and`/`or` in a `where` (default 6; the admin's filters use 2). */
  maxWhereDepth?: number
  /** Most conditions in one `where` (default 100). */
  maxWhereConditions?: number
  /** Collection slugs to leave alone. */
  exclude?: string[]
}
