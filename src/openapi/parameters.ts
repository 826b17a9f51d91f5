/** Payload's REST query parameters and ours (`full`, `html`), as reusable OpenAPI parameters. */
import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import type { JSONSchema } from './fields'

type Parameter = { name: string; definition: JSONSchema; ref: JSONSchema }

function parameter(name: string, definition: JSONSchema): Parameter {
  return { name, definition, ref: { $ref: `#/components/parameters/${name}` } }
}

const boolish = { type: 'string', enum: ['true', 'false', '1', '0', 'yes', 'no'] }

export const PARAMETERS = {
  where: parameter('where', {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', additionalProperties: true },
    description:
      'Filter: `where[<field>][<operator>]=<value>` (equals, not_equals, in, not_in, like, contains, greater_than, greater_than_equal, less_than, less_than_equal, exists, near), `where[or][0][…]`, `where[and][0][…]`; only on fields the reader may read (else 400)',
  }),
  select: parameter('select', {
    name: 'select',
    in: 'query',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', additionalProperties: true },
    description:
      '`select[<field>]=true`: exactly these fields (plus `id`); overrides the list shape',
  }),
  populate: parameter('populate', {
    name: 'populate',
    in: 'query',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', additionalProperties: true },
    description:
      "`populate[<collection>][<field>]=true`: fields of related documents (default: the collection's `defaultPopulate`)",
  }),
  locale: parameter('locale', {
    name: 'locale',
    in: 'query',
    schema: { type: 'string', enum: ['de', 'en', 'all'], default: 'de' },
    description: '`all`: localized fields as `{ de, en }`',
  }),
  fallbackLocale: parameter('fallbackLocale', {
    name: 'fallback-locale',
    in: 'query',
    schema: { type: 'string', enum: ['de', 'en', 'none'] },
    description: 'Language for untranslated fields (default: German for English)',
  }),
  depth: parameter('depth', {
    name: 'depth',
    in: 'query',
    schema: { type: 'integer', minimum: 0, maximum: 3, default: 1 },
    description: 'How deep related documents are populated (else ids)',
  }),
  limit: parameter('limit', {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 0, default: 10 },
    description: 'Documents per page (anonymous lists are capped, plugins/public-list-limit)',
  }),
  page: parameter('page', {
    name: 'page',
    in: 'query',
    schema: { type: 'integer', minimum: 1, default: 1 },
  }),
  sort: parameter('sort', {
    name: 'sort',
    in: 'query',
    schema: { type: 'string' },
    description:
      'Field name, `-` for descending, comma-separated for several (e.g. `-displayDate`)',
  }),
  draft: parameter('draft', {
    name: 'draft',
    in: 'query',
    schema: { type: 'boolean' },
    description: 'Staff: the newest draft instead of the published version',
  }),
  html: parameter('html', {
    name: 'html',
    in: 'query',
    schema: boolish,
    description:
      'Adds `<richText>Html` (sanitized HTML) to whole documents (by id, `full=1`, or `select`)',
  }),
  full: parameter('full', {
    name: 'full',
    in: 'query',
    schema: boolish,
    description: 'Whole documents instead of the list shape (press-releases, events, projects)',
  }),
}

const p = PARAMETERS

/** The parameters a read accepts; `full` only where the collection has a list shape, `draft` only with drafts. */
export function parameterRefs(config: SanitizedConfig, collection?: SanitizedCollectionConfig) {
  const localized = config.localization ? [p.locale.ref, p.fallbackLocale.ref] : []
  const drafts =
    collection?.versions && typeof collection.versions === 'object' && collection.versions.drafts
      ? [p.draft.ref]
      : []
  const shaped = collection && LIST_SHAPED.has(collection.slug) ? [p.full.ref] : []
  const document = [p.select.ref, p.populate.ref, p.depth.ref, ...localized, ...drafts, p.html.ref]
  return {
    list: [p.where.ref, p.limit.ref, p.page.ref, p.sort.ref, ...document, ...shaped],
    byID: document,
    count: [p.where.ref, ...localized, ...drafts],
  }
}

/** Collections answering lists in a slim shape (payload.config.ts `listShape`). */
const LIST_SHAPED = new Set(['press-releases', 'events', 'projects'])
