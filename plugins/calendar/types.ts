/** Options of the calendar plugin (`plugins/calendar`). */
export type CalendarOptions = {
  /** `false` adds no endpoints; the `calendarSequence` field stays, so the schema does not change. Default `true`. */
  enabled?: boolean
  /** The events collection. Default `'events'`. */
  collection?: 'events'
  /**
   * The frontend page of an event, `{slug}` replaced by the event's slug. Default: the environment
   * variable `FRONTEND_EVENT_URL`, else `https://kreativeklasse.ruhr/veranstaltungen/{slug}`.
   */
  eventURLPattern?: string
  /**
   * The right-hand side of every UID (`event-<id>@<uidDomain>`). It must never change, or every
   * subscriber sees each event twice. Default: the host of the frontend URL pattern.
   */
  uidDomain?: string
  /** Past events older than this many days leave the feed (recurring events always stay). Default 365. */
  pastDays?: number
  /** The most events one feed answer holds, newest first. Default 1000. */
  maxEvents?: number
}
