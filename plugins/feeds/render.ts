/**
 * One feed in three formats with the `feed` package. Per format only what the format means
 * differs: RSS and Atom carry HTML in their text fields (teaser escaped), JSON Feed a plain-text
 * summary; `feed` 6 writes JSON Feed 1.0, which `toJSONFeed11` lifts to 1.1.
 */
import type { Item } from 'feed'
import type { TypedLocale } from 'payload'

import { Feed } from 'feed'

import { frontendURLPattern } from '../../src/lib/frontend'
import { escapeHTML } from '../../src/lib/richtext/escape'
import type { FeedEntry, FeedSource } from './releases'
import type { FeedFormat } from './types'

export const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

const MEDIA_RSS = 'http://search.yahoo.com/mrss/'

export type FeedContext = {
  locale: TypedLocale
  tag: string | null
  selfURLs: Record<FeedFormat, string>
}

const teaserHTML = (teaser: string): string =>
  teaser
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHTML(paragraph)}</p>`)
    .join('')

export function renderFeed(format: FeedFormat, source: FeedSource, context: FeedContext): string {
  const { association, entries, lastModified } = source
  const english = context.locale === 'en'
  const homepage = association.website || new URL(frontendURLPattern('press-releases')).origin
  const heading = english ? 'Press releases' : 'Pressemitteilungen'
  const title = `${association.name} – ${heading}${context.tag ? ` – ${context.tag}` : ''}`
  const feed = new Feed({
    id: context.selfURLs[format],
    title,
    description: association.boilerplate?.trim() || title,
    link: homepage,
    language: context.locale,
    copyright: `© ${association.name}`,
    updated: lastModified,
    generator: 'Kreative Klasse CMS',
    author: { name: association.name, link: homepage },
    feedLinks: {
      rss: context.selfURLs.rss,
      atom: context.selfURLs.atom,
      json: context.selfURLs.json,
    },
  })
  for (const entry of entries) feed.addItem(toItem(format, entry))

  if (format === 'json') return toJSONFeed11(feed.json1(), context.locale, entries)
  if (format === 'atom')
    return wellFormed(feed.atom1()).replace(/ type="image\/jpg"/g, ' type="image/jpeg"')
  return wellFormed(feed.rss2()).replace(
    '<rss version="2.0"',
    `<rss version="2.0" xmlns:media="${MEDIA_RSS}"`,
  )
}

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * `feed` (through xml-js) escapes only `&` and `"` in attribute values and keeps characters XML
 * forbids: a tag with "<" (a category attribute) or a control character in a title would make
 * the whole feed unreadable. (Atom enclosure types come from the file extension: `.jpg` → image/jpeg.)
 */
function wellFormed(xml: string): string {
  return xml
    .replace(NOT_XML, '')
    .replace(
      /="([^"]*)"/g,
      (_, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`,
    )
}

function toItem(format: FeedFormat, entry: FeedEntry): Item {
  const item: Item = {
    // Atom titles are `type="html"`: a "<" in a title must stay text there.
    // RSS titles are CDATA, which `]]>` would end (xml-js splits only the first one).
    title:
      format === 'atom'
        ? escapeHTML(entry.title)
        : format === 'rss'
          ? entry.title.replace(/]]>/g, ']] >')
          : entry.title,
    id: entry.guid,
    link: entry.link,
    description: format === 'json' ? entry.teaser : teaserHTML(entry.teaser),
    content: entry.html,
    date: entry.updated,
    published: entry.published,
    category: entry.tags.map((tag) => ({ name: tag, term: tag })),
  }
  if (entry.photo) {
    const { url, mimeType, filesize, credit } = entry.photo
    // RSS: url/length/type only (the spec's three attributes), credit as Media RSS; Atom: the
    // enclosure link's title names the photographer.
    item.image =
      format === 'atom'
        ? { url, length: filesize, title: `Foto: ${credit}` }
        : { url, length: filesize ?? 0, type: mimeType }
    if (format === 'rss')
      item.extensions = [
        { name: 'media:credit', objects: { _attributes: { role: 'photographer' }, _text: credit } },
      ]
  }
  return item
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): version, `language`, `authors` arrays, attachments. */
function toJSONFeed11(json: string, locale: TypedLocale, entries: FeedEntry[]): string {
  const feed = JSON.parse(json) as Record<string, unknown> & {
    items: Array<Record<string, unknown>>
  }
  const { author, ...rest } = feed
  const byID = new Map(entries.map((entry) => [entry.guid, entry]))
  const items = feed.items.map((item) => {
    const entry = byID.get(String(item.id))
    const photo = entry?.photo
    const { author: _itemAuthor, ...itemRest } = item
    return {
      ...itemRest,
      ...(photo
        ? {
            attachments: [
              {
                url: photo.url,
                mime_type: photo.mimeType,
                title: `Foto: ${photo.credit}`,
                ...(photo.filesize ? { size_in_bytes: photo.filesize } : {}),
              },
            ],
          }
        : {}),
    }
  })
  return JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      language: locale,
      ...(author ? { authors: [author] } : {}),
      items,
    },
    null,
    2,
  )
}
