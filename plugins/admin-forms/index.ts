import type { Config, Field } from 'payload'

import { requiredInDefaultLocale } from '../../src/fields/validation'

export const REQUIRED_IN_GERMAN_LABEL =
  '/src/components/RequiredInGermanLabel#RequiredInGermanLabel'
export const BOOLEAN_CELL = '/src/components/BooleanCell#BooleanCell'

type AdminOf = { admin?: Record<string, unknown> & { components?: Record<string, unknown> } }

const withComponent = (field: Field, slot: 'Label' | 'Cell', path: string): Field => {
  const admin = (field as AdminOf).admin ?? {}
  if (admin.components?.[slot]) return field
  return {
    ...field,
    admin: { ...admin, components: { ...admin.components, [slot]: path } },
  } as Field
}

/**
 * One field as staff meet it in the admin; nothing here reaches the database schema:
 * - a field required in German gets the asterisk `required: true` would give;
 * - a read-only field (system bookkeeping: content hash, renditions, `publicFrom`, snapshots) is
 *   left out of "Alle bearbeiten" — Payload's bulk edit offers read-only fields
 *   (it checks `field.readOnly`, not `field.admin.readOnly`);
 * - a checkbox column reads "ja"/"nein".
 */
export function adminFormField(field: Field): Field {
  let result = field
  if ('validate' in result && result.validate === requiredInDefaultLocale)
    result = withComponent(result, 'Label', REQUIRED_IN_GERMAN_LABEL)
  if (result.type === 'checkbox') result = withComponent(result, 'Cell', BOOLEAN_CELL)
  const admin = (result as AdminOf).admin
  if (admin?.readOnly && admin.disableBulkEdit === undefined)
    result = { ...result, admin: { ...admin, disableBulkEdit: true } } as Field
  if (result.type === 'tabs')
    return {
      ...result,
      tabs: result.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(adminFormField) })),
    }
  if (result.type === 'blocks')
    return {
      ...result,
      blocks: result.blocks.map((block) => ({
        ...block,
        fields: block.fields.map(adminFormField),
      })),
    }
  if ('fields' in result && Array.isArray(result.fields))
    return { ...result, fields: result.fields.map(adminFormField) } as Field
  return result
}

/**
 * Forms that help: required marks, no system fields in bulk edit, "ja"/"nein" columns — for every
 * collection and global, including fields other plugins added (so it runs after them). See README.md.
 */
export const adminForms =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: collection.fields.map(adminFormField),
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      fields: global.fields.map(adminFormField),
    })),
  })
