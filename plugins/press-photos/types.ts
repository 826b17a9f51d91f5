import type { PayloadRequest } from 'payload'

export type PressPhotosOptions = {
  /** Slug of the existing upload collection to extend. Default `photos`. */
  collection?: string
  /**
   * Keep the plugin registered but inactive: its fields stay (stable schema), its hooks,
   * endpoints and storage take-over do not. Default true.
   */
  enabled?: boolean
  /**
   * Where the normalised originals and renditions are stored. Default: env `PRESS_PHOTOS_DIR`,
   * else the collection's own `upload.staticDir`. Resolved against the working directory.
   */
  staticDir?: string
  /** How many uploads are decoded/encoded at once in this process (each ~280 MB peak for 24 MP). Default 2. */
  maxConcurrentProcessing?: number
  /**
   * Raise Payload's multipart file limit (default 20 MB) to the image limit (40 MB) with a
   * bilingual 413 message, unless the config already sets `upload.limits.fileSize`. Default true.
   */
  setUploadLimits?: boolean
  /** Who may list where a photo is used. Default: whoever may update photos. */
  canSeeUsage?: (req: PayloadRequest) => boolean | Promise<boolean>
  /**
   * When a document that references a photo makes it public (see PublicFromRule). A photo's
   * `publicFrom` is the earliest such moment over every referencing document and global; the
   * collection's read access compares it with the time of each read. Collections and globals not
   * listed here: a collection with drafts makes its photos public once published, anything else
   * never (deny by default; staff can still release a photo explicitly).
   */
  publicFrom?: {
    collections?: Record<string, PublicFromRule>
    globals?: Record<string, PublicFromRule>
  }
}

/**
 * Given the stored (published, `draft: false`) document at depth 0, the moment from which the
 * public may see it — possibly in the future (an embargo) — or null when the public never sees it.
 */
export type PublicFromRule = (doc: Record<string, unknown>) => Date | null

/** One stored rendition as recorded on the photo document (`renditions` array). */
export type StoredRendition = {
  name: string
  filename: string
  width: number
  height: number
  mimeType: string
  filesize: number
}

/** A place where a photo is referenced. */
export type PhotoUsage = {
  collection: string
  id: number | string
  title?: string
  paths: string[]
}
