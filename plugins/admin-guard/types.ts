import type { PayloadRequest } from 'payload'

export type AdminGuardOptions = {
  /**
   * Who may see and change every edit lock (the admin's "unlock" for a colleague who left).
   * Default: users with the `admin` role.
   */
  fullAccess?: (req: PayloadRequest) => boolean
  /** Keep the plugin registered but inactive. Default true. */
  enabled?: boolean
}
