import type { PayloadRequest } from 'payload'

import { idOf, type PreviewRelease } from './resolve'
import type { ResolvedPressPreviewOptions } from './types'

export type PreviewPhoto = {
  id: number
  alt?: string | null
  caption?: string | null
  credit?: string | null
  licence?: string | null
  licenceNote?: string | null
  filename?: string | null
  mimeType?: string | null
  renditions?: Array<{
    name: string
    filename: string
    width: number
    height: number
    mimeType: string
  }> | null
  withdrawn?: boolean | null
}

/** Photo ids a release shows: hero, gallery and photos inside the body, in that order. */
export function photoIDsOf(release: PreviewRelease, photos: string): number[] {
  const ids: number[] = []
  const add = (value: Parameters<typeof idOf>[0]) => {
    const id = idOf(value)
    if (id !== undefined && id !== null && !ids.includes(id)) ids.push(id)
  }
  add(release.heroPhoto)
  for (const entry of release.gallery ?? []) add(entry)
  const walk = (node: unknown) => {
    const { type, relationTo, value, children } = (node ?? {}) as {
      type?: string
      relationTo?: string
      value?: never
      children?: unknown[]
    }
    if (type === 'upload' && relationTo === photos) add(value)
    children?.forEach(walk)
  }
  walk((release.body as { root?: unknown } | null)?.root)
  return ids
}

/**
 * The release's photos a link may show: every one the release uses, under Sperrfrist or not,
 * except withdrawn ones — a takedown holds for pre-access links too.
 */
export async function previewPhotos(
  req: PayloadRequest,
  release: PreviewRelease,
  locale: string,
  options: ResolvedPressPreviewOptions,
): Promise<PreviewPhoto[]> {
  const ids = photoIDsOf(release, options.photos)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: options.photos,
    where: { and: [{ id: { in: ids } }, { withdrawn: { not_equals: true } }] },
    depth: 0,
    limit: ids.length,
    pagination: false,
    locale: locale as 'de',
    fallbackLocale: 'de',
    overrideAccess: true,
    req,
  })
  const byID = new Map(docs.map((doc) => [doc.id, doc as unknown as PreviewPhoto]))
  return ids.flatMap((id) => byID.get(id) ?? [])
}

/** The rendition to show on screen and the one to print, by name, falling back to the original. */
export function renditionNamed(
  photo: PreviewPhoto,
  name: string,
): { filename: string; width?: number; height?: number } | null {
  const rendition =
    photo.renditions?.find(
      (candidate) => candidate.name === name && candidate.mimeType === 'image/jpeg',
    ) ?? photo.renditions?.find((candidate) => candidate.name === name)
  if (rendition) return rendition
  return photo.filename ? { filename: photo.filename } : null
}
