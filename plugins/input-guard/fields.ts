import type {
  FlattenedBlock,
  FlattenedField,
  SanitizedCollectionConfig,
  SanitizedConfig,
} from 'payload'

/** What a query path or a data key points at: a field, or the document's own `id`. */
export type Target = { kind: 'id'; collection: string } | { kind: 'field'; field: FlattenedField }

/** Blocks of a blocks field, whether declared inline or by reference to `config.blocks`. */
export function blocksOf(field: FlattenedField, config: SanitizedConfig): FlattenedBlock[] {
  if (field.type !== 'blocks') return []
  const referenced = (field.blockReferences ?? []).map((block) =>
    typeof block === 'string'
      ? config.blocks?.find((candidate) => candidate.slug === block)
      : block,
  )
  return [...field.blocks, ...referenced].filter((block): block is FlattenedBlock => Boolean(block))
}

/** The fields one level below `field` (group, named tab, array rows, all block types). */
export function childFields(
  field: FlattenedField,
  config: SanitizedConfig,
): FlattenedField[] | undefined {
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
    return field.flattenedFields
  if (field.type === 'blocks')
    return blocksOf(field, config).flatMap((block) => block.flattenedFields)
  return undefined
}

export const collectionConfig = (
  config: SanitizedConfig,
  slug: string,
): SanitizedCollectionConfig | undefined =>
  config.collections.find((collection) => collection.slug === slug)

/**
 * Follows a dotted path (`geo.latitude`, `program.venue`, `venues.name`, `title.en`) through
 * groups, tabs, arrays, blocks and single-target relationships. `undefined` when the path leads
 * nowhere we can name: Payload's own path validation then decides (it refuses unknown paths).
 */
export function resolvePath(
  fields: FlattenedField[],
  path: string,
  config: SanitizedConfig,
  ownSlug: string,
): Target | undefined {
  const segments = path.split('.')
  const locales = new Set(config.localization ? config.localization.localeCodes : [])
  let current = fields
  let currentSlug: string | undefined = ownSlug
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!
    const last = index === segments.length - 1
    const field = current.find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) {
      if (segment === 'id' && last && currentSlug) return { kind: 'id', collection: currentSlug }
      return undefined
    }
    if (last) return { kind: 'field', field }
    const next = segments[index + 1]!
    if (
      'localized' in field &&
      field.localized &&
      locales.has(next) &&
      index + 1 === segments.length - 1
    ) {
      return { kind: 'field', field }
    }
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      const target = collectionConfig(config, field.relationTo)
      if (!target) return undefined
      current = target.flattenedFields
      currentSlug = target.slug
      continue
    }
    const children = childFields(field, config)
    if (!children) return undefined
    current = children
    currentSlug = undefined
  }
  return undefined
}

/** The fields a version query sees: `version.*` plus the version table's own columns. */
export function versionFields(collection: {
  slug: string
  flattenedFields: FlattenedField[]
}): FlattenedField[] {
  return [
    { name: 'parent', type: 'relationship', relationTo: collection.slug } as FlattenedField,
    {
      name: 'version',
      type: 'group',
      fields: [],
      flattenedFields: collection.flattenedFields,
    } as unknown as FlattenedField,
    { name: 'createdAt', type: 'date' } as FlattenedField,
    { name: 'updatedAt', type: 'date' } as FlattenedField,
    { name: 'latest', type: 'checkbox' } as FlattenedField,
    { name: 'autosave', type: 'checkbox' } as FlattenedField,
  ]
}
