import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

type Select = Record<string, unknown>

const isIncludeSelect = (select: unknown): select is Select =>
  typeof select === 'object' &&
  select !== null &&
  !Object.values(select).some((value) => value === false)

/** `{ url: true }` → `{ url: true, filename: true }`; anything else unchanged. */
function withFilename(select: Select): Select {
  return select.url && !select.filename ? { ...select, filename: true } : select
}

/**
 * An upload's `url` (and a rendition's) is computed after reading from its `filename`. A select that
 * names the url without the file name reads no file name and answers `url: null` — GraphQL with
 * `select: true` asks exactly that for `heroPhoto { url }`. Asking for a url reads its file name too.
 */
export const fileURLInputs = <TSlug extends CollectionSlug>({
  args,
  operation,
}: Parameters<CollectionBeforeOperationHook<TSlug>>[0]): typeof args => {
  if (operation !== 'read') return args
  const select = (args as { select?: unknown }).select
  if (!isIncludeSelect(select)) return args
  let next = withFilename(select)
  if (isIncludeSelect(select.renditions)) {
    const renditions = withFilename(select.renditions)
    if (renditions !== select.renditions) next = { ...next, renditions }
  }
  return next === select ? args : { ...args, select: next as typeof args.select }
}
