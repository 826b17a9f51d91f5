/**
 * A subscriber's calendar shows each event at the right hour only if our hand-written VTIMEZONE for
 * Europe/Berlin agrees with the real rules: checked against the platform's time zone database
 * (Intl), read through ical.js, for every day and every hour
 * around each switch from its first onset (31 March 1996) to 2060.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { BERLIN_VTIMEZONE, berlinTimezoneGenerator } from '../../../plugins/calendar/vtimezone'
import { berlinTime, berlinWallClock } from '../../../src/lib/berlin'

const HOUR = 3_600_000
const DAY = 24 * HOUR

describe('the VTIMEZONE of Europe/Berlin', () => {
  it('turns every Berlin local time checked into the same instant as the time zone database, 1996–2060', () => {
    const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(BERLIN_VTIMEZONE)))
    expect(zone.tzid).toBe('Europe/Berlin')
    let checked = 0
    const mismatches: string[] = []
    const firstOnset = Date.UTC(1996, 2, 31, 1)
    const check = (at: number) => {
      if (at < firstOnset) return
      const date = new Date(at)
      const wall = berlinWallClock(date)
      // A calendar client reads DTSTART;TZID local → UTC; the autumn hour that occurs twice is
      // ambiguous (RFC 5545 takes the first), so only unambiguous local times are compared.
      if (berlinTime(wall.toISOString().slice(0, 19)).getTime() !== at) return
      const local = ICAL.Time.fromData(
        {
          year: wall.getUTCFullYear(),
          month: wall.getUTCMonth() + 1,
          day: wall.getUTCDate(),
          hour: wall.getUTCHours(),
          minute: 0,
          second: 0,
        },
        zone,
      )
      const instant = local.toUnixTime() * 1000
      if (instant !== at)
        mismatches.push(
          `${wall.toISOString().slice(0, 19)} Berlin: ${new Date(instant).toISOString()} ≠ ${date.toISOString()}`,
        )
      checked++
    }
    // From the first onset it declares (summer time, 31 March 1996, 01:00 UTC): every third day ...
    for (let at = firstOnset; at < Date.UTC(2061, 0, 1); at += 3 * DAY) check(at)
    // ... and every hour of the weekend of each switch (the last Sunday of March and October).
    for (let year = 1996; year <= 2060; year++) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0))
        const sunday = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay())
        for (let at = sunday - 6 * HOUR; at <= sunday + 30 * HOUR; at += HOUR) check(at)
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([])
    expect(checked).toBeGreaterThan(11_000)
  })

  it('is offered for Europe/Berlin only', () => {
    expect(berlinTimezoneGenerator('Europe/Berlin')).toBe(BERLIN_VTIMEZONE)
    expect(berlinTimezoneGenerator('Europe/London')).toBeNull()
  })
})
