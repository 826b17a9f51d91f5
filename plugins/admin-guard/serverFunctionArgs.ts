import type { PayloadRequest } from 'payload'

import { DEFAULT_MAX_WHERE_CONDITIONS, DEFAULT_MAX_WHERE_DEPTH, InputRefused } from '../input-guard'
import { checkWhere } from '../input-guard/where'
import { collectionConfig } from './targets'

type Args = Record<string, unknown>

const STRINGS = [
  'collectionSlug',
  'globalSlug',
  'schemaPath',
  'widgetSlug',
  'valueToSlugify',
  'fromLocale',
  'toLocale',
]
const IDS = ['docID', 'id']
const OBJECTS = ['query', 'formState']
const LISTS = ['columns']
const LOCALES = ['fromLocale', 'toLocale']

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The arguments a server function reads, in the shape it reads them. The admin always sends
 * them so; anything else (a hand-made call, a stale client) made Payload's implementations throw
 * a TypeError deep inside (a 500). Returns the name of the first wrong argument, or the refusal
 * of a `where` the database could not run; undefined when the arguments are fine.
 */
export function wrongArgument(
  args: unknown,
  req: PayloadRequest,
): { argument: string } | { refused: InputRefused } | undefined {
  if (!isPlainObject(args)) return { argument: 'args' }
  const wrong =
    STRINGS.find((key) => args[key] !== undefined && typeof args[key] !== 'string') ??
    IDS.find(
      (key) =>
        args[key] !== undefined &&
        args[key] !== null &&
        typeof args[key] !== 'string' &&
        typeof args[key] !== 'number',
    ) ??
    OBJECTS.find(
      (key) => args[key] !== undefined && args[key] !== null && !isPlainObject(args[key]),
    ) ??
    LISTS.find(
      (key) => args[key] !== undefined && args[key] !== null && !Array.isArray(args[key]),
    ) ??
    LOCALES.find(
      (key) => typeof args[key] === 'string' && !localeCodes(req).includes(args[key] as string),
    )
  if (wrong) return { argument: wrong }
  return refusedWhere(args, req)
}

function localeCodes(req: PayloadRequest): string[] {
  const { localization } = req.payload.config
  return localization ? localization.localeCodes : []
}

/** A list's `where` gets the same checks as a REST query (render-list, table-state). */
function refusedWhere(args: Args, req: PayloadRequest): { refused: InputRefused } | undefined {
  const where = isPlainObject(args.query) ? args.query.where : undefined
  const collection =
    typeof args.collectionSlug === 'string' ? collectionConfig(req, args.collectionSlug) : undefined
  if (where === undefined || !collection) return undefined
  try {
    checkWhere(where, {
      payload: req.payload,
      fields: collection.flattenedFields,
      slug: collection.slug,
      limits: { maxDepth: DEFAULT_MAX_WHERE_DEPTH, maxConditions: DEFAULT_MAX_WHERE_CONDITIONS },
    })
  } catch (error) {
    if (error instanceof InputRefused) return { refused: error }
    throw error
  }
  return undefined
}
