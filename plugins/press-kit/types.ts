import type { PayloadRequest } from 'payload'

import type { PressRelease } from '../../payload-types'

export type PressKitOptions = {
  /** Keep the plugin registered but inactive (no endpoint). Default true. */
  enabled?: boolean
  /** Path of the endpoint below the press-releases collection. Default `/:id/press-kit.zip`. */
  path?: string
  /**
   * The rendition each photo goes into the kit as (see src/lib/images/renditions.ts). Default
   * `print` (3000 px long side, JPEG q 92); a photo without it goes in as its stored original.
   */
  rendition?: string
}

/** What `preparePressKit` / `streamPressKit` need: the caller has already decided the reader may have this release. */
export type PressKitArgs = {
  /** The reader's request: photos and documents are read through it (locale, access). */
  req: PayloadRequest
  /** The release at depth 0, as the caller read it (published version, or the draft for staff). */
  release: PressRelease
  /** The moment the kit describes (default now): decides whether the Sperrfrist notice is printed. */
  asOf?: Date
  /**
   * The caller grants the release before its Sperrfrist (a personal pre-access link): its own
   * photos then count as visible although the public may not see them yet. Withdrawn photos never
   * go into a kit, whatever the caller allows. Default false: photos through the reader's access.
   */
  allowEmbargoed?: boolean
  /** Rendition name, as in PressKitOptions. Default `print`. */
  rendition?: string
}
