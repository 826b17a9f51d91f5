import * as rrule from 'rrule'
import { describe, expect, it } from 'vitest'

import { berlinTime, berlinWallClock } from '../../src/lib/berlin'
import {
  computeOccurrences,
  MAX_CANDIDATES,
  MAX_COUNT,
  MAX_NEXT_DATES,
  MAX_PERIODS,
  nextOccurrences,
  parseRule,
  ruleProblem,
} from '../../src/lib/recurrence'

const rruleModule = rrule as unknown as { default?: typeof rrule } & typeof rrule
const { RRule } = rruleModule.default?.RRule ? rruleModule.default : rruleModule

const SECOND_THURSDAY = 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2'
const EVERY_DAY_OF_THE_YEAR = `FREQ=YEARLY;BYYEARDAY=${Array.from({ length: 366 }, (_, day) => day + 1).join(',')}`
/** Test names stay readable when a rule is long. */
const short = (rule: string) => (rule.length > 60 ? `${rule.slice(0, 57)}…` : rule)

describe('the monthly Kreative Klasse-Abend', () => {
  it('falls on the second Thursday at 19:00 Berlin time, in winter and in summer', () => {
    const start = berlinTime('2027-01-14T19:00')
    const dates = nextOccurrences(
      start,
      { rule: SECOND_THURSDAY },
      berlinTime('2027-01-01T00:00'),
      8,
    )
    expect(dates.map((date) => date.toISOString())).toEqual([
      '2027-01-14T18:00:00.000Z',
      '2027-02-11T18:00:00.000Z',
      '2027-03-11T18:00:00.000Z',
      '2027-04-08T17:00:00.000Z',
      '2027-05-13T17:00:00.000Z',
      '2027-06-10T17:00:00.000Z',
      '2027-07-08T17:00:00.000Z',
      '2027-08-12T17:00:00.000Z',
    ])
  })

  it('skips a cancelled evening (exception) and continues after it', () => {
    const start = berlinTime('2027-01-14T19:00')
    const dates = nextOccurrences(
      start,
      {
        rule: SECOND_THURSDAY,
        exceptions: [{ date: berlinTime('2027-08-12T19:00').toISOString() }],
      },
      berlinTime('2027-07-01T00:00'),
      2,
    )
    expect(dates.map((date) => date.toISOString())).toEqual([
      '2027-07-08T17:00:00.000Z',
      '2027-09-09T17:00:00.000Z',
    ])
  })

  it('refuses rules that are not RFC 5545', () => {
    expect(parseRule(SECOND_THURSDAY)).not.toBeNull()
    expect(parseRule('every second thursday')).toBeNull()
    expect(parseRule('BYDAY=TH')).toBeNull()
  })

  it('an evening series started in 1990 still falls at 19:00 Berlin across both DST changes, with its exception, for one year', () => {
    const dates = nextOccurrences(
      berlinTime('1990-01-11T19:00'),
      {
        rule: SECOND_THURSDAY,
        exceptions: [{ date: berlinTime('2027-04-08T19:00').toISOString() }],
      },
      berlinTime('2027-01-01T00:00'),
      12,
    )
    // 2028-01-13 is more than a year after `from`: outside the window.
    expect(dates).toHaveLength(11)
    for (const date of dates)
      expect(berlinWallClock(date).toISOString().slice(11, 16)).toBe('19:00')
    expect(dates.map((date) => berlinWallClock(date).toISOString().slice(0, 10))).toEqual([
      '2027-01-14',
      '2027-02-11',
      '2027-03-11',
      '2027-05-13',
      '2027-06-10',
      '2027-07-08',
      '2027-08-12',
      '2027-09-09',
      '2027-10-14',
      '2027-11-11',
      '2027-12-09',
    ])
  })
})

