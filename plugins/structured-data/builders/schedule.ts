import type { Event } from '../../../payload-types'
import { BERLIN, berlinWallClock } from '../../../src/lib/berlin'
import { parseRule } from '../../../src/lib/recurrence'
import { berlinClockTime, berlinDate } from '../dates'
import type { Schedule, SchemaEnum } from '../schema'

// rrule numbers weekdays from Monday (0) and frequencies from YEARLY (0) to DAILY (3).
const WEEKDAYS: SchemaEnum[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
].map((day) => `https://schema.org/${day}` as SchemaEnum)
const PERIODS: readonly string[] = ['Y', 'M', 'W', 'D']
const YEARLY = 0
const MONTHLY = 1
const WEEKLY = 2

type Weekday = { weekday: number; n?: number | null }
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const asWeekday = (day: number | string | Weekday): Weekday =>
  typeof day === 'number'
    ? { weekday: day }
    : typeof day === 'string'
      ? { weekday: CODES.indexOf(day) }
      : day
const list = <T>(value: T | T[] | null | undefined): T[] =>
  value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]
const one = <T>(values: T[]): T | T[] => (values.length === 1 ? values[0]! : values)
const pad = (value: number): string => String(value).padStart(2, '0')

/**
 * The monthly evening's RRULE (src/lib/recurrence.ts) as a schema.org `Schedule`: frequency,
 * weekday and week of the month, time in Berlin, first date, cancelled dates. A rule schema.org
 * cannot say faithfully (the last Friday, the 100th day of the year, several positions at once)
 * gives no schedule rather than a wrong one; the event's start date stays in the markup.
 */
export function eventSchedule(
  event: Pick<Event, 'start' | 'end' | 'allDay' | 'recurrence'>,
): Schedule | undefined {
  const rule = event.recurrence?.rule ? parseRule(event.recurrence.rule) : null
  if (!rule) return undefined
  const options = rule.origOptions
  const freq = options.freq
  if (freq === undefined || freq > 3) return undefined
  if (
    list(options.byyearday).length ||
    list(options.byweekno).length ||
    (options.byeaster ?? null) !== null
  )
    return undefined
  if (list(options.byhour).length > 1 || list(options.byminute).length > 1) return undefined

  const start = berlinWallClock(new Date(event.start))
  const weekdays = list(options.byweekday).map(asWeekday)
  if (weekdays.some((day) => day.weekday < 0)) return undefined
  const setPositions = list(options.bysetpos)
  const monthDays = list(options.bymonthday)
  const months = list(options.bymonth)
  if (monthDays.some((day) => day < 1)) return undefined

  // "The 2nd Thursday": an ordinal on the weekday (BYDAY=2TH) or one BYSETPOS over one weekday.
  const ordinals = [...new Set(weekdays.map((day) => day.n ?? 0))]
  let monthWeek: number | undefined
  if (setPositions.length) {
    if (setPositions.length > 1 || weekdays.length !== 1 || ordinals[0] !== 0 || monthDays.length)
      return undefined
    monthWeek = setPositions[0]
  } else if (ordinals.length === 1 && ordinals[0] !== 0) {
    monthWeek = ordinals[0]
  } else if (ordinals.some((n) => n !== 0)) {
    return undefined
  }
  if (monthWeek !== undefined) {
    const withinMonth = freq === MONTHLY || (freq === YEARLY && months.length > 0)
    if (!withinMonth || monthWeek < 1 || monthWeek > 5) return undefined
  }

  const schedule: Schedule = {
    '@type': 'Schedule',
    repeatFrequency: `P${options.interval ?? 1}${PERIODS[freq]}`,
    repeatCount: options.count ?? undefined,
    startDate: berlinDate(event.start),
    endDate: options.until ? berlinDate(options.until.toISOString()) : undefined,
    startTime: timeOf(options.byhour, options.byminute, event.start),
    endTime:
      event.end && !event.allDay && berlinDate(event.end) === berlinDate(event.start)
        ? berlinClockTime(event.end)
        : undefined,
    scheduleTimezone: BERLIN,
  }
  // What rrule would take from the first date when the rule leaves it out, said explicitly.
  if (weekdays.length)
    schedule.byDay = one([...new Set(weekdays.map((day) => WEEKDAYS[day.weekday]!))])
  else if (freq === WEEKLY) schedule.byDay = WEEKDAYS[(start.getUTCDay() + 6) % 7]!
  if (monthWeek !== undefined) schedule.byMonthWeek = monthWeek
  if (monthDays.length) schedule.byMonthDay = one(monthDays)
  else if (!weekdays.length && (freq === MONTHLY || freq === YEARLY))
    schedule.byMonthDay = start.getUTCDate()
  if (months.length) schedule.byMonth = one(months)
  else if (freq === YEARLY && !weekdays.length) schedule.byMonth = start.getUTCMonth() + 1

  const cancelled = (event.recurrence?.exceptions ?? []).flatMap((entry) =>
    entry.date ? [berlinDate(entry.date)] : [],
  )
  if (cancelled.length) schedule.exceptDate = [...new Set(cancelled)].sort()
  return schedule
}

function timeOf(
  hours: number | number[] | null | undefined,
  minutes: number | number[] | null | undefined,
  startISO: string,
): string {
  const [startHour, startMinute] = berlinClockTime(startISO).split(':').map(Number) as [
    number,
    number,
  ]
  return `${pad(list(hours)[0] ?? startHour)}:${pad(list(minutes)[0] ?? startMinute)}`
}
