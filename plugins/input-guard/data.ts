import type { FlattenedField, SanitizedConfig } from 'payload'

import { type Bilingual, expected } from './errors'
import { blocksOf } from './fields'
import { isFiniteNumber } from './values'

/** One relation value found in a document's data, with the path a person sees in the form. */
export type RelationRef = { path: string; collection: string; id: unknown }

/** One blocks row whose type is not a block of its field. */
export type BlockProblem = { path: string; blockType: unknown; allowed: string[] }

/**
 * One value of the wrong shape: blocks or an array that is not a list, a number that is not one
 * (Payload would store it as empty), a select value that is not an option (the enum fails).
 */
export type ShapeProblem = { path: string; value: unknown; expected?: Bilingual }

export type DataFindings = {
  relations: RelationRef[]
  blocks: BlockProblem[]
  shapes: ShapeProblem[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** The id inside a relation value: `5`, `{ id: 5 }` (populated) or `{ relationTo, value }`. */
function refsOf(
  field: FlattenedField & { type: 'relationship' | 'upload' },
  value: unknown,
  path: string,
): RelationRef[] {
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item, index): RelationRef[] => {
    if (item === null || item === undefined || item === '') return []
    const itemPath = Array.isArray(value) ? `${path}.${index}` : path
    if (Array.isArray(field.relationTo)) {
      if (!isObject(item) || typeof item.relationTo !== 'string') return []
      const inner = isObject(item.value) ? item.value.id : item.value
      return inner === null || inner === undefined
        ? []
        : [{ path: itemPath, collection: item.relationTo, id: inner }]
    }
    const id = isObject(item) ? item.id : item
    return id === null || id === undefined
      ? []
      : [{ path: itemPath, collection: field.relationTo, id }]
  })
}

/**
 * Walks a document's data along its `flattenedFields` — groups, named tabs, arrays, blocks, all
 * locales when the data holds several — and collects relation ids and unknown block types.
 */
export function inspectData(
  fields: FlattenedField[],
  data: unknown,
  config: SanitizedConfig,
): DataFindings {
  const findings: DataFindings = { relations: [], blocks: [], shapes: [] }
  const locales = new Set(config.localization ? config.localization.localeCodes : [])

  const visit = (fieldList: FlattenedField[], node: unknown, prefix: string): void => {
    if (!isObject(node)) return
    for (const field of fieldList) {
      if (!('name' in field)) continue
      const value = node[field.name]
      if (value === undefined || value === null) continue
      const path = `${prefix}${field.name}`
      // With `locale=all` a localized field holds { de: …, en: … }.
      const perLocale =
        'localized' in field &&
        field.localized &&
        isObject(value) &&
        Object.keys(value).length > 0 &&
        Object.keys(value).every((key) => locales.has(key))
      const variants: Array<[unknown, string]> = perLocale
        ? Object.entries(value).map(([code, inner]) => [inner, `${path}.${code}`])
        : [[value, path]]
      for (const [current, currentPath] of variants) visitValue(field, current, currentPath)
    }
  }

  const visitValue = (field: FlattenedField, value: unknown, path: string): void => {
    if (value === undefined || value === null) return
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        // A list for a single relation, or an object without an id, can only fail in the database.
        const wrongList = Array.isArray(value) !== Boolean(field.hasMany)
        const items = Array.isArray(value) ? value : [value]
        const shapeless = items.some(
          (item) => isObject(item) && !('id' in item) && !('relationTo' in item),
        )
        if ((wrongList && !(field.hasMany && !isObject(value))) || shapeless) {
          findings.shapes.push({ path, value, expected: expected.relation })
          return
        }
        findings.relations.push(...refsOf(field, value, path))
        return
      }
      case 'group':
      case 'tab':
        visit(field.flattenedFields, value, `${path}.`)
        return
      case 'array':
        if (!Array.isArray(value)) {
          findings.shapes.push({ path, value })
          return
        }
        value.forEach((row, index) => visit(field.flattenedFields, row, `${path}.${index}.`))
        return
      case 'blocks': {
        if (!Array.isArray(value)) {
          findings.shapes.push({ path, value })
          return
        }
        const blocks = blocksOf(field, config)
        value.forEach((row, index) => {
          const blockType = isObject(row) ? row.blockType : undefined
          const block = blocks.find((candidate) => candidate.slug === blockType)
          if (!block) {
            findings.blocks.push({
              path: `${path}.${index}`,
              blockType,
              allowed: blocks.map((candidate) => candidate.slug),
            })
            return
          }
          visit(block.flattenedFields, row, `${path}.${index}.`)
        })
        return
      }
      case 'number': {
        const items = Array.isArray(value) && field.hasMany ? value : [value]
        const bad = items.find((item) => item !== '' && item !== null && !isFiniteNumber(item))
        if (bad !== undefined) findings.shapes.push({ path, value: bad, expected: expected.number })
        return
      }
      case 'select':
      case 'radio': {
        const options = field.options.map((option) =>
          typeof option === 'string' ? option : option.value,
        )
        const items =
          Array.isArray(value) && field.type === 'select' && field.hasMany ? value : [value]
        const bad = items.find(
          (item) => item !== '' && item !== null && !options.includes(item as string),
        )
        if (bad !== undefined)
          findings.shapes.push({ path, value: bad, expected: expected.oneOf(options) })
        return
      }
      default:
        return
    }
  }

  visit(fields, data, '')
  return findings
}
