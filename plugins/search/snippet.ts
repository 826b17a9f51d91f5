/**
 * `ts_headline` marks hits with private-use characters and gets `<`/`>` as other private-use
 * characters (its parser would drop anything that looks like an HTML tag). Here the text is
 * HTML-escaped and only then are the marks turned into `<mark>` elements, so a snippet is safe
 * to insert as HTML whatever the content says.
 */
import { escapeHTML } from '../../src/lib/richtext/escape'

export type SnippetRow = { headline: string | null }

const START = '\uE002'
const STOP = '\uE003'

export function toSnippet(row: SnippetRow): string {
  const text = (row.headline ?? '')
    .replace(/\uE000/g, '<')
    .replace(/\uE001/g, '>')
    .replace(/\s+/g, ' ')
    .trim()
  return escapeHTML(text).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>')
}
