import ICAL from 'ical.js'

/** A parsed VCALENDAR (ical.js, the real parser) with its VTIMEZONEs registered, so TZIDs resolve. */
export function parseCalendar(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return calendar
}

export const vevents = (calendar: ICAL.Component): ICAL.Component[] =>
  calendar.getAllSubcomponents('vevent')

export const uidOf = (vevent: ICAL.Component): string => String(vevent.getFirstPropertyValue('uid'))

export function veventByUID(calendar: ICAL.Component, uid: string): ICAL.Component | undefined {
  return vevents(calendar).find((vevent) => uidOf(vevent) === uid)
}

/** The occurrences of a (recurring) VEVENT after `from` and up to `until`, at most `limit`, as UTC instants. */
export function expand(vevent: ICAL.Component, from: Date, until: Date, limit: number): Date[] {
  const iterator = new ICAL.Event(vevent).iterator()
  const dates: Date[] = []
  for (
    let next = iterator.next(), guard = 0;
    next && guard < 10_000;
    next = iterator.next(), guard++
  ) {
    const date = next.toJSDate()
    if (date > until) break
    if (date > from) dates.push(date)
    if (dates.length >= limit) break
  }
  return dates
}

/** The raw content lines of `name` inside the VEVENT with `uid` (unfolded), to read parameters as sent. */
export function rawLines(text: string, uid: string, name: string): string[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '')
  const block = unfolded.split('BEGIN:VEVENT').find((part) => part.includes(`UID:${uid}\r\n`)) ?? ''
  return block
    .split('\r\n')
    .filter((line) => line.startsWith(`${name};`) || line.startsWith(`${name}:`))
}
