export type DatabaseOutageOptions = {
  /** Keep the plugin registered but inactive. Default true. */
  enabled?: boolean
}
