/**
 * Our Lexical → HTML converters for Payload's `convertLexicalToHTMLAsync`. Payload's defaults
 * are kept where their output is already plain, fixed markup (headings, quotes, rules, line
 * breaks); text, paragraphs, lists, links and uploads are ours: no inline styles or classes, links
 * only where `isSafeUrl` allows them, photos only as the reader may see them (see html.ts).
 */
import type {
  HTMLConverterAsync,
  HTMLConvertersAsync,
} from '@payloadcms/richtext-lexical/html-async'
import type { SerializedLexicalNode } from 'lexical'

import {
  BlockquoteHTMLConverterAsync,
  HeadingHTMLConverterAsync,
  HorizontalRuleHTMLConverterAsync,
  LinebreakHTMLConverterAsync,
} from '@payloadcms/richtext-lexical/html-async'

import { isSafeUrl } from '../safeUrl'
import { escapeHTML } from './escape'

/** Lexical's text format bits (lexical/LexicalConstants), innermost first. */
const TEXT_FORMATS: Array<[bit: number, tag: string]> = [
  [1 << 4, 'code'],
  [1 << 5, 'sub'],
  [1 << 6, 'sup'],
  [1 << 0, 'strong'],
  [1 << 1, 'em'],
  [1 << 2, 's'],
  [1 << 3, 'u'],
]

type Node = SerializedLexicalNode & { children?: SerializedLexicalNode[]; [key: string]: unknown }

type ConverterArgs = Parameters<Extract<HTMLConverterAsync<Node>, (...args: never[]) => unknown>>[0]

/** Renders a node's children; every node type that has children goes through this. */
const childrenOf = async ({ node, nodesToHTML }: ConverterArgs): Promise<string> =>
  node.children ? (await nodesToHTML({ nodes: node.children })).join('') : ''

export type LinkTarget = (fields: LinkFields) => Promise<string | null>

export type LinkFields = {
  linkType?: 'custom' | 'internal'
  url?: string | null
  newTab?: boolean | null
  doc?: { relationTo: string; value: unknown } | null
}

export type PhotoFigure = (node: { relationTo: string; value: unknown }) => Promise<string>

/**
 * `linkTarget` answers an href (or null: the link is dropped, its text stays), `photoFigure` the
 * `<figure>` of an upload node (or '' when the reader may not see the photo).
 */
export function pressConverters({
  linkTarget,
  photoFigure,
}: {
  linkTarget: LinkTarget
  photoFigure: PhotoFigure
}): HTMLConvertersAsync {
  const link = async (args: ConverterArgs): Promise<string> => {
    const children = await childrenOf(args)
    const fields = (args.node.fields ?? {}) as LinkFields
    const href = await linkTarget(fields)
    if (!href) return children
    const newTab = fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
    return `<a href="${escapeHTML(href)}"${newTab}>${children}</a>`
  }
  return {
    ...HeadingHTMLConverterAsync,
    ...BlockquoteHTMLConverterAsync,
    ...HorizontalRuleHTMLConverterAsync,
    ...LinebreakHTMLConverterAsync,
    tab: ' ',
    text: ({ node }) => {
      const { text, format } = node as unknown as { text?: string; format?: number }
      return TEXT_FORMATS.reduce(
        (html, [bit, tag]) => ((format ?? 0) & bit ? `<${tag}>${html}</${tag}>` : html),
        escapeHTML(text ?? ''),
      )
    },
    paragraph: async (args) => {
      const children = await childrenOf(args as ConverterArgs)
      return children ? `<p>${children}</p>` : ''
    },
    list: async (args) => {
      const tag = (args.node as { listType?: string }).listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${await childrenOf(args as ConverterArgs)}</${tag}>`
    },
    listitem: async (args) => `<li>${await childrenOf(args as ConverterArgs)}</li>`,
    link,
    autolink: link,
    upload: ({ node }) => photoFigure(node as unknown as { relationTo: string; value: unknown }),
    // A node type we do not know (a feature added later, pasted content): its text, never raw markup.
    unknown: childrenOf,
  } as HTMLConvertersAsync
}

/** A stored custom link is rendered only if it still passes the editor's validation. */
export function safeCustomHref(url: unknown): string | null {
  return typeof url === 'string' && isSafeUrl(url) ? url.trim() : null
}
