import { BERLIN } from '../../src/lib/berlin'

/**
 * The VTIMEZONE of Europe/Berlin for calendars whose times carry `TZID=Europe/Berlin`.
 *
 * Written by hand because ical-generator ships no time zone data (it takes a generator function),
 * and the packages that do (`@touch4it/ical-timezones`, `timezones-ical-library`) would add a
 * dependency carrying every zone of the world for one zone whose rule is two lines: since 1996
 * (EU summer time, Directive 2000/84/EC) Germany switches on the last Sunday of March at 02:00 CET
 * to CEST and back on the last Sunday of October at 03:00 CEST. No event of the association lies
 * before 1996, so the observances start with that year's switches (RFC 5545 §3.6.5: DTSTART is the
 * first onset, in the local time before it) and say nothing about earlier times, rather than claim
 * today's rule for years that had another. tests/plugins/calendar/vtimezone.test.ts compares it with
 * the platform's time zone database from 31 March 1996 to 2060.
 */
export const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${BERLIN}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

/** ical-generator's VTIMEZONE generator: Europe/Berlin only, the one zone this CMS writes. */
export const berlinTimezoneGenerator = (timezone: string): string | null =>
  timezone === BERLIN ? BERLIN_VTIMEZONE : null
