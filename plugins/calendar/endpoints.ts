import type { Endpoint, PayloadRequest, Where } from 'payload'

import { createLocalReq, headersWithCors } from 'payload'

import type { Event } from '../../payload-types'
import { isStaff } from '../../src/access/predicates'
import { type Bilingual, bothLanguages, joinLanguages } from '../../src/i18n'
import { buildCalendar, type CalendarSettings } from './build'
import { CALENDAR_LOCALES, type CalendarLocale } from './text'
import { eventURLPattern, uidDomainOf } from './urls'

export type ResolvedCalendarOptions = {
  collection: 'events'
  kinds: string[]
  eventURLPattern?: string
  uidDomain?: string
  pastDays: number
  maxEvents: number
}

const DAY_MS = 86_400_000

/** Only what a calendar shows: no photos, no SEO, and no `nextOccurrences` (the RRULE says it all). */
const CALENDAR_SELECT = {
  title: true,
  slug: true,
  kind: true,
  start: true,
  end: true,
  allDay: true,
  venues: true,
  program: { title: true, start: true, end: true, venue: true },
  description: true,
  admission: true,
  registrationUrl: true,
  recurrence: true,
  calendarSequence: true,
  createdAt: true,
  updatedAt: true,
} as const
const VENUE_SELECT = { name: true, street: true, postalCode: true, city: true, geo: true } as const

/** A JSON error in Payload's shape; a refused parameter is the client's mistake, nothing is logged. */
function errorResponse(req: PayloadRequest, status: 400 | 404, message: Bilingual): Response {
  return Response.json(
    { errors: [{ message: joinLanguages(message) }] },
    {
      status,
      headers: headersWithCors({ headers: new Headers({ 'Cache-Control': 'no-store' }), req }),
    },
  )
}

class BadParameter extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.en)
  }
}

function localeOf(req: PayloadRequest): CalendarLocale {
  const asked = req.searchParams?.get('locale')
  if (asked === null || asked === undefined || asked === '') return 'de'
  if ((CALENDAR_LOCALES as readonly string[]).includes(asked)) return asked as CalendarLocale
  throw new BadParameter(
    bothLanguages('calendarUnknownLocale', {
      locale: asked.slice(0, 20),
      locales: CALENDAR_LOCALES.join(', '),
    }),
  )
}

function kindsOf(req: PayloadRequest, known: string[]): string[] | null {
  const asked = req.searchParams?.getAll('kind') ?? []
  if (!asked.length) return null
  const kinds = asked.flatMap((value) => value.split(',')).map((kind) => kind.trim())
  const unknown = kinds.filter((kind) => !known.includes(kind))
  if (unknown.length || !kinds.length) {
    const shown = unknown.map((kind) => kind.slice(0, 30)).join(', ')
    throw new BadParameter(
      bothLanguages('calendarUnknownKind', {
        kinds: shown || bothLanguages('calendarEmptyValue'),
        known: known.join(', '),
      }),
    )
  }
  return [...new Set(kinds)]
}

function settingsFor(options: ResolvedCalendarOptions, locale: CalendarLocale): CalendarSettings {
  const urlPattern = eventURLPattern(options.eventURLPattern)
  return { locale, urlPattern, uidDomain: options.uidDomain?.trim() || uidDomainOf(urlPattern) }
}

/**
 * `lastModified` lets the guard answer If-Modified-Since with 304 (src/lib/http/cache). Only for one
 * event: a feed's newest `updatedAt` can go *back* when an event is deleted or unpublished, and a
 * client would then keep the removed event; the feed revalidates by its ETag alone.
 */
function calendarResponse(
  req: PayloadRequest,
  body: string,
  filename: string,
  lastModified?: string,
): Response {
  const headers = new Headers({
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  })
  const modified = lastModified ? Date.parse(lastModified) : Number.NaN
  if (Number.isFinite(modified)) headers.set('Last-Modified', new Date(modified).toUTCString())
  return new Response(body, { status: 200, headers: headersWithCors({ headers, req }) })
}

/**
 * `GET /api/feeds/events.ics[?kind=evening,festival][&locale=en]`: every event the anonymous
 * reader may see, whoever asks (a subscription URL is shared; the guard caches it as public).
 */
export function feedEndpoint(options: ResolvedCalendarOptions): Endpoint {
  return {
    path: '/feeds/events.ics',
    method: 'get',
    handler: async (req) => {
      let locale: CalendarLocale
      let kinds: string[] | null
      try {
        locale = localeOf(req)
        kinds = kindsOf(req, options.kinds)
      } catch (error) {
        if (error instanceof BadParameter) return errorResponse(req, 400, error.bilingual)
        throw error
      }
      const since = new Date(Date.now() - options.pastDays * DAY_MS).toISOString()
      const where: Where = {
        and: [
          { _status: { equals: 'published' } },
          ...(kinds ? [{ kind: { in: kinds } }] : []),
          {
            or: [
              { start: { greater_than_equal: since } },
              { end: { greater_than_equal: since } },
              { 'recurrence.rule': { exists: true } },
            ],
          },
        ],
      }
      // The anonymous reader's request: no user, access as for everyone.
      const anonymous = await createLocalReq({ locale, fallbackLocale: 'de' }, req.payload)
      const { docs } = await req.payload.find({
        collection: options.collection,
        where,
        sort: '-start',
        limit: options.maxEvents,
        depth: 1,
        select: CALENDAR_SELECT,
        populate: { venues: VENUE_SELECT },
        locale,
        fallbackLocale: 'de',
        overrideAccess: false,
        req: anonymous,
      })
      const calendar = buildCalendar(docs as Event[], settingsFor(options, locale))
      return calendarResponse(req, calendar.toString(), 'kreative-klasse-veranstaltungen.ics')
    },
  }
}

const notFound: Bilingual = bothLanguages('calendarEventNotFound')

/**
 * `GET /api/events/<id>/ics[?locale=en]`: one event as a calendar file. An event the reader may not
 * see answers exactly like one that does not exist. Staff preview drafts (the newest draft) with
 * their login; their answer is private (the guard sends it `no-store`).
 */
export function singleEventEndpoint(options: ResolvedCalendarOptions): Endpoint {
  return {
    path: '/:id/ics',
    method: 'get',
    handler: async (req) => {
      let locale: CalendarLocale
      try {
        locale = localeOf(req)
      } catch (error) {
        if (error instanceof BadParameter) return errorResponse(req, 400, error.bilingual)
        throw error
      }
      const id = String(req.routeParams?.id ?? '')
      if (!/^[1-9]\d{0,15}$/.test(id)) return errorResponse(req, 404, notFound)
      const event = (await req.payload.findByID({
        collection: options.collection,
        id: Number(id),
        depth: 1,
        select: CALENDAR_SELECT,
        populate: { venues: VENUE_SELECT },
        draft: isStaff({ req }),
        locale,
        fallbackLocale: 'de',
        overrideAccess: false,
        disableErrors: true,
        req,
      })) as Event | null
      if (!event) return errorResponse(req, 404, notFound)
      const calendar = buildCalendar([event], settingsFor(options, locale))
      return calendarResponse(
        req,
        calendar.toString(),
        `${event.slug || `event-${event.id}`}.ics`,
        event.updatedAt,
      )
    },
  }
}
