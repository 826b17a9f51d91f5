import type { FlattenedBlock, FlattenedField, SanitizedConfig } from 'payload'

/** One relation value in a response: `holder[key]` holds an id, a document, a `{ relationTo, value }` or a list of them. */
export type RelationSlot = {
  holder: Record<string, unknown> | unknown[]
  key: string | number
  /** The collection for monomorphic fields; undefined when each value names its own (`{ relationTo, value }`). */
  relationTo?: string
  hasMany: boolean
  /** The field whose `maxDepth` and level decide whether Payload populated this value. */
  field: FlattenedField
}

type Walk = {
  config: SanitizedConfig
  /** `'all'` when the response holds every locale (`?locale=all`): localized values are `{ de, en }`. */
  locale: string | undefined
  slots: RelationSlot[]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Collects every relationship and upload value of one document level (groups, named tabs, arrays,
 * blocks, rich text included), without entering populated documents: each populated document was
 * read by its own operation, which already cleaned it.
 */
export function collectSlots(
  doc: unknown,
  fields: FlattenedField[],
  config: SanitizedConfig,
  locale: string | undefined,
): RelationSlot[] {
  const walk: Walk = { config, locale, slots: [] }
  if (isRecord(doc)) visitFields(walk, doc, fields, false)
  return walk.slots
}

function visitFields(
  walk: Walk,
  data: Record<string, unknown>,
  fields: FlattenedField[],
  parentIsLocalized: boolean,
): void {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    // With `locale=all` a localized field holds `{ de: …, en: … }`; inside it, nothing is keyed again.
    if (
      walk.locale === 'all' &&
      field.localized &&
      !parentIsLocalized &&
      isRecord(data[field.name])
    ) {
      const byLocale = data[field.name] as Record<string, unknown>
      for (const code of Object.keys(byLocale)) visitValue(walk, byLocale, code, field, true)
    } else {
      visitValue(walk, data, field.name, field, parentIsLocalized || Boolean(field.localized))
    }
  }
}

function visitValue(
  walk: Walk,
  holder: Record<string, unknown>,
  key: string,
  field: FlattenedField,
  localized: boolean,
): void {
  const value = holder[key]
  if (value === null || value === undefined) return
  switch (field.type) {
    case 'relationship':
    case 'upload':
      walk.slots.push({
        holder,
        key,
        relationTo: Array.isArray(field.relationTo) ? undefined : field.relationTo,
        hasMany: Boolean(field.hasMany),
        field,
      })
      return
    case 'group':
    case 'tab':
      if (isRecord(value)) visitFields(walk, value, field.flattenedFields, localized)
      return
    case 'array':
      if (Array.isArray(value))
        for (const row of value)
          if (isRecord(row)) visitFields(walk, row, field.flattenedFields, localized)
      return
    case 'blocks':
      if (Array.isArray(value)) {
        for (const row of value) {
          const block = isRecord(row) ? blockFor(walk.config, field, row.blockType) : undefined
          if (block && isRecord(row)) visitFields(walk, row, block.flattenedFields, localized)
        }
      }
      return
    case 'richText':
      visitLexical(walk, value, field)
      return
    default:
      return
  }
}

function blockFor(
  config: SanitizedConfig,
  field: FlattenedField & { type: 'blocks' },
  blockType: unknown,
): FlattenedBlock | undefined {
  for (const block of field.blockReferences ?? field.blocks) {
    const resolved =
      typeof block === 'string'
        ? config.blocks?.find((candidate) => candidate.slug === block)
        : block
    if (resolved?.slug === blockType) return resolved as FlattenedBlock
  }
  return undefined
}

/**
 * Lexical keeps relations inside its JSON: upload and relationship nodes (`relationTo` + `value`)
 * and internal links (`fields.doc` = `{ relationTo, value }`).
 */
function visitLexical(walk: Walk, node: unknown, field: FlattenedField): void {
  if (!isRecord(node)) return
  if (isRecord(node.root)) return visitLexical(walk, node.root, field)
  if (
    (node.type === 'upload' || node.type === 'relationship') &&
    typeof node.relationTo === 'string' &&
    'value' in node
  ) {
    walk.slots.push({
      holder: node,
      key: 'value',
      relationTo: node.relationTo,
      hasMany: false,
      field,
    })
  }
  if (isRecord(node.fields) && isRecord(node.fields.doc)) {
    walk.slots.push({
      holder: node.fields,
      key: 'doc',
      relationTo: undefined,
      hasMany: false,
      field,
    })
  }
  if (Array.isArray(node.children))
    for (const child of node.children) visitLexical(walk, child, field)
}
