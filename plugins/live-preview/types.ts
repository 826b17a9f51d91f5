/** Collections the live preview renders; each has a renderer in render.ts. */
export type LivePreviewCollection = 'press-releases' | 'projects' | 'events'

export type LivePreviewOptions = {
  /** Collections that get the preview beside their form. Default: all three. */
  collections?: LivePreviewCollection[]
  /** Path below the API route. Default `/live-preview`, i.e. `/api/live-preview/<collection>/<id>`. */
  path?: string
}