describe('rules an editor may not save (one date a day at most, COUNT and INTERVAL capped)', () => {
  const REFUSED: [rule: string, part: RegExp][] = [
    ['FREQ=SECONDLY', /FREQ=SECONDLY/],
    ['FREQ=MINUTELY;INTERVAL=5', /FREQ=MINUTELY/],
    ['FREQ=HOURLY;BYHOUR=19', /FREQ=HOURLY/],
    ['FREQ=DAILY;BYHOUR=9,19', /BYHOUR/],
    ['FREQ=WEEKLY;BYDAY=TH;BYMINUTE=0,30', /BYMINUTE/],
    ['FREQ=MONTHLY;BYMONTHDAY=1;BYSECOND=0,1,2', /BYSECOND/],
    [`FREQ=DAILY;COUNT=${MAX_COUNT + 1}`, /COUNT/],
    ['FREQ=DAILY;COUNT=0', /COUNT/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL/],
    ['FREQ=DAILY;INTERVAL=101', /INTERVAL/],
    ['FREQ=YEARLY;BYEASTER=0', /BYEASTER/],
    [`FREQ=YEARLY;BYYEARDAY=${'1,'.repeat(1200)}1`, /Zeichen/],
  ]

  it.each(REFUSED.map(([rule, part]) => [short(rule), rule, part] as const))(
    '%s is refused, naming the field and the part, in German and English',
    (_name, rule, part) => {
      const message = ruleProblem(rule)
      expect(message).toMatch(part)
      expect(message).toMatch(/Wiederholung › Regel \(RRULE\): .* \/ Recurrence › Rule \(RRULE\): /)
    },
  )

  it.each(
    [
      'FREQ=DAILY',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU',
      'FREQ=DAILY;BYHOUR=19;BYMINUTE=30',
      `FREQ=DAILY;COUNT=${MAX_COUNT}`,
      'FREQ=MONTHLY;INTERVAL=100',
      SECOND_THURSDAY,
      EVERY_DAY_OF_THE_YEAR,
    ].map((rule) => [short(rule), rule]),
  )('%s may be saved', (_name, rule) => {
    expect(ruleProblem(rule)).toBeNull()
  })
})

/** What rrule itself says, walking the rule from its original start: the reference for re-anchoring. */
function reference(
  start: Date,
  rule: string,
  from: Date,
  count: number,
  exceptions: string[] = [],
): string[] {
  const wallFrom = berlinWallClock(from)
  const windowEnd = new Date(wallFrom)
  windowEnd.setUTCFullYear(windowEnd.getUTCFullYear() + 1)
  const cancelled = new Set(
    exceptions.map((date) => berlinWallClock(new Date(date)).toISOString().slice(0, 10)),
  )
  const full = new RRule({ ...RRule.parseString(rule), dtstart: berlinWallClock(start) }, true)
  return full
    .between(wallFrom, windowEnd, true)
    .filter((date) => date > wallFrom && !cancelled.has(date.toISOString().slice(0, 10)))
    .slice(0, count)
    .map((date) => berlinTime(date.toISOString().slice(0, 19)).toISOString())
}

