import type { Photo, PressRelease } from '../../../payload-types'
import { berlinDateTime, later } from '../dates'
import type { ImageObject, NewsArticle, Organization } from '../schema'
import { type ImageContext, imageObject } from './image'

export type NewsArticleInput = {
  release: PressRelease
  url: string
  inLanguage: string
  association: Organization
  /** The hero photo when the reader may see it, then the visible gallery photos, in order. */
  hero: Photo | undefined
  gallery: Photo[]
  images: ImageContext
}

/**
 * A press release as `NewsArticle`. `datePublished` is the moment it first became public: its first
 * publication, or the end of its Sperrfrist when that came later (before, nobody could read it).
 */
export function newsArticle({
  release,
  url,
  inLanguage,
  association,
  hero,
  gallery,
  images,
}: NewsArticleInput): NewsArticle {
  const published =
    later(release.firstPublishedAt, release.embargo) ?? release.displayDate ?? release.createdAt
  const modified = later(release.updatedAt, published) ?? published
  const heroImage = hero
    ? imageObject(hero, { ...images, captionOverride: release.heroCaption })
    : null
  const galleryImages = gallery
    .filter((photo) => photo.id !== hero?.id)
    .flatMap((photo) => imageObject(photo, images) ?? [])
  const image: ImageObject[] = [...(heroImage ? [heroImage] : []), ...galleryImages]
  return {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: release.title ?? '',
    description: release.teaser?.trim() || release.seo?.description?.trim() || undefined,
    dateline: release.dateline?.trim() || undefined,
    datePublished: berlinDateTime(published),
    dateModified: berlinDateTime(modified),
    inLanguage,
    url,
    mainEntityOfPage: url,
    isAccessibleForFree: true,
    keywords: release.tags?.length ? release.tags.join(', ') : undefined,
    author: association,
    publisher: association,
    image: image.length ? image : undefined,
  }
}
