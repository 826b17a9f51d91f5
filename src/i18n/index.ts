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

export type Language = 'de' | 'en'

/**
 * A message in both languages, kept apart: a page sets each language in its own paragraph, a list
 * of problems joins the German ones and the English ones each on their own.
 */
export type Bilingual = { de: string; en: string }

/**
 * Values for `{{name}}`: the same in both languages (a path, a number as sent), or `{ de, en }`
 * where they differ (a number written the German way, a nested message, a field label).
 */
export type BilingualVars = Record<string, unknown>

const TABLES: Record<Language, Record<MessageKey, string>> = { de, en }

const isBilingual = (value: unknown): value is Bilingual =>
  Boolean(value) &&
  typeof value === 'object' &&
  typeof (value as Bilingual).de === 'string' &&
  typeof (value as Bilingual).en === 'string'

/**
 * Fills `{{name}}` as Payload's `t` does (`replaceVars` in @payloadcms/translations): the name is
 * trimmed, a missing value leaves the placeholder as written, values are not scanned again. Our
 * own copy because the proxy and plain scripts must not load Payload's i18n for it.
 */
function interpolate(text: string, language: Language, vars?: BilingualVars): string {
  if (!vars) return text
  return text.replace(/\{\{(.*?)\}\}/g, (placeholder, name: string) => {
    const value = vars[name.trim()]
    if (value === undefined || value === null) return placeholder
    return String(isBilingual(value) ? value[language] : value)
  })
}

/** One message of the table in one language, outside a request (a mail, a file for journalists). */
export const inLanguage = (language: Language, key: MessageKey, vars?: BilingualVars): string =>
  interpolate(TABLES[language][key], language, vars)

/** One message of the table in German and English, kept apart. */
export const bothLanguages = (key: MessageKey, vars?: BilingualVars): Bilingual => ({
  de: inLanguage('de', key, vars),
  en: inLanguage('en', key, vars),
})

/** The project's one-line form of a message in both languages: "Deutsch. / English.". */
export const joinLanguages = ({ de: german, en: english }: Bilingual): string =>
  `${german} / ${english}`

/**
 * `inBothLanguages('pressKitNotFound')`: an answer for API clients, who may be machines without a
 * language of their own; the person reading the log or the client's screen gets both.
 */
export const inBothLanguages = (key: MessageKey, vars?: BilingualVars): string =>
  joinLanguages(bothLanguages(key, vars))

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
