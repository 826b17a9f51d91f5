import type { CollectionBeforeOperationHook } from 'payload'

import type { EventsSelect } from '../../payload-types'

/**
 * `nextOccurrences` is virtual: its afterRead hook computes the dates from `start` and `recurrence`.
 * A `select` that names it without them would read neither column and silently answer `[]`, so
 * asking for the dates reads their inputs too (on REST, GraphQL `select: true` and the Local API).
 */
export const nextOccurrencesInputs: CollectionBeforeOperationHook<'events'> = ({
  args,
  operation,
}) => {
  if (operation !== 'read') return args
  const select = (args as { select?: EventsSelect<boolean> }).select
  if (!select || select.nextOccurrences !== true) return args
  // An exclude-mode select (`{ body: false }`) reads every column anyway.
  if (Object.values(select).some((value) => value === false)) return args
  return { ...args, select: { ...select, start: true, recurrence: true } }
}
