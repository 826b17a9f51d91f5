/** A date field whose arrival changes public answers without any write (e.g. a Sperrfrist). */
export type ResponseCacheClock = {
  /** Collection slug. */
  collection: string
  /** Top-level date field; a clock whose field does not exist in the config is skipped. */
  field: string
  /** Only documents whose `_status` is `published` (drafts are invisible anyway). */
  publishedOnly?: boolean
}

export type ResponseCacheOptions = {
  /** false: no hooks, no LISTEN connection; the guard then never serves from its cache. Default true. */
  enabled?: boolean
  /**
   * Moments at which answers change by the clock alone. Pending jobs (`payload-jobs.waitUntil`,
   * i.e. scheduled publish/unpublish) are always included. Default: releases' `embargo`
   * (published only) and photos' `publicFrom`.
   */
  clocks?: ResponseCacheClock[]
  /** PostgreSQL NOTIFY channel shared by all instances on one database. Default `response_cache`. */
  channel?: string
}
