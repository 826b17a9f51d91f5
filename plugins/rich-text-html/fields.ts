import type { Block, Field, FieldHook, PayloadRequest } from 'payload'

import { richTextToHTML } from '../../src/lib/richtext/html'

const TRUE_VALUES = new Set(['1', 'true', 'yes'])

export type HTMLFieldSettings = { suffix: string; param: string; enabled: boolean }

/** Asked for over REST (`?html=1`) or the Local API (`context: { html: true }`). */
function asksForHTML(req: PayloadRequest, param: string): boolean {
  const value = req.query?.[param]
  return (
    (typeof value === 'string' && TRUE_VALUES.has(value.toLowerCase())) ||
    (req.context as { html?: unknown }).html === true
  )
}

const isLexical = (value: unknown): boolean =>
  Boolean(value && typeof value === 'object' && 'root' in value)

/** One locale's value, or (with `locale=all`) every locale's, rendered. */
async function render(
  value: unknown,
  req: PayloadRequest,
): Promise<string | Record<string, string> | null> {
  if (value === null || value === undefined) return null
  if (isLexical(value)) return richTextToHTML(value, { req })
  if (typeof value !== 'object') return null
  const entries = await Promise.all(
    Object.entries(value as Record<string, unknown>).map(async ([locale, localized]) => [
      locale,
      isLexical(localized) ? await richTextToHTML(localized, { req, locale: locale as never }) : '',
    ]),
  )
  return Object.fromEntries(entries)
}

/**
 * Computes the HTML only when asked: REST/Local API by the parameter or context flag; GraphQL by
 * naming the field. For GraphQL the hook returns a function, which graphql-js' default resolver
 * calls only when the query selects the field — a query without it renders nothing.
 */
function htmlHook(source: string, settings: HTMLFieldSettings): FieldHook {
  return ({ req, siblingData }) => {
    if (!settings.enabled) return undefined
    const compute = () => render((siblingData as Record<string, unknown>)[source], req)
    if (req.payloadAPI === 'GraphQL') return compute
    return asksForHTML(req, settings.param) ? compute() : undefined
  }
}

function htmlField(source: string, settings: HTMLFieldSettings): Field {
  return {
    name: `${source}${settings.suffix}`,
    type: 'textarea',
    virtual: true,
    label: { de: 'HTML (berechnet)', en: 'HTML (computed)' },
    admin: { hidden: true, readOnly: true },
    access: { create: () => false, update: () => false },
    hooks: { afterRead: [htmlHook(source, settings)] },
  }
}

/** Inserts `<name><suffix>` after every rich-text field, at any depth (groups, arrays, tabs, blocks). */
export function withHTMLFields(fields: Field[], settings: HTMLFieldSettings): Field[] {
  return fields.flatMap((field): Field[] => {
    if (field.type === 'richText') return [field, htmlField(field.name, settings)]
    if (field.type === 'blocks') {
      return [
        {
          ...field,
          blocks: field.blocks.map((block): Block => ({
            ...block,
            fields: withHTMLFields(block.fields, settings),
          })),
        },
      ]
    }
    if (field.type === 'tabs') {
      return [
        {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: withHTMLFields(tab.fields, settings) })),
        },
      ]
    }
    if ('fields' in field && Array.isArray(field.fields))
      return [{ ...field, fields: withHTMLFields(field.fields, settings) } as Field]
    return [field]
  })
}

/**
 * A `select` that names an HTML field (REST `select[bodyHtml]=true`, GraphQL `select: true`) must
 * read its rich-text source too, or the HTML would be empty: adds the source beside it.
 */
export function widenSelect(
  select: Record<string, unknown>,
  fields: Field[],
  suffix: string,
): Record<string, unknown> {
  const widened = { ...select }
  for (const field of fields) {
    if (field.type === 'richText' && widened[`${field.name}${suffix}`] === true)
      widened[field.name] = true
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const nested = widened[tab.name]
          if (nested && typeof nested === 'object')
            widened[tab.name] = widenSelect(nested as Record<string, unknown>, tab.fields, suffix)
        } else Object.assign(widened, widenSelect(widened, tab.fields, suffix))
      }
      continue
    }
    if (field.type === 'blocks') {
      const nested = widened[field.name]
      if (!nested || typeof nested !== 'object') continue
      const byBlock = { ...(nested as Record<string, unknown>) }
      for (const block of field.blocks) {
        const blockSelect = byBlock[block.slug]
        if (blockSelect && typeof blockSelect === 'object')
          byBlock[block.slug] = widenSelect(
            blockSelect as Record<string, unknown>,
            block.fields,
            suffix,
          )
      }
      widened[field.name] = byBlock
      continue
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      if ('name' in field && field.name) {
        const nested = widened[field.name]
        if (nested && typeof nested === 'object')
          widened[field.name] = widenSelect(nested as Record<string, unknown>, field.fields, suffix)
      } else Object.assign(widened, widenSelect(widened, field.fields, suffix))
    }
  }
  return widened
}

export function hasRichText(fields: Field[]): boolean {
  return fields.some((field) => {
    if (field.type === 'richText') return true
    if (field.type === 'blocks') return field.blocks.some((block) => hasRichText(block.fields))
    if (field.type === 'tabs') return field.tabs.some((tab) => hasRichText(tab.fields))
    return 'fields' in field && Array.isArray(field.fields) && hasRichText(field.fields)
  })
}
