import type { Config } from 'payload'

import { PressContacts } from '../../collections/PressContacts'
import { PRESS_LIST_FORM_ENDPOINTS } from '../../src/endpoints/pressContacts'

/**
 * The press list (Presseverteiler): the `press-contacts` collection with its public double
 * opt-in and one-click unsubscribe endpoints. Appends to the config, replaces nothing.
 */
export const pressList =
  () =>
  (config: Config): Config => {
    const custom = (config.custom ?? {}) as Record<string, unknown>
    const formPostEndpoints = Array.isArray(custom.formPostEndpoints) ? (custom.formPostEndpoints as string[]) : []
    return {
      ...config,
      collections: [...(config.collections ?? []), PressContacts],
      custom: { ...custom, formPostEndpoints: [...formPostEndpoints, ...PRESS_LIST_FORM_ENDPOINTS] },
    }
  }
