import type { CollectionSlug, PayloadRequest } from 'payload'

/** Builds a release's press kit for a caller that authorised it (plugins/press-kit's streamPressKit). */
export type PressKitStreamer = (args: {
  req: PayloadRequest
  release: never
  allowEmbargoed: boolean
}) => Promise<{ body: ReadableStream<Uint8Array>; contentDisposition: string }>

/** Options of the press-preview plugin (personal pre-access links to releases under Sperrfrist). */
export type PressPreviewOptions = {
  /** The releases collection. Default `press-releases`. */
  releases?: CollectionSlug
  /** The photos collection whose files a preview may show. Default `photos`. */
  photos?: CollectionSlug
  /** The attachments collection (PDFs). Default `documents`. */
  documents?: CollectionSlug
  /**
   * Days a link stays usable after the release's Sperrfrist (or after it was made, without one).
   * Default: `PRESS_PREVIEW_DAYS` from the environment, else 30.
   */
  validDays?: number
  /**
   * Where a link leads once the release is public: the frontend's page of the release.
   * `{slug}` is replaced. Default: `FRONTEND_RELEASE_URL`, else `https://kreativeklasse.ruhr/presse/{slug}`.
   */
  publicReleaseURL?: string
  /** Serves the press kit ZIP through a link (`…/press-kit.zip`); without it the link offers none. */
  pressKit?: PressKitStreamer
}

export type ResolvedPressPreviewOptions = Required<Omit<PressPreviewOptions, 'pressKit'>> &
  Pick<PressPreviewOptions, 'pressKit'>
