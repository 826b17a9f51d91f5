/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) for documents, derived from Payload's flattened
 * field configs. Written by hand because no maintained generator knows our plugins' shapes
 * (list shapes, hidden relations, virtual `*Html` fields); see src/openapi/README.md.
 */
import type { FlattenedBlock, FlattenedField, SanitizedConfig } from 'payload'

export type JSONSchema = { [key: string]: unknown }

export type SchemaContext = {
  config: SanitizedConfig
  /** Collections that have a schema in the document: a relation to one of them may be `$ref`'d. */
  documented: Set<string>
  /** Shared block schemas, filled while walking (`components.schemas.Block<Slug>`). */
  blocks: Record<string, JSONSchema>
}

export const pascalCase = (slug: string) =>
  slug
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')

export const schemaRef = (name: string): JSONSchema => ({ $ref: `#/components/schemas/${name}` })
export const collectionSchemaName = (slug: string) => pascalCase(slug)

const NULL: JSONSchema = { type: 'null' }

/** Payload answers unset fields with `null`; only `id` is always present. */
function nullable(schema: JSONSchema): JSONSchema {
  if (typeof schema.type === 'string' && !schema.enum)
    return { ...schema, type: [schema.type, 'null'] }
  if (Array.isArray(schema.enum))
    return { ...schema, type: [schema.type, 'null'].flat(), enum: [...schema.enum, null] }
  return { anyOf: [schema, NULL] }
}

/** The label as "Deutsch / English" (labels are `l('de', 'en')` objects or plain strings). */
function title(field: FlattenedField): string | undefined {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const { de, en } = label as Record<string, unknown>
    if (typeof de === 'string' && typeof en === 'string') return de === en ? de : `${de} / ${en}`
  }
  return undefined
}

/** PostgreSQL serial ids are integers; a collection with its own text `id` field has strings. */
export function idSchema(config: SanitizedConfig, slug: string): JSONSchema {
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  const custom = collection?.flattenedFields.find((field) => field.name === 'id')
  return custom && custom.type === 'text' ? { type: 'string' } : { type: 'integer' }
}

/** A relation is the id (depth 0 or beyond maxDepth), the related document, or `null` when hidden. */
function relatedDocument(slug: string, context: SchemaContext): JSONSchema {
  const document = context.documented.has(slug)
    ? schemaRef(collectionSchemaName(slug))
    : {
        type: 'object',
        description: `${slug} (only for staff)`,
        properties: { id: idSchema(context.config, slug) },
      }
  return { anyOf: [idSchema(context.config, slug), document] }
}

function relationSchema(
  field: Extract<FlattenedField, { type: 'relationship' | 'upload' }>,
  context: SchemaContext,
): JSONSchema {
  const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
  const one: JSONSchema = Array.isArray(field.relationTo)
    ? {
        anyOf: targets.map((slug) => ({
          type: 'object',
          properties: { relationTo: { const: slug }, value: relatedDocument(slug, context) },
          required: ['relationTo', 'value'],
        })),
      }
    : relatedDocument(field.relationTo, context)
  // A related document the reader may not see is `null` in place, or left out of a list
  // (plugins/hidden-relations).
  return field.hasMany ? { type: 'array', items: one } : nullable(one)
}

function optionValues(options: readonly (string | { value: string })[]): string[] {
  return options.map((option) => (typeof option === 'string' ? option : option.value))
}

/** Properties of an object made of fields (a document, group, array row or block). */
export function objectSchema(
  fields: FlattenedField[],
  context: SchemaContext,
  extra: Record<string, JSONSchema> = {},
): JSONSchema {
  const properties: Record<string, JSONSchema> = { ...extra }
  for (const field of fields) {
    if (field.hidden === true) continue
    const schema = fieldSchema(field, context)
    if (!schema) continue
    // Field-level read access: the field is left out for readers who may not read it.
    const restricted = field.access?.read
      ? ' (nur für Berechtigte / only for permitted readers)'
      : ''
    const described = `${title(field) ?? field.name}${restricted}`
    properties[field.name] = { ...schema, description: described }
  }
  // Closed: a field the config does not declare never reaches a reader (tests check live answers).
  return { type: 'object', properties, additionalProperties: false }
}

