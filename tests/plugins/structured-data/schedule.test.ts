/**
 * The recurrence rules editors write (src/lib/recurrence.ts) become schema.org `Schedule`s only
 * where schema.org can say them faithfully; anything else gives no schedule rather than a wrong one.
 */
import { describe, expect, it } from 'vitest'

import { priceOf } from '../../../plugins/structured-data/builders/event'
import { eventSchedule } from '../../../plugins/structured-data/builders/schedule'
import { berlinDateTime } from '../../../plugins/structured-data/dates'
import { berlinTime } from '../../../src/lib/berlin'

const start = berlinTime('2027-01-14T19:00').toISOString()
const end = berlinTime('2027-01-14T22:00').toISOString()
const schedule = (rule: string, exceptions: { date: string }[] = []) =>
  eventSchedule({ start, end, allDay: false, recurrence: { rule, exceptions } })

describe('RRULE → schema.org Schedule', () => {
  it('the second Thursday of every month, written either way', () => {
    const expected = {
      repeatFrequency: 'P1M',
      byDay: 'https://schema.org/Thursday',
      byMonthWeek: 2,
      startTime: '19:00',
      endTime: '22:00',
      scheduleTimezone: 'Europe/Berlin',
    }
    expect(schedule('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2')).toMatchObject(expected)
    expect(schedule('FREQ=MONTHLY;BYDAY=2TH')).toMatchObject(expected)
  })

  it('weekly on the start weekday, every other week, with COUNT or UNTIL', () => {
    expect(schedule('FREQ=WEEKLY;INTERVAL=2;COUNT=6')).toMatchObject({
      repeatFrequency: 'P2W',
      byDay: 'https://schema.org/Thursday',
      repeatCount: 6,
    })
    expect(schedule('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270630T000000Z')).toMatchObject({
      byDay: ['https://schema.org/Monday', 'https://schema.org/Wednesday'],
      endDate: '2027-06-30',
    })
  })

  it('monthly on the start day and yearly on the start date are said explicitly', () => {
    expect(schedule('FREQ=MONTHLY')).toMatchObject({ repeatFrequency: 'P1M', byMonthDay: 14 })
    expect(schedule('FREQ=YEARLY')).toMatchObject({
      repeatFrequency: 'P1Y',
      byMonth: 1,
      byMonthDay: 14,
    })
    expect(schedule('FREQ=YEARLY;BYMONTH=6;BYDAY=2TH')).toMatchObject({
      byMonth: 6,
      byMonthWeek: 2,
      byDay: 'https://schema.org/Thursday',
    })
  })

  it('cancelled dates are Berlin calendar days, sorted, each once', () => {
    const late = berlinTime('2027-08-12T23:30').toISOString() // 21:30 UTC: still the 12th in Berlin
    expect(
      schedule('FREQ=MONTHLY;BYDAY=2TH', [
        { date: late },
        { date: berlinTime('2027-07-08T19:00').toISOString() },
        { date: late },
      ])?.exceptDate,
    ).toEqual(['2027-07-08', '2027-08-12'])
  })

  it('rules schema.org cannot state give no schedule', () => {
    for (const rule of [
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYDAY=TH,FR;BYSETPOS=2',
      'FREQ=YEARLY;BYYEARDAY=100',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=WEEKLY;BYDAY=2TH',
      'nonsense',
    ]) {
      expect(schedule(rule), rule).toBeUndefined()
    }
    expect(eventSchedule({ start, end, allDay: false, recurrence: {} })).toBeUndefined()
  })
})

describe('dates and prices', () => {
  it('writes Berlin time with its offset, summer and winter', () => {
    expect(berlinDateTime('2027-05-20T17:00:00.000Z')).toBe('2027-05-20T19:00:00+02:00')
    expect(berlinDateTime('2027-01-14T18:00:00.000Z')).toBe('2027-01-14T19:00:00+01:00')
    expect(berlinDateTime('2027-03-28T00:59:59.000Z')).toBe('2027-03-28T01:59:59+01:00')
    expect(berlinDateTime('2027-03-28T01:00:00.000Z')).toBe('2027-03-28T03:00:00+02:00')
  })

  it('reads the first euro amount of a price note', () => {
    expect(priceOf('25 € (ermäßigt 15 €)')).toBe('25.00')
    expect(priceOf('Eintritt 7,50 EUR')).toBe('7.50')
    expect(priceOf('€ 12')).toBe('12.00')
    expect(priceOf('Spende erbeten')).toBeUndefined()
  })
})
