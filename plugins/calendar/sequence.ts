import type { CollectionBeforeChangeHook, Field } from 'payload'

import type { Event } from '../../payload-types'
import { l } from '../../src/fields/labels'

/**
 * RFC 5545 §3.8.7.4: a calendar client keeps its copy of an event until SEQUENCE rises. It must
 * rise whenever what a calendar shows of the event changes in a way the attendee should notice.
 * Nobody types it: the hook below raises it, and no API may write it (`access` false; the hook
 * runs after field access and sets it from the stored value, so a Local API write is overruled too).
 */
export const calendarSequenceField: Field = {
  name: 'calendarSequence',
  type: 'number',
  defaultValue: 0,
  label: l('Kalender-Version (SEQUENCE)', 'Calendar revision (SEQUENCE)'),
  access: { create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: l(
      'Steigt automatisch, wenn sich Titel, Zeiten, Orte, Wiederholung oder Programm ändern; Kalender-Abos übernehmen dann die Änderung.',
      'Rises by itself when title, times, venues, recurrence or program change; calendar subscriptions then take the change.',
    ),
  },
}

type Row = NonNullable<Event['program']>[number]

const time = (value: unknown): number | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const parsed = new Date(value).getTime()
  return Number.isNaN(parsed) ? null : parsed
}
const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value
    ? (value as { id: unknown }).id
    : (value ?? null)

/**
 * What a calendar shows of an event, normalised so that an unchanged value compares equal whether
 * it came from the request (ids, ISO strings) or from the stored document. Description, links,
 * photos and admission are left out: they change no date or place (the RFC's "significant" revisions).
 */
function calendarView(event: Partial<Event>): string {
  return JSON.stringify({
    title: event.title ?? null,
    start: time(event.start),
    end: time(event.end),
    allDay: Boolean(event.allDay),
    venues: (event.venues ?? []).map(idOf),
    program: (event.program ?? []).map((row: Row) => ({
      id: row.id ?? null,
      title: row.title ?? null,
      start: time(row.start),
      end: time(row.end),
      venue: idOf(row.venue),
    })),
    rule: event.recurrence?.rule?.trim() || null,
    exceptions: (event.recurrence?.exceptions ?? []).map((entry) => time(entry.date)).sort(),
  })
}

const CALENDAR_KEYS = [
  'title',
  'start',
  'end',
  'allDay',
  'venues',
  'program',
  'recurrence',
] as const

/** Sets `calendarSequence`: 0 on create, +1 on an update that changes the calendar view. */
export const raiseCalendarSequence: CollectionBeforeChangeHook<Event> = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation === 'create' || !originalDoc) return { ...data, calendarSequence: 0 }
  const stored = originalDoc.calendarSequence ?? 0
  // A PATCH carries only what it changes: the rest is as stored.
  const next: Partial<Event> = { ...originalDoc }
  for (const key of CALENDAR_KEYS) if (key in data) Object.assign(next, { [key]: data[key] })
  if (data.recurrence) next.recurrence = { ...originalDoc.recurrence, ...data.recurrence }
  const changed = calendarView(next) !== calendarView(originalDoc)
  return { ...data, calendarSequence: changed ? stored + 1 : stored }
}
