import * as rrule from 'rrule'

import { bothLanguages, inBothLanguages, joinLanguages, type MessageKey } from '../i18n'
import { berlinTime, berlinWallClock } from './berlin'

// rrule is CommonJS for Node (named exports only under `default`) but ESM for bundlers.
const rruleModule = rrule as unknown as { default?: typeof rrule } & typeof rrule
const { RRule } = rruleModule.default?.RRule ? rruleModule.default : rruleModule
type Rule = InstanceType<typeof RRule>
type RuleOptions = Rule['origOptions']

/**
 * The bound of one computation of an event's next dates (README, "Content model"): dates are looked
 * for from now to one year ahead, at most `MAX_NEXT_DATES` of them, and rrule examines at most
 * `MAX_CANDIDATES` candidate dates and `MAX_PERIODS` periods (days, weeks, months or years of FREQ).
 */
export const MAX_NEXT_DATES = 12
export const MAX_CANDIDATES = 1000
export const MAX_PERIODS = 1000
/** The largest COUNT an editor may save; a COUNT rule is walked from its start, so this bounds it. */
export const MAX_COUNT = 1000
export const MAX_INTERVAL = 100
const MAX_RULE_LENGTH = 2000

/** How much work one computation did: what the bound is about, readable by tests. */
export type RecurrenceWork = { candidates: number; periods: number }

export type RecurrenceInput = {
  rule?: string | null
  exceptions?: { date?: string | null }[] | null
}

const parseOptions = (rule: string): RuleOptions =>
  RRule.parseString(rule.replace(/^RRULE:/i, '').trim())

/** Checks an RFC 5545 RRULE such as `FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2`. */
export function parseRule(rule: string): Rule | null {
  try {
    const options = parseOptions(rule)
    if (options.freq === undefined) return null
    return new RRule(options, true)
  } catch {
    return null
  }
}

export const INVALID_RULE_MESSAGE = inBothLanguages('recurrenceInvalid')

/** "Wiederholung › Regel (RRULE): … / Recurrence › Rule (RRULE): …", from the table (src/i18n). */
function refusal(key: MessageKey, vars?: Record<string, unknown>): string {
  const field = bothLanguages('recurrenceField')
  const problem = bothLanguages(key, vars)
  return joinLanguages({ de: `${field.de}: ${problem.de}`, en: `${field.en}: ${problem.en}` })
}

const FREQ_NAMES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY']

/**
 * Why an editor's rule cannot be saved, or null when it can. Besides RFC 5545 syntax, a rule may
 * not describe more than one date a day (FREQ below DAILY, several BYHOUR/BYMINUTE/BYSECOND
 * values): an event series is never that dense, and such a rule made every save and read walk
 * millions of dates. COUNT and INTERVAL are capped so that the bounded computation stays complete.
 */
export function ruleProblem(rule: string): string | null {
  if (rule.length > MAX_RULE_LENGTH) {
    return refusal('recurrenceTooLong', { max: MAX_RULE_LENGTH })
  }
  let options: RuleOptions
  try {
    options = parseOptions(rule)
    if (options.freq === undefined) return INVALID_RULE_MESSAGE
    new RRule(options, true)
  } catch {
    return INVALID_RULE_MESSAGE
  }
  if (options.freq > RRule.DAILY) {
    const freq = FREQ_NAMES[options.freq]
    return refusal('recurrenceTooFrequent', { freq })
  }
  for (const [key, part] of [
    ['byhour', 'BYHOUR'],
    ['byminute', 'BYMINUTE'],
    ['bysecond', 'BYSECOND'],
  ] as const) {
    const value = options[key]
    if (Array.isArray(value) && value.length > 1) {
      return refusal('recurrenceOneValue', { part })
    }
  }
  if (options.byeaster !== undefined && options.byeaster !== null) {
    return refusal('recurrenceByEaster')
  }
  if (
    options.count !== undefined &&
    options.count !== null &&
    !(options.count >= 1 && options.count <= MAX_COUNT)
  ) {
    return refusal('recurrenceCount', { max: MAX_COUNT })
  }
  if (
    options.interval !== undefined &&
    options.interval !== null &&
    !(options.interval >= 1 && options.interval <= MAX_INTERVAL)
  ) {
    return refusal('recurrenceInterval', { max: MAX_INTERVAL })
  }
  return null
}

/** Payload `validate` for the rule field: empty is fine (no recurrence). */
export const validateRule = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return INVALID_RULE_MESSAGE
  return ruleProblem(value) ?? true
}

const DAY = 86_400_000
const dayNumber = (date: Date): number => Math.floor(date.getTime() / DAY)
const monthNumber = (date: Date): number => date.getUTCFullYear() * 12 + date.getUTCMonth()

/** Midnight on the first of a month (floating time); setUTCFullYear keeps years below 100 as they are. */
function firstOfMonth(year: number, month: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, month, 1)
  return date
}

/** Whole units of FREQ (years, months, weeks, days) from `earlier` to `later`, in floating time. */
function unitsBetween(freq: number, earlier: Date, later: Date): number {
  if (freq === RRule.YEARLY) return later.getUTCFullYear() - earlier.getUTCFullYear()
  if (freq === RRule.MONTHLY) return monthNumber(later) - monthNumber(earlier)
  const days = dayNumber(later) - dayNumber(earlier)
  return freq === RRule.WEEKLY ? Math.floor(days / 7) : days
}