function localized(field: FlattenedField, schema: JSONSchema, context: SchemaContext): JSONSchema {
  if (!('localized' in field) || !field.localized || !context.config.localization) return schema
  const locales = context.config.localization.localeCodes
  // `locale=all` answers every localized field as an object keyed by locale.
  const perLocale: JSONSchema = {
    type: 'object',
    properties: Object.fromEntries(locales.map((code) => [code, schema])),
    additionalProperties: false,
  }
  return { anyOf: [schema, perLocale] }
}

function blockSchemaName(block: FlattenedBlock): string {
  return `Block${pascalCase(block.interfaceName ?? block.slug)}`
}

function blockSchema(block: FlattenedBlock, context: SchemaContext): JSONSchema {
  const name = blockSchemaName(block)
  if (!context.blocks[name]) {
    context.blocks[name] = {} // placeholder against recursion
    const schema = objectSchema(block.flattenedFields, context, {
      id: { type: ['string', 'null'] },
      blockName: { type: ['string', 'null'] },
      blockType: { const: block.slug },
    })
    context.blocks[name] = { ...schema, required: ['blockType'] }
  }
  return schemaRef(name)
}

/** The schema of one field's value in a REST answer; `undefined` for fields that carry no data. */
export function fieldSchema(field: FlattenedField, context: SchemaContext): JSONSchema | undefined {
  return localized(field, baseSchema(field, context), context)
}

function baseSchema(field: FlattenedField, context: SchemaContext): JSONSchema {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return field.type === 'text' && field.hasMany
        ? nullable({ type: 'array', items: { type: 'string' } })
        : nullable({ type: 'string' })
    case 'email':
      return nullable({ type: 'string', format: 'email' })
    case 'number':
      return field.hasMany
        ? nullable({ type: 'array', items: { type: 'number' } })
        : nullable({ type: 'number' })
    case 'checkbox':
      return nullable({ type: 'boolean' })
    case 'date':
      return nullable({ type: 'string', format: 'date-time' })
    case 'select':
    case 'radio': {
      const values: JSONSchema = { type: 'string', enum: optionValues(field.options) }
      return field.type === 'select' && field.hasMany
        ? nullable({ type: 'array', items: values })
        : nullable(values)
    }
    case 'point':
      return nullable({
        type: 'array',
        items: { type: 'number' },
        minItems: 2,
        maxItems: 2,
        description: '[longitude, latitude]',
      })
    case 'json':
      return {}
    case 'richText':
      return nullable({
        type: 'object',
        description:
          'Lexical JSON (editor state); `?html=1` adds a sanitized HTML sibling `<name>Html`',
        properties: { root: { type: 'object' } },
        required: ['root'],
      })
    case 'relationship':
    case 'upload':
      return relationSchema(field, context)
    case 'group':
    case 'tab':
      return objectSchema(field.flattenedFields, context)
    case 'array':
      return nullable({
        type: 'array',
        items: objectSchema(field.flattenedFields, context, { id: { type: ['string', 'null'] } }),
      })
    case 'blocks': {
      const blocks = (field.blockReferences ?? field.blocks).map((block) =>
        typeof block === 'string'
          ? context.config.blocks?.find((candidate) => candidate.slug === block)
          : block,
      )
      const items = blocks
        .filter((block): block is FlattenedBlock => Boolean(block))
        .map((block) => blockSchema(block, context))
      return nullable({ type: 'array', items: { anyOf: items } })
    }
    case 'join': {
      const targets = Array.isArray(field.collection) ? field.collection : [field.collection]
      return nullable({
        type: 'object',
        description: 'Documents that point here (join field)',
        properties: {
          docs: {
            type: 'array',
            items: { anyOf: targets.map((slug) => relatedDocument(slug, context)) },
          },
          hasNextPage: { type: 'boolean' },
          totalDocs: { type: 'integer' },
        },
      })
    }
    default:
      return {}
  }
}
