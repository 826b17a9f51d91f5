export type FeedFormat = 'rss' | 'atom' | 'json'

export type FeedsOptions = {
  /** `false`: no endpoints (nothing in the schema depends on this plugin). Default `true`. */
  enabled?: boolean
  /** Items per feed, newest first. Default 50. */
  limit?: number
  /** Longest accepted `?tag=` (characters); longer is a 400. Default 100. */
  maxTagLength?: number
  /** Below the API route: `<basePath>/press-releases.rss|atom|json`. Default `/feeds`. */
  basePath?: string
}