/**
 * A start for the rule close to `from`: the original start moved forward by whole periods of
 * FREQ × INTERVAL, so the phase (which weeks, which months) stays exactly as the editor's rule has
 * it. It lands one period before the one that holds `from`, so a period spilling over its boundary
 * (ISO weeks, BYSETPOS) is still seen. Null when the start is already that close.
 */
function reanchoredStart(freq: number, interval: number, start: Date, from: Date): Date | null {
  const periods = Math.floor(unitsBetween(freq, start, from) / interval) - 1
  if (periods < 1) return null
  const units = periods * interval
  if (freq === RRule.YEARLY) return firstOfMonth(start.getUTCFullYear() + units, 0)
  if (freq === RRule.MONTHLY)
    return firstOfMonth(start.getUTCFullYear(), start.getUTCMonth() + units)
  return new Date((dayNumber(start) + (freq === RRule.WEEKLY ? units * 7 : units)) * DAY)
}

// Parts that rrule fills from DTSTART when the rule leaves them out (the weekday of a weekly rule,
// the day of a monthly one, the time): made explicit before DTSTART moves.
const DERIVED_FROM_START = [
  'bymonth',
  'bymonthday',
  'byweekday',
  'byhour',
  'byminute',
  'bysecond',
] as const

/**
 * rrule checks `options.interval === 0` after every period (day, week, month or year of FREQ) and
 * stops there: the one place to end its loop from outside. A rule whose by-rules never match (say
 * `FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) reaches no iterator callback at all and would otherwise walk
 * every day up to the year 9999 (30 s). rrule is pinned; tests/lib/recurrence.test.ts checks the count.
 */
function limitPeriods(rule: Rule, budget: number, work: RecurrenceWork): void {
  const { interval } = rule.options
  let reads = 0
  Object.defineProperty(rule.options, 'interval', {
    configurable: true,
    enumerable: true,
    get: () => {
      // Read once before the loop and twice per period (the check above and the step to the next period).
      reads++
      work.periods = Math.floor(reads / 2)
      return work.periods >= budget ? 0 : interval
    },
  })
}

const berlinDay = (at: Date): string => berlinWallClock(at).toISOString().slice(0, 10)

/**
 * The next dates of a recurring event after `from` and within a year of it, at most `count`
 * (≤ MAX_NEXT_DATES), with the first occurrence at `start` and cancelled dates (exceptions,
 * compared by Berlin calendar day) left out, together with the work it took. The rule runs on Berlin
 * wall-clock time, so the evening stays at 19:00 across daylight-saving changes. A rule without
 * COUNT is walked from a start moved close to `from`, never from its original start.
 */
export function computeOccurrences(
  start: Date,
  recurrence: RecurrenceInput,
  from: Date,
  count = MAX_NEXT_DATES,
): { dates: Date[]; work: RecurrenceWork } {
  const work: RecurrenceWork = { candidates: 0, periods: 0 }
  if (!recurrence.rule || ruleProblem(recurrence.rule)) return { dates: [], work }
  if (Number.isNaN(start.getTime()) || Number.isNaN(from.getTime())) return { dates: [], work }
  const options = parseOptions(recurrence.rule)
  const wallStart = berlinWallClock(start)
  const wallFrom = berlinWallClock(from)
  const windowEnd = new Date(wallFrom)
  windowEnd.setUTCFullYear(windowEnd.getUTCFullYear() + 1)
  const limit = Math.min(Math.max(count, 0), MAX_NEXT_DATES)

  // The time zone is ours (Berlin wall clock), whatever DTSTART;TZID the text carried.
  const base: RuleOptions = { ...options, dtstart: wallStart, tzid: null }
  let rule = new RRule(base, true)
  const anchor = options.count
    ? null
    : reanchoredStart(rule.options.freq, rule.options.interval, wallStart, wallFrom)
  if (anchor) {
    const derived: Partial<RuleOptions> = {}
    for (const key of DERIVED_FROM_START) {
      const value = rule.options[key]
      if (options[key] === undefined && Array.isArray(value) && value.length > 0)
        Object.assign(derived, { [key]: value })
    }
    rule = new RRule({ ...base, ...derived, dtstart: anchor }, true)
  }
  // Periods after the window cannot hold a date we want; a COUNT rule from long ago stops at MAX_PERIODS.
  const { freq, interval, dtstart } = rule.options
  limitPeriods(
    rule,
    Math.min(
      MAX_PERIODS,
      Math.max(0, Math.floor(unitsBetween(freq, dtstart, windowEnd) / interval)) + 2,
    ),
    work,
  )

  const cancelled = new Set(
    (recurrence.exceptions ?? []).flatMap((entry) =>
      entry.date ? [berlinDay(new Date(entry.date))] : [],
    ),
  )
  const dates: Date[] = []
  if (limit === 0) return { dates, work }
  rule.all((candidate) => {
    work.candidates++
    if (candidate > windowEnd) return false
    if (candidate > wallFrom && !cancelled.has(candidate.toISOString().slice(0, 10))) {
      dates.push(berlinTime(candidate.toISOString().slice(0, 19)))
    }
    return dates.length < limit && work.candidates < MAX_CANDIDATES
  })
  return { dates, work }
}

/** The next dates of a recurring event (see `computeOccurrences`). */
export function nextOccurrences(
  start: Date,
  recurrence: RecurrenceInput,
  from: Date,
  count = MAX_NEXT_DATES,
): Date[] {
  return computeOccurrences(start, recurrence, from, count).dates
}
