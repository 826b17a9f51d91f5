/**
 * German date text as the admin shows and accepts it ("26.11.2027 12:51", "26.11.2027", "11.2027"),
 * always meant in Berlin time. Framework-free, so the admin field, the list cells and tests share it.
 */
import { berlinTime, berlinWallClock } from './berlin'

export type DatePrecision = 'dayAndTime' | 'dayOnly' | 'monthOnly'

/** date-fns patterns for react-datepicker; the parser below accepts exactly these shapes. */
export const GERMAN_DATE_FORMATS: Record<DatePrecision, string> = {
  dayAndTime: 'dd.MM.yyyy HH:mm',
  dayOnly: 'dd.MM.yyyy',
  monthOnly: 'MM.yyyy',
}

/** An example of each format, for error messages (the words around it: src/i18n). */
export const GERMAN_DATE_EXAMPLES: Record<DatePrecision, string> = {
  dayAndTime: '26.11.2027 19:00',
  dayOnly: '26.11.2027',
  monthOnly: '11.2027',
}

const SHAPES: Record<DatePrecision, RegExp> = {
  dayAndTime: /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/,
  dayOnly: /^(\d{2})\.(\d{2})\.(\d{4})$/,
  monthOnly: /^()(\d{2})\.(\d{4})$/,
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/**
 * The UTC instant of German text meant in Berlin, or null when the text is not exactly one real
 * date in the field's format (31.02., 24:00, "morgen", a missing digit): such text is refused,
 * never rounded into another date. Day-only values are pinned to noon Berlin, month-only to the
 * first of the month at noon, so no time-zone shift can move them to another day.
 */
export function parseGermanDate(text: string, precision: DatePrecision): Date | null {
  const match = SHAPES[precision].exec(text.trim())
  if (!match) return null
  const day = precision === 'monthOnly' ? 1 : Number(match[1])
  const [month, year] = [Number(match[2]), Number(match[3])]
  const [hour, minute] = precision === 'dayAndTime' ? [Number(match[4]), Number(match[5])] : [12, 0]
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || year < 1000) return null
  // Date.UTC rolls 31.02. over into March: compare back to refuse it.
  const calendar = new Date(Date.UTC(year, month - 1, day))
  if (calendar.getUTCDate() !== day || calendar.getUTCMonth() !== month - 1) return null
  return berlinTime(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`)
}

/** The Berlin wall-clock parts of an instant. */
export function berlinParts(at: Date) {
  const wall = berlinWallClock(at)
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  }
}

/** "26.11.2027 12:51" (or the day/month-only form) of an instant, in Berlin time. */
export function formatGermanDate(value: Date | string, precision: DatePrecision): string {
  const { year, month, day, hour, minute } = berlinParts(new Date(value))
  if (precision === 'monthOnly') return `${pad(month)}.${year}`
  const date = `${pad(day)}.${pad(month)}.${year}`
  return precision === 'dayOnly' ? date : `${date} ${pad(hour)}:${pad(minute)}`
}

/** "26.11., 19:00" — the short Berlin form the embargo badge uses. */
export function formatShortBerlin(value: Date | string): string {
  const { month, day, hour, minute } = berlinParts(new Date(value))
  return `${pad(day)}.${pad(month)}., ${pad(hour)}:${pad(minute)}`
}
