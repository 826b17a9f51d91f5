import { buildEditorState } from '@payloadcms/richtext-lexical'
/**
 * Members subscribe to the association's events in their calendar app: the feed must say what the
 * REST API says (the monthly evening's dates, cancellations, festival sessions with their places),
 * keep each event's identity across fetches, tell clients when an event really changed (SEQUENCE),
 * and never show what an anonymous reader may not see. Parsed with ical.js, the real parser.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Event } from '../../../payload-types'
import { berlinTime, berlinWallClock } from '../../../src/lib/berlin'
import { seed } from '../../../src/seed'
import { marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { expand, parseCalendar, rawLines, uidOf, veventByUID, vevents } from './ics'

let ctx: TestContext
let editor: TestUser
let evening: Event
let festival: Event

const FEED = '/feeds/events.ics'
const HOST = 'kreativeklasse.ruhr'
const YEAR_MS = 366 * 86_400_000
const text = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body))

async function bySlug(slug: string): Promise<Event> {
  const { docs } = await ctx.payload.find({
    collection: 'events',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]!
}

async function feed(query = '') {
  const response = await ctx.api.get(`${FEED}${query}`)
  expect(response.status, text(response.body)).toBe(200)
  return { response, text: String(response.body), calendar: parseCalendar(String(response.body)) }
}

async function single(id: number | string, token?: string) {
  return ctx.api.get(`/events/${id}/ics`, { token })
}

async function createEvent(data: Record<string, unknown>) {
  const created = await ctx.api.post('/events', {
    token: editor.token,
    body: { _status: 'published', ...data },
  })
  expect(created.status, text(created.body)).toBe(201)
  return created.body.doc as Event
}

const sequenceOf = async (id: number) => {
  const response = await single(id)
  expect(response.status, text(response.body)).toBe(200)
  return Number(
    veventByUID(parseCalendar(String(response.body)), `event-${id}@${HOST}`)?.getFirstPropertyValue(
      'sequence',
    ),
  )
}

beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload)
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  evening = await bySlug('kreative-klasse-abend')
  festival = await bySlug('extraklasse-2027')
})

describe('the events feed as a calendar app reads it', () => {
  it('is text/calendar with a file name, a VTIMEZONE for Europe/Berlin and UTC stamps', async () => {
    const { response, text: body, calendar } = await feed()
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="kreative-klasse-veranstaltungen.ics"',
    )
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    const zones = calendar.getAllSubcomponents('vtimezone')
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin'])
    expect(zones[0]!.getAllSubcomponents('daylight')).toHaveLength(1)
    expect(zones[0]!.getAllSubcomponents('standard')).toHaveLength(1)
    const uid = `event-${evening.id}@${HOST}`
    expect(rawLines(body, uid, 'DTSTAMP')[0]).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/)
    expect(rawLines(body, uid, 'LAST-MODIFIED')[0]).toMatch(/^LAST-MODIFIED:\d{8}T\d{6}Z$/)
    expect(rawLines(body, uid, 'URL')).toEqual([
      `URL;VALUE=URI:https://${HOST}/veranstaltungen/kreative-klasse-abend`,
    ])
    const description = String(veventByUID(calendar, uid)?.getFirstPropertyValue('description'))
    expect(description).toContain('Das monatliche Treffen der Mitglieder')
    expect(description).not.toMatch(/[<>{}]/)
  })

  it('the monthly evening is one VEVENT with RRULE and EXDATE at 19:00 Berlin time, and expands to the dates of the REST API', async () => {
    const { text: body, calendar } = await feed()
    const uid = `event-${evening.id}@${HOST}`
    expect(vevents(calendar).filter((vevent) => uidOf(vevent) === uid)).toHaveLength(1)
    expect(rawLines(body, uid, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/Berlin:20270114T190000'])
    expect(rawLines(body, uid, 'RRULE')).toEqual(['RRULE:FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2'])
    expect(rawLines(body, uid, 'EXDATE')).toEqual(['EXDATE;TZID=Europe/Berlin:20270812T190000'])

    const api = await ctx.api.get(`/events/${evening.id}`)
    const expected: string[] = api.body.nextOccurrences
    expect(expected.length).toBeGreaterThanOrEqual(10)
    const now = new Date()
    const fromCalendar = expand(
      veventByUID(calendar, uid)!,
      now,
      new Date(now.getTime() + YEAR_MS),
      expected.length + 1,
    )
    expect(fromCalendar.slice(0, expected.length).map((date) => date.toISOString())).toEqual(
      expected,
    )
    // Nothing the API leaves out within its window (at most 12 dates, one year) comes in between.
    if (expected.length < 12)
      expect(
        fromCalendar.length === expected.length ||
          fromCalendar[expected.length]! > new Date(now.getTime() + 365 * 86_400_000),
      ).toBe(true)

    const hours = fromCalendar.map((date) => berlinWallClock(date).getUTCHours())
    expect(new Set(hours)).toEqual(new Set([19]))
    const utcHours = new Set(fromCalendar.map((date) => date.getUTCHours()))
    expect(utcHours, 'a winter date (18:00 UTC) and a summer date (17:00 UTC)').toEqual(
      new Set([17, 18]),
    )
    expect(fromCalendar.map((date) => date.toISOString())).not.toContain(
      berlinTime('2027-08-12T19:00').toISOString(),
    )
  })

  it('writes Berlin times whatever time zone the server process runs in', async () => {
    const zone = process.env.TZ
    process.env.RESPONSE_CACHE = 'off'
    try {
      for (const tz of ['Pacific/Auckland', 'America/New_York', 'UTC']) {
        process.env.TZ = tz
        expect(
          new Date(Date.UTC(2027, 0, 14, 18)).getHours(),
          `the process now runs in ${tz}`,
        ).toBe(tz === 'UTC' ? 18 : tz === 'America/New_York' ? 13 : 7)
        const { text: body } = await feed()
        expect(rawLines(body, `event-${evening.id}@${HOST}`, 'DTSTART'), tz).toEqual([
          'DTSTART;TZID=Europe/Berlin:20270114T190000',
        ])
        expect(rawLines(body, `event-${evening.id}@${HOST}`, 'EXDATE'), tz).toEqual([
          'EXDATE;TZID=Europe/Berlin:20270812T190000',
        ])
      }
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
      delete process.env.RESPONSE_CACHE
    }
  })

  it('an all-day event is a VALUE=DATE from its first Berlin day to the day after its last', async () => {
    const event = await createEvent({
      title: marker('Ganztags'),
      start: berlinTime('2031-10-10T00:00').toISOString(),
      end: berlinTime('2031-10-11T23:59').toISOString(),
      allDay: true,
    })
    const file = await single(event.id)
    expect(file.status, text(file.body)).toBe(200)
    const uid = `event-${event.id}@${HOST}`
    expect(rawLines(String(file.body), uid, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20311010'])
    expect(rawLines(String(file.body), uid, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20311012'])
  })

  it('an exception added over the API disappears from the REST dates and from the calendar', async () => {
    const before = (await ctx.api.get(`/events/${evening.id}`)).body as Event
    const dates = before.nextOccurrences as string[]
    const cancelled = dates[2]!
    const exceptions = (before.recurrence?.exceptions ?? []).map(({ date, reason }) => ({
      date,
      reason,
    }))
    const patched = await ctx.api.patch(`/events/${evening.id}`, {
      token: editor.token,
      body: {
        recurrence: {
          rule: before.recurrence?.rule,
          exceptions: [...exceptions, { date: cancelled, reason: 'Feiertag' }],
        },
      },
    })
    expect(patched.status, text(patched.body)).toBe(200)
    try {
      const after: string[] = (await ctx.api.get(`/events/${evening.id}`)).body.nextOccurrences
      expect(after).not.toContain(cancelled)
      const { text: body, calendar } = await feed()
      const uid = `event-${evening.id}@${HOST}`
      const day = berlinWallClock(new Date(cancelled))
        .toISOString()
        .slice(0, 10)
        .replaceAll('-', '')
      expect(rawLines(body, uid, 'EXDATE')).toEqual([
        `EXDATE;TZID=Europe/Berlin:20270812T190000,${day}T190000`,
      ])
      const now = new Date()
      const fromCalendar = expand(
        veventByUID(calendar, uid)!,
        now,
        new Date(now.getTime() + YEAR_MS),
        after.length,
      )
      expect(fromCalendar.map((date) => date.toISOString())).toEqual(after)
    } finally {
      const restored = await ctx.api.patch(`/events/${evening.id}`, {
        token: editor.token,
        body: { recurrence: { rule: before.recurrence?.rule, exceptions } },
      })
      expect(restored.status, text(restored.body)).toBe(200)
    }
  })

  it('festival sessions are VEVENTs of their own with place, address and GEO; the festival is one too', async () => {
    const { text: body, calendar } = await feed()
    const festivalEvent = veventByUID(calendar, `event-${festival.id}@${HOST}`)
    expect(festivalEvent?.getFirstPropertyValue('summary')).toBe('Extraklasse 2027')
    expect(String(festivalEvent?.getFirstPropertyValue('location'))).toBe(
      'Zeche Zollverein, Essen / Dortmunder U, Dortmund',
    )

    const rows = festival.program ?? []
    expect(rows.length).toBe(3)
    for (const row of rows) {
      const uid = `event-${festival.id}-session-${row.id}@${HOST}`
      const vevent = veventByUID(calendar, uid)
      expect(vevent, uid).toBeDefined()
      expect(vevent!.getFirstPropertyValue('summary')).toBe(row.title)
      const start = (
        vevent!.getFirstPropertyValue('dtstart') as unknown as { toJSDate(): Date }
      ).toJSDate()
      expect(start.toISOString()).toBe(new Date(row.start).toISOString())
      expect(rawLines(body, uid, 'DTSTART')[0]).toMatch(
        /^DTSTART;TZID=Europe\/Berlin:202706\d\dT\d{6}$/,
      )
    }
    const opening = veventByUID(calendar, `event-${festival.id}-session-${rows[0]!.id}@${HOST}`)!
    expect(String(opening.getFirstPropertyValue('location'))).toBe(
      'Zeche Zollverein\nGelsenkirchener Str. 181, 45309 Essen',
    )
    expect(opening.getFirstPropertyValue('geo')).toEqual([51.4863, 7.0419])
    const workshop = veventByUID(calendar, `event-${festival.id}-session-${rows[1]!.id}@${HOST}`)!
    expect(String(workshop.getFirstPropertyValue('location'))).toBe(
      'Dortmunder U\nLeonie-Reygers-Terrasse, 44137 Dortmund',
    )
    expect(workshop.getFirstPropertyValue('geo')).toEqual([51.5157, 7.4545])
    expect(String(workshop.getFirstPropertyValue('description'))).toContain(
      'Programmpunkt von „Extraklasse 2027“',
    )
  })

  it('UIDs stay the same across fetches, also after other writes, and match the single-event file', async () => {
    const first = (await feed()).calendar
    await createEvent({
      title: marker('Anderes'),
      start: '2031-05-08T17:00:00.000Z',
      kind: 'other',
    })
    const refetched = await ctx.api.get(FEED)
    // The write cleared the response cache: this answer is computed anew.
    expect(refetched.headers.get('x-cache')).not.toBe('HIT')
    const second = String(refetched.body)
    const uids = (calendar: ReturnType<typeof parseCalendar>) =>
      vevents(calendar)
        .map(uidOf)
        .filter(
          (uid) => uid.startsWith(`event-${festival.id}`) || uid.startsWith(`event-${evening.id}@`),
        )
    // The festival, its sessions (other test files may add one to the seeded festival) and the evening.
    expect(uids(first).length).toBeGreaterThanOrEqual(5)
    expect(uids(parseCalendar(second))).toEqual(uids(first))
    const file = await single(festival.id)
    expect(file.status).toBe(200)
    expect(
      vevents(parseCalendar(String(file.body)))
        .map(uidOf)
        .sort(),
    ).toEqual(
      uids(first)
        .filter((uid) => uid.startsWith(`event-${festival.id}`))
        .sort(),
    )
  })
})

describe('SEQUENCE tells calendar clients that an event changed', () => {
  it('rises when the start moves or a session is added, not when only the description changes', async () => {
    const event = await createEvent({
      title: marker('Sequenz'),
      start: '2031-03-06T18:00:00.000Z',
      end: '2031-03-06T20:00:00.000Z',
    })
    expect(await sequenceOf(event.id)).toBe(0)

    const described = await ctx.api.patch(`/events/${event.id}`, {
      token: editor.token,
      body: { description: buildEditorState({ text: 'Neu beschrieben.' }) },
    })
    expect(described.status, text(described.body)).toBe(200)
    expect(await sequenceOf(event.id)).toBe(0)

    const moved = await ctx.api.patch(`/events/${event.id}`, {
      token: editor.token,
      body: { start: '2031-03-06T19:00:00.000Z' },
    })
    expect(moved.status, text(moved.body)).toBe(200)
    expect(await sequenceOf(event.id)).toBe(1)

    const session = await ctx.api.patch(`/events/${event.id}`, {
      token: editor.token,
      body: { program: [{ title: 'Zusatztermin', start: '2031-03-07T10:00:00.000Z' }] },
    })
    expect(session.status, text(session.body)).toBe(200)
    expect(await sequenceOf(event.id)).toBe(2)
  })

  it('a moved start saved as a draft (autosave) changes nothing in the feed until it is published, then SEQUENCE rises', async () => {
    const event = await createEvent({
      title: marker('Verschoben'),
      start: '2031-05-15T17:00:00.000Z',
    })
    const uid = `event-${event.id}@${HOST}`
    const draft = await ctx.api.patch(`/events/${event.id}?draft=true&autosave=true`, {
      token: editor.token,
      body: { start: '2031-05-22T17:00:00.000Z', _status: 'draft' },
    })
    expect(draft.status, text(draft.body)).toBe(200)
    const during = (await feed()).text
    expect(rawLines(during, uid, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/Berlin:20310515T190000'])
    expect(rawLines(during, uid, 'SEQUENCE')).toEqual(['SEQUENCE:0'])

    const published = await ctx.api.patch(`/events/${event.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(published.status, text(published.body)).toBe(200)
    const after = (await feed()).text
    expect(rawLines(after, uid, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/Berlin:20310522T190000'])
    expect(
      Number(rawLines(after, uid, 'SEQUENCE')[0]?.slice('SEQUENCE:'.length)),
    ).toBeGreaterThanOrEqual(1)
  })

  it('cannot be written through the API', async () => {
    const event = await createEvent({
      title: marker('Fest'),
      start: '2031-04-03T18:00:00.000Z',
      calendarSequence: 40,
    })
    expect(event.calendarSequence).toBe(0)
    const patched = await ctx.api.patch(`/events/${event.id}`, {
      token: editor.token,
      body: { calendarSequence: 7 },
    })
    expect(patched.status, text(patched.body)).toBe(200)
    expect(await sequenceOf(event.id)).toBe(0)
  })
})

describe('only what an anonymous reader may see', () => {
  it('a draft never published, an unpublished event and a pending draft’s changes never appear', async () => {
    const draft = await createEvent({
      title: marker('Entwurf'),
      start: '2031-06-05T17:00:00.000Z',
      _status: 'draft',
    })
    const unpublished = await createEvent({
      title: marker('Zurückgezogen'),
      start: '2031-06-12T17:00:00.000Z',
    })
    const withdrawn = await ctx.api.patch(`/events/${unpublished.id}`, {
      token: editor.token,
      body: { _status: 'draft' },
    })
    expect(withdrawn.status, text(withdrawn.body)).toBe(200)
    const pendingTitle = marker('Noch nicht freigegeben')
    const published = await createEvent({
      title: marker('Öffentlich'),
      start: '2031-06-19T17:00:00.000Z',
    })
    const pending = await ctx.api.patch(`/events/${published.id}?draft=true`, {
      token: editor.token,
      body: { title: pendingTitle, _status: 'draft' },
    })
    expect(pending.status, text(pending.body)).toBe(200)

    const { text: body } = await feed()
    expect(body).not.toContain(draft.title!)
    expect(body).not.toContain(`event-${draft.id}@`)
    expect(body).not.toContain(unpublished.title!)
    expect(body).not.toContain(`event-${unpublished.id}@`)
    expect(body).toContain(published.title!)
    expect(body).not.toContain(pendingTitle)
    // A logged-in editor subscribing gets the same public feed.
    const asEditor = await ctx.api.get(FEED, { token: editor.token })
    expect(String(asEditor.body)).not.toContain(draft.title!)
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store')
  })

  it('a draft’s file is 404 anonymously, exactly like a missing event, and 200 for staff previewing it', async () => {
    const draft = await createEvent({
      title: marker('Vorschau'),
      start: '2031-07-03T17:00:00.000Z',
      _status: 'draft',
    })
    const hidden = await single(draft.id)
    const missing = await single(999_999_999)
    const malformed = await single('abc')
    expect([hidden.status, missing.status, malformed.status]).toEqual([404, 404, 404])
    expect(hidden.body).toEqual(missing.body)
    expect(malformed.body).toEqual(missing.body)
    expect(text(missing.body)).toMatch(
      /Diese Veranstaltung gibt es nicht\. \/ This event does not exist\./,
    )

    const preview = await single(draft.id, editor.token)
    expect(preview.status, text(preview.body)).toBe(200)
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    expect(
      veventByUID(
        parseCalendar(String(preview.body)),
        `event-${draft.id}@${HOST}`,
      )?.getFirstPropertyValue('summary'),
    ).toBe(draft.title)
  })
})

describe('filters, language and caching', () => {
  it('?kind= keeps only the kinds asked for; an unknown kind is a 400 in German and English', async () => {
    const festivals = await feed('?kind=festival')
    expect(veventByUID(festivals.calendar, `event-${festival.id}@${HOST}`)).toBeDefined()
    expect(veventByUID(festivals.calendar, `event-${evening.id}@${HOST}`)).toBeUndefined()
    const both = await feed('?kind=evening,festival')
    expect(veventByUID(both.calendar, `event-${festival.id}@${HOST}`)).toBeDefined()
    expect(veventByUID(both.calendar, `event-${evening.id}@${HOST}`)).toBeDefined()

    for (const query of ['?kind=party', '?kind=evening,party', '?kind=']) {
      const refused = await ctx.api.get(`${FEED}${query}`)
      expect(refused.status, query).toBe(400)
      expect(text(refused.body)).toMatch(/Unbekannte Veranstaltungsart.*\/ Unknown event kind/)
      expect(refused.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('?locale=en answers in English where there is a translation, German otherwise; an unknown locale is a 400', async () => {
    const event = await createEvent({
      title: marker('Sommerfest'),
      start: '2031-08-07T16:00:00.000Z',
      kind: 'other',
    })
    const english = `${event.title} (summer party)`
    const translated = await ctx.api.patch(`/events/${event.id}?locale=en`, {
      token: editor.token,
      body: { title: english },
    })
    expect(translated.status, text(translated.body)).toBe(200)

    const en = await feed('?locale=en')
    expect(
      veventByUID(en.calendar, `event-${event.id}@${HOST}`)?.getFirstPropertyValue('summary'),
    ).toBe(english)
    expect(
      veventByUID(en.calendar, `event-${evening.id}@${HOST}`)?.getFirstPropertyValue('summary'),
    ).toBe('Kreative Klasse-Abend')
    expect(en.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kreative Klasse e.V. – Events')
    const de = await feed()
    expect(
      veventByUID(de.calendar, `event-${event.id}@${HOST}`)?.getFirstPropertyValue('summary'),
    ).toBe(event.title)

    const refused = await ctx.api.get(`${FEED}?locale=fr`)
    expect(refused.status).toBe(400)
    expect(text(refused.body)).toMatch(/Unbekannte Sprache.*\/ Unknown language/)
  })

  it('anonymous answers carry an ETag and revalidate with 304; one event also by Last-Modified', async () => {
    for (const path of [FEED, `/events/${festival.id}/ics`]) {
      const first = await ctx.api.get(path)
      expect(first.status).toBe(200)
      const etag = first.headers.get('etag')
      expect(etag, path).toMatch(/^"/)
      expect(first.headers.get('cache-control')).toMatch(/^public, /)
      const revalidated = await ctx.api.get(path, { headers: { 'if-none-match': etag! } })
      expect(revalidated.status, path).toBe(304)
    }
    const file = await single(festival.id)
    const lastModified = file.headers.get('last-modified')
    expect(lastModified).toBe(new Date(festival.updatedAt).toUTCString())
    expect(
      (
        await ctx.api.get(`/events/${festival.id}/ics`, {
          headers: { 'if-modified-since': lastModified! },
        })
      ).status,
    ).toBe(304)
  })

  it('a deleted event leaves the feed, and the feed has no Last-Modified that could hide that', async () => {
    const event = await createEvent({
      title: marker('Abgesagt'),
      start: '2031-09-04T17:00:00.000Z',
    })
    const before = await feed()
    expect(before.response.headers.get('last-modified')).toBeNull()
    expect(veventByUID(before.calendar, `event-${event.id}@${HOST}`)).toBeDefined()
    const removed = await ctx.api.delete(`/events/${event.id}`, { token: editor.token })
    expect(removed.status, text(removed.body)).toBe(200)
    const after = await ctx.api.get(FEED, {
      headers: { 'if-none-match': before.response.headers.get('etag')! },
    })
    expect(after.status).toBe(200)
    expect(String(after.body)).not.toContain(`event-${event.id}@`)
  })
})