describe('next dates are computed from a window near now, never from DTSTART', () => {
  const FROM = berlinTime('2026-11-26T14:00')
  const RULES: [rule: string, start: string][] = [
    [SECOND_THURSDAY, '1990-01-11T19:00'],
    ['FREQ=MONTHLY;BYDAY=-1FR', '2001-06-29T18:30'],
    ['FREQ=MONTHLY', '2020-01-31T19:00'],
    ['FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=15,-1', '2003-07-15T10:00'],
    ['FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,TH', '1999-03-02T19:00'],
    ['FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,MO', '2011-05-01T11:00'],
    ['FREQ=WEEKLY', '1970-01-01T20:15'],
    ['FREQ=DAILY;INTERVAL=7', '1985-03-31T02:30'],
    ['FREQ=DAILY;INTERVAL=10;BYDAY=SA,SU', '2024-02-29T09:00'],
    ['FREQ=YEARLY', '1904-02-29T19:00'],
    ['FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU', '1996-03-31T03:00'],
    ['FREQ=YEARLY;INTERVAL=3;BYWEEKNO=1,53;BYDAY=MO', '1950-01-02T10:00'],
    ['FREQ=YEARLY;BYYEARDAY=1,100,-1', '1960-01-01T00:00'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2015-01-30T17:00'],
    ['FREQ=WEEKLY;UNTIL=20270301T000000Z;BYDAY=WE', '2000-01-05T19:00'],
    ['FREQ=DAILY;COUNT=1000', '2025-01-01T19:00'],
    ['FREQ=WEEKLY;COUNT=400;BYDAY=FR', '2020-01-03T19:00'],
  ]

  it.each(RULES)('%j from %s gives exactly what rrule gives from DTSTART', (rule, start) => {
    const exceptions = [
      berlinTime('2027-01-08T19:00').toISOString(),
      berlinTime('2027-03-31T19:00').toISOString(),
    ]
    const { dates, work } = computeOccurrences(
      berlinTime(start),
      { rule, exceptions: exceptions.map((date) => ({ date })) },
      FROM,
    )
    expect(dates.map((date) => date.toISOString())).toEqual(
      reference(berlinTime(start), rule, FROM, MAX_NEXT_DATES, exceptions),
    )
    expect(work.candidates).toBeLessThanOrEqual(MAX_CANDIDATES)
    expect(work.periods).toBeLessThanOrEqual(MAX_PERIODS)
  })

  it('the period count is what rrule walks: a daily rule starting today takes one period per date', () => {
    const { dates, work } = computeOccurrences(
      berlinTime('2026-11-27T19:00'),
      { rule: 'FREQ=DAILY' },
      FROM,
    )
    expect(dates).toHaveLength(MAX_NEXT_DATES)
    expect(work.candidates).toBe(MAX_NEXT_DATES)
    expect(work.periods).toBe(MAX_NEXT_DATES - 1)
  })

  it('never more than a year ahead, never more than MAX_NEXT_DATES', () => {
    const yearly = computeOccurrences(
      berlinTime('2000-06-01T19:00'),
      { rule: 'FREQ=YEARLY' },
      FROM,
      50,
    )
    expect(yearly.dates.map((date) => date.toISOString())).toEqual(['2027-06-01T17:00:00.000Z'])
    const daily = computeOccurrences(
      berlinTime('2000-06-01T19:00'),
      { rule: 'FREQ=DAILY' },
      FROM,
      50,
    )
    expect(daily.dates).toHaveLength(MAX_NEXT_DATES)
  })
})

describe('the most expensive rules an editor can save stay bounded per save and per read', () => {
  const now = new Date()
  // Every rule here passes ruleProblem; before, "FREQ=DAILY" from 1900 walked 46,000 days on every read,
  // and a rule that never matches walked every day up to the year 9999 (30 s, blocking every request).
  const EXPENSIVE: [rule: string, start: string, maxCandidates: number, maxPeriods: number][] = [
    ['FREQ=DAILY', '1900-01-01T19:00', MAX_NEXT_DATES + 2, MAX_NEXT_DATES + 2],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', '1970-01-01T19:00', MAX_NEXT_DATES + 14, 4],
    [EVERY_DAY_OF_THE_YEAR, '1900-01-01T19:00', 2 * 366 + MAX_NEXT_DATES, 3],
    [
      'FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31',
      '1900-01-01T19:00',
      2 * 31 + 31 + MAX_NEXT_DATES,
      4,
    ],
    [`FREQ=DAILY;COUNT=${MAX_COUNT}`, '1900-01-01T19:00', MAX_COUNT, MAX_COUNT],
    [
      `FREQ=WEEKLY;COUNT=${MAX_COUNT};BYDAY=MO,TU,WE,TH,FR,SA,SU`,
      '1970-01-01T19:00',
      MAX_COUNT,
      MAX_PERIODS,
    ],
    // Valid, but never a date: only the period limit ends rrule's walk.
    // Without COUNT: no further than the end of the window (one period before it, 366 days, one after).
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', '1900-01-01T19:00', 0, 370],
    ['FREQ=DAILY;BYSETPOS=2', '1900-01-01T19:00', 0, 370],
    ['FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30;BYDAY=MO', '2000-01-01T19:00', 0, 56],
    ['FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30', '2000-01-01T19:00', 0, 15],
    // A COUNT rule is walked from its start: MAX_PERIODS ends it.
    [`FREQ=DAILY;COUNT=${MAX_COUNT};BYMONTH=4;BYMONTHDAY=31`, '1900-01-01T19:00', 0, MAX_PERIODS],
  ]

  it.each(
    EXPENSIVE.map(
      ([rule, start, maxCandidates, maxPeriods]) =>
        [short(rule), start, maxCandidates, maxPeriods, rule] as const,
    ),
  )(
    '%s from %s examines at most %i candidates and %i periods',
    (_name, start, maxCandidates, maxPeriods, rule) => {
      expect(ruleProblem(rule)).toBeNull()
      const { dates, work } = computeOccurrences(berlinTime(start), { rule }, now)
      expect(dates.length).toBeLessThanOrEqual(MAX_NEXT_DATES)
      expect(work.candidates).toBeLessThanOrEqual(Math.min(maxCandidates, MAX_CANDIDATES))
      expect(work.periods).toBeLessThanOrEqual(Math.min(maxPeriods, MAX_PERIODS))
    },
  )

  it('a rule that never matches stops at the end of the window, or at MAX_PERIODS when walked from its start', () => {
    const from = berlinTime('2026-11-26T14:00')
    const open = computeOccurrences(
      berlinTime('1900-01-01T19:00'),
      { rule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' },
      from,
    )
    expect(open.dates).toEqual([])
    // From the re-anchored start 2026-11-25 to two days past 2027-11-26.
    expect(open.work).toEqual({ candidates: 0, periods: 368 })
    const counted = computeOccurrences(
      berlinTime('1900-01-01T19:00'),
      { rule: 'FREQ=DAILY;COUNT=5;BYMONTH=2;BYMONTHDAY=30' },
      from,
    )
    expect(counted.dates).toEqual([])
    expect(counted.work).toEqual({ candidates: 0, periods: MAX_PERIODS })
  })

  it('a refused rule that is already stored computes nothing', () => {
    const { dates, work } = computeOccurrences(
      berlinTime('2026-11-24T12:00'),
      { rule: 'FREQ=SECONDLY' },
      now,
    )
    expect(dates).toEqual([])
    expect(work).toEqual({ candidates: 0, periods: 0 })
  })
})
