import type { Photo } from '../../../payload-types'
import type { ImageObject } from '../schema'

/** Where each licence of `src/fields/licences.ts` is explained; the association's own terms on its page. */
const CREATIVE_COMMONS: Partial<Record<Photo['licence'], string>> = {
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-sa-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
}

/** The rendition a search engine should show: large (1920 w) JPEG, else the original. */
const PREFERRED_RENDITIONS = ['hero', 'social'] as const

export type ImageContext = { licencePageURL: string; captionOverride?: string | null }

/**
 * One photo with what Google's image metadata and § 13 UrhG need: the credit as printed
 * (`creditText`), the photographer (`creator`), the rights holder's notice, the licence and where
 * to obtain one. Null when the photo has no file a reader could load.
 */
export function imageObject(
  photo: Photo,
  { licencePageURL, captionOverride }: ImageContext,
): ImageObject | null {
  const rendition = PREFERRED_RENDITIONS.map((name) =>
    photo.renditions?.find((row) => row.name === name && row.url),
  ).find(Boolean)
  const contentUrl = rendition?.url ?? photo.url
  if (!contentUrl) return null
  const card = photo.renditions?.find((row) => row.name === 'card' && row.url)
  const holder = photo.copyrightHolder?.trim() || photo.credit
  const year = photo.takenAt
    ? new Date(photo.takenAt).getUTCFullYear()
    : new Date(photo.createdAt).getUTCFullYear()
  const creativeCommons = CREATIVE_COMMONS[photo.licence]
  const caption = captionOverride?.trim() || photo.caption?.trim() || undefined
  return {
    '@type': 'ImageObject',
    contentUrl,
    url: contentUrl,
    width: rendition?.width ?? photo.width ?? undefined,
    height: rendition?.height ?? photo.height ?? undefined,
    encodingFormat: rendition?.mimeType ?? photo.mimeType ?? undefined,
    thumbnailUrl: card?.url ?? undefined,
    caption,
    description: photo.alt?.trim() || undefined,
    creditText: photo.credit,
    // The credit names the photographer (the field's label: "Foto: (Urheber/in)").
    creator: { '@type': 'Person', name: photo.credit },
    copyrightNotice: /^(©|\(c\)|copyright)/i.test(holder) ? holder : `© ${year} ${holder}`,
    license: creativeCommons ?? licencePageURL,
    // A CC licence is granted by its deed; for the association's own terms one asks the press office.
    acquireLicensePage: creativeCommons ? undefined : licencePageURL,
  }
}

export function imageObjects(photos: Photo[], context: ImageContext): ImageObject[] {
  return photos.flatMap((photo) => imageObject(photo, context) ?? [])
}
