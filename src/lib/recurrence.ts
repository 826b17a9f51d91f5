import * as rrule from 'rrule'

import { berlinTime, berlinWallClock } from './berlin'

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

const berlinDay = (at: Date): string => berlinWallClock(at).toISOString().slice(0, 10)

/**
 * The next dates of a recurring event after `from`, with the first occurrence at `start` and
 * cancelled dates (exceptions, compared by Berlin calendar day) left out. The rule runs on Berlin
 * wall-clock time, so the evening stays at 19:00 across daylight-saving changes.
 */
export function nextOccurrences(start: Date, recurrence: RecurrenceInput, from: Date, count = 6): Date[] {
  if (!recurrence.rule) return []
  const parsed = parseRule(recurrence.rule)
  if (!parsed) return []
  const rule = new RRule({ ...parsed.origOptions, dtstart: berlinWallClock(start) })
  const cancelled = new Set((recurrence.exceptions ?? []).flatMap((entry) => (entry.date ? [berlinDay(new Date(entry.date))] : [])))
  const result: Date[] = []
  let cursor = berlinWallClock(from)
  for (let guard = 0; result.length < count && guard < count * 10; guard++) {
    const next = rule.after(cursor, false)
    if (!next) break
    if (!cancelled.has(next.toISOString().slice(0, 10))) result.push(berlinTime(next.toISOString().slice(0, 19)))
    cursor = next
  }
  return result
}

export const INVALID_RULE_MESSAGE =
  'Keine gültige Wiederholungsregel (RFC 5545), z. B. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2. / ' +
  'Not a valid recurrence rule (RFC 5545), e.g. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2.'
