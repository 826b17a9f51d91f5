/**
 * Sanitized HTML of a Lexical rich-text value, as one reader may see it: feeds, the `?html=1`
 * fields (plugins/rich-text-html) and later mails and press kits use this one function.
 *
 * - Text is escaped; there is no raw HTML node in our editor and none is passed through.
 * - Links: a custom link only if it passes `isSafeUrl` (https, http, mailto, tel, site-relative),
 *   written exactly as stored; an internal link becomes the document's public frontend URL
 *   (src/lib/frontend.ts) if the reader may see that document. Otherwise the text stays, unlinked.
 * - Inline photos become `<figure><img …><figcaption>caption — Foto: credit</figcaption></figure>`,
 *   read with the reader's `req` and `overrideAccess: false`: a withdrawn or unreleased photo is
 *   left out entirely.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { PayloadRequest, SelectType, TypedLocale } from 'payload'

import { convertLexicalToHTMLAsync } from '@payloadcms/richtext-lexical/html-async'
import { createDataloaderCacheKey } from 'payload'

import { PHOTO_POPULATE } from '../../../collections/shapes'
import type { Photo } from '../../../payload-types'
import { FRONTEND_URL_DEFAULTS, type FrontendCollection, frontendURL } from '../frontend'
import { type LinkFields, pressConverters, safeCustomHref } from './converters'
import { escapeHTML } from './escape'

export type RichTextHTMLOptions = {
  /** The reader's request: its user decides which photos and linked documents appear. */
  req: PayloadRequest
  /** Locale of captions and alt texts; default the request's (German fallback as configured). */
  locale?: TypedLocale
}

type ID = number | string

/** The id inside a Lexical relation value (an id, or a populated document); null when hidden. */
export function relationID(value: unknown): ID | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: ID }).id
  return null
}

/**
 * One document as the reader may see it, through the request's dataloader (batched, cached per
 * request), never with access overridden.
 */
export async function loadAsReader<T>(
  req: PayloadRequest,
  collection: string,
  id: ID,
  select: SelectType,
  locale: string | undefined,
): Promise<T | null> {
  if (!req.payloadDataLoader || !req.payload.collections[collection as never]) return null
  const doc = await req.payloadDataLoader.load(
    createDataloaderCacheKey({
      collectionSlug: collection,
      currentDepth: 1,
      depth: 0,
      docID: id,
      draft: false,
      fallbackLocale: req.fallbackLocale ?? null,
      locale: locale ?? req.locale ?? 'de',
      overrideAccess: false,
      select,
      showHiddenFields: false,
      transactionID: req.transactionID as number | string,
    }),
  )
  return (doc as T | undefined) ?? null
}

type FigurePhoto = Pick<
  Photo,
  'id' | 'url' | 'alt' | 'caption' | 'credit' | 'width' | 'height' | 'renditions'
>

/** The rendition a page shows in an article (1920 px JPEG), else the original. */
export function displayImage(
  photo: FigurePhoto,
): { url: string; width?: number | null; height?: number | null } | null {
  const hero = photo.renditions?.find((rendition) => rendition.name === 'hero' && rendition.url)
  if (hero?.url) return { url: hero.url, width: hero.width, height: hero.height }
  return photo.url ? { url: photo.url, width: photo.width, height: photo.height } : null
}

/** "caption — Foto: credit" (either part alone when the other is empty). */
export function captionWithCredit(
  caption: string | null | undefined,
  credit: string | null | undefined,
): string {
  return [caption?.trim(), credit?.trim() ? `Foto: ${credit.trim()}` : '']
    .filter(Boolean)
    .join(' — ')
}

export function figureHTML(photo: FigurePhoto, captionOverride?: string | null): string {
  const image = displayImage(photo)
  if (!image) return ''
  const size = `${image.width ? ` width="${image.width}"` : ''}${image.height ? ` height="${image.height}"` : ''}`
  const caption = captionWithCredit(captionOverride || photo.caption, photo.credit)
  const figcaption = caption ? `<figcaption>${escapeHTML(caption)}</figcaption>` : ''
  return `<figure><img src="${escapeHTML(image.url)}" alt="${escapeHTML(photo.alt ?? '')}"${size} />${figcaption}</figure>`
}

const LINKABLE = new Set<string>(Object.keys(FRONTEND_URL_DEFAULTS))

export async function richTextToHTML(
  value: unknown,
  { req, locale }: RichTextHTMLOptions,
): Promise<string> {
  const data = value as SerializedEditorState | null | undefined
  if (!data || typeof data !== 'object' || !data.root) return ''
  const readerLocale = (locale ?? req.locale ?? 'de') as string

  const linkTarget = async (fields: LinkFields): Promise<string | null> => {
    if (fields.linkType !== 'internal') return safeCustomHref(fields.url)
    const collection = fields.doc?.relationTo
    const id = relationID(fields.doc?.value)
    if (!collection || id === null || !LINKABLE.has(collection)) return null
    const select: SelectType =
      collection === 'projects' ? { slug: true, path: true } : { slug: true }
    const doc = await loadAsReader<{ id: ID; slug?: string | null; path?: string | null }>(
      req,
      collection,
      id,
      select,
      readerLocale,
    )
    return doc ? frontendURL(collection as FrontendCollection, doc, readerLocale) : null
  }

  const photoFigure = async (node: { relationTo: string; value: unknown }): Promise<string> => {
    const id = relationID(node.value)
    if (id === null) return ''
    const photo = await loadAsReader<FigurePhoto>(
      req,
      node.relationTo,
      id,
      PHOTO_POPULATE,
      readerLocale,
    )
    return photo ? figureHTML(photo) : ''
  }

  return convertLexicalToHTMLAsync({
    data,
    converters: pressConverters({ linkTarget, photoFigure }),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
