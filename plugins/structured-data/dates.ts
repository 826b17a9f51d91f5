import { berlinWallClock } from '../../src/lib/berlin'

const pad = (value: number): string => String(value).padStart(2, '0')

/**
 * An instant as Berlin local time with its UTC offset, `2027-05-20T19:00:00+02:00`: what schema.org
 * and Google ask for (a bare `Z` time is correct but shows the wrong hour in some consumers).
 */
export function berlinDateTime(iso: string): string {
  const at = new Date(iso)
  const wall = berlinWallClock(at)
  const offsetMinutes = Math.round(
    (wall.getTime() - Math.floor(at.getTime() / 1000) * 1000) / 60_000,
  )
  const sign = offsetMinutes < 0 ? '-' : '+'
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`
  return `${wall.toISOString().slice(0, 19)}${offset}`
}

/** The Berlin calendar day of an instant, `2027-05-20`. */
export const berlinDate = (iso: string): string =>
  berlinWallClock(new Date(iso)).toISOString().slice(0, 10)

/** The Berlin wall-clock time of an instant, `19:00`. */
export const berlinClockTime = (iso: string): string =>
  berlinWallClock(new Date(iso)).toISOString().slice(11, 16)

/** The later of two ISO instants (either may be missing). */
export function later(
  first: string | null | undefined,
  second: string | null | undefined,
): string | undefined {
  if (!first) return second ?? undefined
  if (!second) return first
  return Date.parse(first) >= Date.parse(second) ? first : second
}
