/**
 * A subscriber's calendar shows each event at the right hour only if our hand-written VTIMEZONE for
 * Europe/Berlin agrees with the real rules: checked against the platform's time zone database
 * (Intl), read through ical.js, for every day and every hour around each switch from 1996 to 2060.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { BERLIN_VTIMEZONE, berlinTimezoneGenerator } from '../../../plugins/calendar/vtimezone'
import { berlinWallClock } from '../../../src/lib/berlin'

const HOUR = 3_600_000

describe('the VTIMEZONE of Europe/Berlin', () => {
  it('gives the same Berlin wall-clock time as the time zone database for every instant checked, 1996–2060', () => {
    const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(BERLIN_VTIMEZONE)))
    expect(zone.tzid).toBe('Europe/Berlin')
    let checked = 0
    const mismatches: string[] = []
    for (let at = Date.UTC(1996, 0, 1, 12); at < Date.UTC(2061, 0, 1); ) {
      const date = new Date(at)
      const local = ICAL.Time.fromJSDate(date, true).convertToZone(zone)
      const expected = berlinWallClock(date).toISOString().slice(0, 19)
      const actual = `${String(local.year).padStart(4, '0')}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}T${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}:${String(local.second).padStart(2, '0')}`
      if (actual !== expected) mismatches.push(`${date.toISOString()}: ${actual} ≠ ${expected}`)
      checked++
      // Hourly in the last week of March and October (the switches), daily otherwise.
      const month = date.getUTCMonth()
      const day = date.getUTCDate()
      at += (month === 2 || month === 9) && day >= 24 ? HOUR : 24 * HOUR
    }
    expect(mismatches.slice(0, 5)).toEqual([])
    expect(checked).toBeGreaterThan(30_000)
  })

  it('is offered for Europe/Berlin only', () => {
    expect(berlinTimezoneGenerator('Europe/Berlin')).toBe(BERLIN_VTIMEZONE)
    expect(berlinTimezoneGenerator('Europe/London')).toBeNull()
  })
})
