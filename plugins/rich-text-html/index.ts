import type { CollectionBeforeOperationHook, Config, Field } from 'payload'

import { appendHooks } from '../../src/lib/config/hooks'
import { hasRichText, type HTMLFieldSettings, widenSelect, withHTMLFields } from './fields'
import type { RichTextHTMLOptions } from './types'

export type { RichTextHTMLOptions } from './types'

/** An include-mode select names the HTML field: read its source too (exclude mode reads all). */
const readSourcesToo =
  (fields: Field[], suffix: string): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (operation !== 'read') return args
    const select = (args as { select?: Record<string, unknown> }).select
    if (!select || Object.values(select).some((value) => value === false)) return args
    return { ...args, select: widenSelect(select, fields, suffix) }
  }

/**
 * Every rich-text field gets a virtual sibling `<name>Html` (`body` → `bodyHtml`, a text block's
 * `content` → `contentHtml`): sanitized HTML from src/lib/richtext/html.ts, as the reader may see
 * it, in the request's locale. Computed only on request — REST `?html=1`, GraphQL when the query
 * names the field, Local API `context: { html: true }` — so other reads cost nothing. See README.md.
 */
export const richTextHTML =
  (options: RichTextHTMLOptions = {}) =>
  (config: Config): Config => {
    const settings: HTMLFieldSettings = {
      suffix: options.suffix ?? 'Html',
      param: options.param ?? 'html',
      enabled: options.enabled !== false,
    }
    const excluded = new Set(options.exclude ?? [])
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (excluded.has(collection.slug) || !hasRichText(collection.fields)) return collection
        const fields = withHTMLFields(collection.fields, settings)
        return {
          ...collection,
          fields,
          hooks: appendHooks(collection.hooks, {
            beforeOperation: [readSourcesToo(fields, settings.suffix)],
          }),
        }
      }),
    }
  }
