import * as rrule from 'rrule'

// rrule is CommonJS for Node (named exports only under `default`) but ESM for bundlers.
const rruleModule = rrule as unknown as { default?: typeof rrule } & typeof rrule
const { RRule } = rruleModule.default?.RRule ? rruleModule.default : rruleModule

export type RecurrenceInput = {
  rule?: string | null
  exceptions?: { date?: string | null }[] | null
}

/** Checks an RFC 5545 RRULE such as `FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2`. */
export function parseRule(rule: string): InstanceType<typeof RRule> | null {
  try {
    const options = RRule.parseString(rule.replace(/^RRULE:/i, '').trim())
    if (options.freq === undefined) return null
    return new RRule(options)
  } catch {
    return null
  }
}

const sameDay = (a: Date, b: Date): boolean => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10)

/**
 * The next dates of a recurring event after `from`, with the first occurrence at `start` (its time
 * of day is kept) and cancelled dates (exceptions) left out.
 */
export function nextOccurrences(start: Date, recurrence: RecurrenceInput, from: Date, count = 6): Date[] {
  if (!recurrence.rule) return []
  const parsed = parseRule(recurrence.rule)
  if (!parsed) return []
  const rule = new RRule({ ...parsed.origOptions, dtstart: start })
  const exceptions = (recurrence.exceptions ?? []).flatMap((entry) => (entry.date ? [new Date(entry.date)] : []))
  const result: Date[] = []
  let cursor = from
  for (let guard = 0; result.length < count && guard < count * 10; guard++) {
    const next = rule.after(cursor, false)
    if (!next) break
    if (!exceptions.some((exception) => sameDay(exception, next))) result.push(next)
    cursor = next
  }
  return result
}

export const INVALID_RULE_MESSAGE =
  'Keine gültige Wiederholungsregel (RFC 5545), z. B. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2. / ' +
  'Not a valid recurrence rule (RFC 5545), e.g. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2.'
