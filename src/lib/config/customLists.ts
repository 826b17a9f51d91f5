import type { Config } from 'payload'

/**
 * Plugins tell the request guard and the response cache about themselves through string lists in
 * `config.custom`: paths anyone may read and that may be cached, paths that cache themselves, form
 * posts from other sites, and job tasks that change no public answer. One reader and one appender
 * keep every plugin from re-checking the shape of the list.
 */
export type CustomListName =
  'formPostEndpoints' | 'publicReadEndpoints' | 'selfCachingEndpoints' | 'tasksWithoutPublicEffect'

/** The strings listed under `name` (anything else there is ignored). */
export function customList(custom: unknown, name: CustomListName): string[] {
  const value = (custom as Record<string, unknown> | undefined)?.[name]
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string')
    : []
}

/** `custom` with `entries` appended to the list under `name`. */
export function withCustomList(
  custom: Config['custom'],
  name: CustomListName,
  entries: string[],
): NonNullable<Config['custom']> {
  return { ...custom, [name]: [...customList(custom, name), ...entries] }
}
