import type { ICalLocation } from 'ical-generator'

import { TZDate } from '@date-fns/tz'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { formatDate, ICalCalendar } from 'ical-generator'

import type { Event, Venue } from '../../payload-types'
import { BERLIN, berlinWallClock } from '../../src/lib/berlin'
import { type CalendarLocale, calendarText } from './text'
import { eventURL } from './urls'
import { berlinTimezoneGenerator } from './vtimezone'

export type CalendarSettings = { locale: CalendarLocale; urlPattern: string; uidDomain: string }

/**
 * Times go out as `TZID=Europe/Berlin` local time, so a recurring evening stays at 19:00 across
 * daylight-saving changes. ical-generator formats a native Date in a TZID with the *server's* local
 * clock; a TZDate (which it supports) carries Berlin time whatever zone the server runs in.
 */
const inBerlin = (iso: string): TZDate => new TZDate(new Date(iso).getTime(), BERLIN)

/** An all-day date (`VALUE=DATE`): the Berlin calendar day of `iso`, plus `days`. */
function berlinDay(iso: string, days = 0): TZDate {
  const day = berlinWallClock(new Date(iso))
  return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days, BERLIN)
}

const venueOf = (value: number | Venue | null | undefined): Venue | null =>
  typeof value === 'object' && value !== null ? value : null

function location(venues: Venue[]): ICalLocation | null {
  if (!venues.length) return null
  const address = (venue: Venue) =>
    [venue.street, [venue.postalCode, venue.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ')
  if (venues.length > 1)
    return { title: venues.map((venue) => `${venue.name}, ${venue.city}`).join(' / ') }
  const [venue] = venues as [Venue]
  const { latitude, longitude } = venue.geo ?? {}
  const geo =
    typeof latitude === 'number' && typeof longitude === 'number'
      ? { lat: latitude, lon: longitude }
      : undefined
  return { title: venue.name, address: address(venue) || undefined, geo }
}

const plainText = (richText: Event['description']): string =>
  richText ? convertLexicalToPlaintext({ data: richText as never }).trim() : ''

function description(event: Event, settings: CalendarSettings, url: string | null): string {
  const text = calendarText(settings.locale)
  const parts = [plainText(event.description)]
  if (event.admission?.free) parts.push(text.freeAdmission)
  else if (event.admission?.priceNote) parts.push(event.admission.priceNote)
  if (event.registrationUrl) parts.push(text.registration(event.registrationUrl))
  if (url) parts.push(url)
  return parts.filter(Boolean).join('\n\n')
}

/** The RRULE line of the stored rule (validated on save; a DTSTART in it is ignored, as by nextOccurrences). */
function ruleValue(rule: string): string | null {
  const line = rule
    .split(/\r?\n/)
    .map((entry) => entry.trim())
    .find((entry) => /^RRULE:/i.test(entry) || !entry.includes(':'))
  return line ? line.replace(/^RRULE:/i, '') : null
}

/**
 * Cancelled dates of a series: exceptions are kept per Berlin calendar day (src/lib/recurrence.ts);
 * an EXDATE must name the occurrence exactly, so each day gets the series' start time.
 */
function exceptionDates(event: Event): TZDate[] {
  const start = inBerlin(event.start)
  return (event.recurrence?.exceptions ?? []).map((entry) => {
    const day = berlinWallClock(new Date(entry.date))
    return new TZDate(
      day.getUTCFullYear(),
      day.getUTCMonth(),
      day.getUTCDate(),
      start.getHours(),
      start.getMinutes(),
      start.getSeconds(),
      BERLIN,
    )
  })
}

const uid = (event: Event, settings: CalendarSettings, rowID?: string | null) =>
  rowID
    ? `event-${event.id}-session-${rowID}@${settings.uidDomain}`
    : `event-${event.id}@${settings.uidDomain}`

function addEvent(calendar: ICalCalendar, event: Event, settings: CalendarSettings): void {
  const url = eventURL(settings.urlPattern, event.slug)
  const rule = event.recurrence?.rule ? ruleValue(event.recurrence.rule) : null
  const exceptions = rule ? exceptionDates(event) : []
  const common = {
    sequence: event.calendarSequence ?? 0,
    stamp: new Date(event.updatedAt),
    lastModified: new Date(event.updatedAt),
    created: new Date(event.createdAt),
    url,
    timezone: BERLIN,
  }
  calendar.createEvent({
    ...common,
    id: uid(event, settings),
    summary: event.title ?? '',
    allDay: Boolean(event.allDay),
    start: event.allDay ? berlinDay(event.start) : inBerlin(event.start),
    // An all-day DTEND is the day after the last day (RFC 5545 §3.6.1).
    end: event.end
      ? event.allDay
        ? berlinDay(event.end, 1)
        : inBerlin(event.end)
      : event.allDay
        ? berlinDay(event.start, 1)
        : null,
    location: location((event.venues ?? []).flatMap((venue) => venueOf(venue) ?? [])),
    description: description(event, settings, url),
    // ical-generator writes a string as the RRULE line(s) as given: the editor's rule, then the cancelled dates.
    repeating: rule
      ? [
          `RRULE:${rule}`,
          ...(exceptions.length
            ? [
                `EXDATE;TZID=${BERLIN}:${exceptions.map((date) => formatDate(BERLIN, date, false, true)).join(',')}`,
              ]
            : []),
        ].join('\n')
      : null,
  })
  // Festival sessions are appointments of their own: their own time, place and UID.
  const parentTitle = event.title ?? ''
  for (const row of event.program ?? []) {
    if (!row.id || !row.start) continue
    const venue = venueOf(row.venue)
    calendar.createEvent({
      ...common,
      id: uid(event, settings, row.id),
      summary: row.title ?? parentTitle,
      start: inBerlin(row.start),
      end: row.end ? inBerlin(row.end) : null,
      location: location(venue ? [venue] : []),
      description: [calendarText(settings.locale).sessionOf(parentTitle), url]
        .filter(Boolean)
        .join('\n\n'),
    })
  }
}

/** One VCALENDAR with a VTIMEZONE for Europe/Berlin and a VEVENT per event and per festival session. */
export function buildCalendar(events: Event[], settings: CalendarSettings): ICalCalendar {
  const text = calendarText(settings.locale)
  const calendar = new ICalCalendar({
    prodId: {
      company: 'Kreative Klasse e.V.',
      product: 'Veranstaltungen',
      language: settings.locale.toUpperCase(),
    },
    name: text.calendarName,
    description: text.calendarDescription,
    // Only the generator, no calendar-wide zone: with one, ical-generator writes DTSTAMP and
    // LAST-MODIFIED in local time, which RFC 5545 requires in UTC.
    timezone: { name: null, generator: berlinTimezoneGenerator },
    x: [['X-WR-TIMEZONE', BERLIN]],
    // Subscribed calendars ask again after an hour (REFRESH-INTERVAL, RFC 7986; X-PUBLISHED-TTL).
    ttl: 3600,
  })
  for (const event of events) addEvent(calendar, event, settings)
  return calendar
}
