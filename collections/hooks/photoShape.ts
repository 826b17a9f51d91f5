import type { CollectionAfterOperationHook } from 'payload'

import { isDeepStrictEqual } from 'node:util'

import type { Photo } from '../../payload-types'
import { PHOTO_SHAPES } from '../shapes'

type Rendition = NonNullable<Photo['renditions']>[number]

/** One row as a `<picture>` source needs it: no row id, no bare file name (the url carries it). */
const sourceOf = ({ name, url, width, height, mimeType }: Rendition) => ({
  name,
  url,
  width,
  height,
  mimeType,
})

/**
 * A `select` can pick a photo's columns but not which `renditions` rows come back, and every photo
 * has nine (thumbnail … print, card and hero in three formats). When a photo is read with one of the
 * documented shapes (collections/shapes.ts: the `defaultPopulate`, or the list card), only that
 * shape's renditions stay. Any other select (e.g. `?populate[photos][renditions]=true`) and every
 * read without one keep all rows.
 */
export const photoShape: CollectionAfterOperationHook<'photos'> = ({ args, operation, result }) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  const select = (args as { select?: unknown }).select
  const shape = select
    ? PHOTO_SHAPES.find((candidate) => isDeepStrictEqual(candidate.select, select))
    : undefined
  if (!shape || !result) return result

  // A selected photo has only the selected keys: typed as what the shape reads and writes.
  type Shaped = {
    filename?: string
    renditions?: Rendition[] | Omit<Rendition, 'filename' | 'filesize'>[]
  }
  const docs = (operation === 'find' ? (result as { docs: unknown[] }).docs : [result]) as Shaped[]
  for (const doc of docs) {
    // Read only so that Payload can compute `url`.
    delete doc.filename
    if (!Array.isArray(doc.renditions)) continue
    const byName = new Map((doc.renditions as Rendition[]).map((row) => [row.name, row]))
    doc.renditions = shape.renditions.flatMap((name) => {
      const row = byName.get(name)
      return row ? [sourceOf(row)] : []
    })
  }
  return result
}
