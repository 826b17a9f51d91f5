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
}

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
export type PhotoUsage = { collection: string; id: number | string; title?: string; paths: string[] }
