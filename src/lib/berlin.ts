/** All dates of the association are meant in Essen's time zone. */
export const BERLIN = 'Europe/Berlin'

/** Payload's `timezone` setting for date fields that are meant in Essen's time. */
export const BERLIN_TIMEZONE = {
  defaultTimezone: BERLIN,
  supportedTimezones: [{ label: 'Europa/Berlin', value: BERLIN }],
}

/** "2026-03-12T19:00" wall-clock time in Berlin → the UTC instant. */
export function berlinTime(localDateTime: string): Date {
  const asUTC = new Date(`${localDateTime}Z`)
  const offsetMinutes = berlinOffsetMinutes(asUTC)
  const candidate = new Date(asUTC.getTime() - offsetMinutes * 60_000)
  // Re-check across a DST switch between the two guesses.
  return new Date(asUTC.getTime() - berlinOffsetMinutes(candidate) * 60_000)
}

function berlinOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: BERLIN,
    timeZoneName: 'longOffset',
  }).formatToParts(at)
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+00:00'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** The Berlin wall-clock time of `at`, as a Date whose UTC fields carry it ("floating" time). */
export function berlinWallClock(at: Date): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: BERLIN,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return new Date(
    `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`,
  )
}
