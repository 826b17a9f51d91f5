import type { PopulateType, SelectType } from 'payload'

/** What a REST list of one collection returns when the reader asked for no `select`. */
export type ListShape = {
  /** The fields of each document in the list. */
  select: SelectType
  /** Shapes of related documents in the list, per collection (the reader's `populate` wins). */
  populate?: PopulateType
}

export type ListShapeOptions = {
  /** Collections (by slug) whose REST lists are slimmed, and their shape. */
  collections: Record<string, ListShape>
  /** Query parameter that asks for whole documents instead (`?full=1`). Default `full`. */
  fullParam?: string
  /** Keep the plugin registered but inactive. Default true. */
  enabled?: boolean
}
