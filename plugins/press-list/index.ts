import type { Config } from 'payload'

import { PressContacts } from '../../collections/PressContacts'
import { PRESS_LIST_FORM_ENDPOINTS } from '../../src/endpoints/pressContacts'
import { withCustomList } from '../../src/lib/config/customLists'

/**
 * The press list (Presseverteiler): the `press-contacts` collection with its public double
 * opt-in and one-click unsubscribe endpoints. Appends to the config, replaces nothing.
 */
export const pressList =
  () =>
  (config: Config): Config => {
    return {
      ...config,
      collections: [...(config.collections ?? []), PressContacts],
      custom: withCustomList(config.custom, 'formPostEndpoints', PRESS_LIST_FORM_ENDPOINTS),
    }
  }
