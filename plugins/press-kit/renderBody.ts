/**
 * The release body as HTML and as plain text, with Payload's own Lexical converters. One small
 * function on purpose: once the shared renderer (src/lib/richtext/html.ts) exists, it replaces
 * this file's internals and nothing else in the plugin changes.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import {
  convertLexicalToPlaintext,
  type PlaintextConverters,
} from '@payloadcms/richtext-lexical/plaintext'

import { escapeHTML } from '../../src/lib/richtext/escape'

/** A photo of the body as the kit carries it; null when the kit leaves it out (withdrawn, hidden). */
export type BodyPhoto = { fileName: string; alt: string; caption: string }

export type RenderBodyOptions = {
  /** The kit's file for an inline photo (by photo id). */
  photo: (id: number | string) => BodyPhoto | null
}

type UploadNode = { relationTo?: string; value?: number | string | { id: number | string } | null }
type LinkFields = { linkType?: 'custom' | 'internal'; url?: string | null }

const uploadId = (node: UploadNode): number | string | null => {
  const value = node.value
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/** Ids of the photos embedded in `body` (upload nodes of the photos collection), in reading order. */
export function bodyPhotoIds(body: unknown): Array<number | string> {
  const ids: Array<number | string> = []
  const walk = (node: unknown) => {
    const { type, children } = node as { type?: string; children?: unknown[] }
    if (type === 'upload' && (node as UploadNode).relationTo === 'photos') {
      const id = uploadId(node as UploadNode)
      if (id !== null) ids.push(id)
    }
    for (const child of children ?? []) walk(child)
  }
  walk((body as { root?: unknown } | null | undefined)?.root ?? {})
  return ids
}

export function renderBody(
  body: unknown,
  options: RenderBodyOptions,
): { html: string; text: string } {
  const data = body as SerializedEditorState | null | undefined
  if (!data?.root) return { html: '', text: '' }

  const htmlConverters: HTMLConverters = {
    ...defaultHTMLConverters,
    // The kit's own copy of the photo, beside the HTML file in the ZIP, instead of the web URL.
    upload: ({ node }) => {
      const id = uploadId(node as UploadNode)
      const photo = id === null ? null : options.photo(id)
      if (!photo) return ''
      const caption = photo.caption ? `<figcaption>${escapeHTML(photo.caption)}</figcaption>` : ''
      return `<figure><img src="${escapeHTML(photo.fileName)}" alt="${escapeHTML(photo.alt)}">${caption}</figure>`
    },
    // Internal links point into the websites, whose addresses the CMS does not know: text only.
    link: (args) => {
      const fields = (args.node as { fields?: LinkFields }).fields
      if (fields?.linkType === 'internal')
        return args.nodesToHTML({ nodes: args.node.children }).join('')
      const link = defaultHTMLConverters.link
      return typeof link === 'function' ? link(args) : ''
    },
  }

  const textConverters: PlaintextConverters = {
    upload: ({ node }) => {
      const id = uploadId(node as UploadNode)
      const photo = id === null ? null : options.photo(id)
      return photo
        ? `\n\n[Foto: ${photo.fileName}]${photo.caption ? ` ${photo.caption}` : ''}\n\n`
        : ''
    },
    // An external link keeps its address, in brackets after its text, so a printout loses nothing.
    link: ({ node, nodesToPlaintext }) => {
      const text = nodesToPlaintext({ nodes: node.children }).join('')
      const fields = (node as { fields?: LinkFields }).fields
      return fields?.linkType !== 'internal' && fields?.url && fields.url !== text
        ? `${text} (${fields.url})`
        : text
    },
  }

  return {
    html: convertLexicalToHTML({ data, converters: htmlConverters, disableContainer: true }),
    text: convertLexicalToPlaintext({ data, converters: textConverters })
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  }
}
