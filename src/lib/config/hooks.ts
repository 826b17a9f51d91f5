import type { CollectionConfig, Config, GlobalConfig } from 'payload'

type Hooks =
  | NonNullable<CollectionConfig['hooks']>
  | NonNullable<Config['hooks']>
  | NonNullable<GlobalConfig['hooks']>

/**
 * Plugins add hooks to the config, collections and globals they do not own. `appendHooks` runs a plugin's hooks
 * after the host's own; `prependHooks` before them, for guards that must refuse before any host hook
 * runs. Hooks of other kinds stay as they were.
 */
function combined<H extends Hooks>(existing: H | undefined, added: Partial<H>, first: boolean): H {
  const result: Record<string, unknown[] | undefined> = {
    ...(existing as Record<string, unknown[] | undefined>),
  }
  for (const [kind, hooks] of Object.entries(added as Record<string, unknown[] | undefined>)) {
    if (!hooks?.length) continue
    const own = result[kind] ?? []
    result[kind] = first ? [...hooks, ...own] : [...own, ...hooks]
  }
  return result as H
}

export const appendHooks = <H extends Hooks>(existing: H | undefined, added: Partial<H>): H =>
  combined(existing, added, false)

export const prependHooks = <H extends Hooks>(existing: H | undefined, added: Partial<H>): H =>
  combined(existing, added, true)
