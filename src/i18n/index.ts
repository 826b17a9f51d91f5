/**
 * Our translation table in Payload's i18n: registered under the namespace `kk` (payload.config.ts
 * `i18n.translations`), so server code reads it through `req.t` and admin components through
 * `useTranslation().t`, both in the language Payload picked for the request (admin language cookie,
 * else Accept-Language, else German). Safe to import from client components.
 */
import { de, en, type MessageKey } from './translations'

export { type MessageKey } from './translations'

export const NAMESPACE = 'kk'

type Vars = Record<string, unknown>
/** Payload's `t` (typed for its own keys) as it behaves: any key, optional `{{vars}}`. */
type AnyT = (key: never, vars?: never) => string

/** `translate(req.t)('embargoInPast')`: our keys, type-checked, through Payload's `t`. */
export const translate =
  (t: AnyT) =>
  (key: MessageKey, vars?: Vars): string =>
    (t as unknown as (key: string, vars?: Vars) => string)(`${NAMESPACE}:${key}`, vars)

/**
 * Payload's own words where they mislead:
 * - the content language and the admin language are two different controls but both read "Sprache";
 * - Payload 3.90 fills `{{label}}` of these three with the untranslated label object in a few places
 *   (dashboard cards' "+" — widgets/CollectionCards; sort buttons — elements/SortColumn, SortHeader;
 *   the relationship drawer toggler — elements/DocumentDrawer), so a screen reader heard
 *   "[object Object] neu erstellen"; without the label they stay right everywhere.
 */
const payloadOverrides = {
  de: {
    general: {
      locale: 'Inhaltssprache',
      locales: 'Inhaltssprachen',
      language: 'Sprache der Oberfläche',
      createNewLabel: 'Neu erstellen',
      sortByLabelDirection: '{{direction}} sortieren',
    },
    fields: { addNewLabel: 'Neu erstellen' },
  },
  en: {
    general: {
      locale: 'Content language',
      locales: 'Content languages',
      language: 'Admin language',
      createNewLabel: 'Create new',
      sortByLabelDirection: 'Sort {{direction}}',
    },
    fields: { addNewLabel: 'Add new' },
  },
}

/** For `i18n.translations` in payload.config.ts. */
export const translations = {
  de: { ...payloadOverrides.de, [NAMESPACE]: de },
  en: { ...payloadOverrides.en, [NAMESPACE]: en },
}
