import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { berlinWallClock } from '../../src/lib/berlin'
import { MAX_NEXT_DATES } from '../../src/lib/recurrence'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let editor: TestUser

const word = () => `w${randomBytes(4).toString('hex')}`
const text = (body: unknown) => JSON.stringify(body)
const twoDaysAgo = () => new Date(Date.now() - 2 * 86_400_000).toISOString()

beforeAll(async () => {
  ctx = await bootPayload()
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

async function createEvent(rule: string, start: string, extra: Record<string, unknown> = {}) {
  return ctx.api.post('/events', {
    token: editor.token,
    body: { title: `Serie ${word()}`, start, recurrence: { rule }, _status: 'published', ...extra },
  })
}

describe('an editor cannot save a recurrence that would stall the server', () => {
  it.each([
    ['FREQ=SECONDLY', /FREQ=SECONDLY/],
    ['FREQ=MINUTELY', /FREQ=MINUTELY/],
    ['FREQ=HOURLY;INTERVAL=2', /FREQ=HOURLY/],
    ['FREQ=DAILY;BYHOUR=9,13,19', /BYHOUR/],
    ['FREQ=DAILY;BYMINUTE=0,15,30,45', /BYMINUTE/],
    ['FREQ=DAILY;COUNT=50000', /COUNT/],
    ['FREQ=WEEKLY;INTERVAL=100000', /INTERVAL/],
  ])(
    '%s starting two days ago is refused with 400 naming the field, in German and English',
    async (rule, part) => {
      const title = `Zu oft ${word()}`
      const response = await createEvent(rule, twoDaysAgo(), { title })
      expect(response.status, text(response.body)).toBe(400)
      expect(text(response.body)).toMatch(part)
      expect(text(response.body)).toMatch(/Wiederholung › Regel \(RRULE\)/)
      expect(text(response.body)).toMatch(/Recurrence › Rule \(RRULE\)/)
      expect(text(response.body)).toMatch(/recurrence\.rule/)
      const stored = await ctx.payload.count({
        collection: 'events',
        where: { title: { equals: title } },
        overrideAccess: true,
      })
      expect(stored.totalDocs).toBe(0)
    },
  )

  it('the same refusal over GraphQL, and on an update of an existing event', async () => {
    const graphql = await ctx.api.graphql(
      `mutation ($data: mutationEventInput!) { createEvent(data: $data) { id } }`,
      {
        data: {
          title: `Zu oft ${word()}`,
          start: twoDaysAgo(),
          recurrence: { rule: 'FREQ=SECONDLY' },
        },
      },
      { token: editor.token },
    )
    expect(text(graphql.body.errors)).toMatch(/FREQ=SECONDLY/)
    expect(graphql.body.data?.createEvent ?? null).toBeNull()

    const created = await createEvent(
      'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2',
      '2027-01-14T18:00:00.000Z',
    )
    expect(created.status, text(created.body)).toBe(201)
    const changed = await ctx.api.patch(`/events/${created.body.doc.id}`, {
      token: editor.token,
      body: { recurrence: { rule: 'FREQ=SECONDLY' } },
    })
    expect(changed.status, text(changed.body)).toBe(400)
    const after = await ctx.payload.findByID({
      collection: 'events',
      id: created.body.doc.id,
      overrideAccess: true,
      draft: true,
    })
    expect(after.recurrence?.rule).toBe('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2')
  })
})

describe('saved recurrences read back with a bounded list of next dates', () => {
  it('a daily rule from 1900 reads back with the next 12 days at 19:00, on save and on every read', async () => {
    const created = await createEvent('FREQ=DAILY', '1900-01-01T18:00:00.000Z')
    expect(created.status, text(created.body)).toBe(201)
    const onSave: string[] = created.body.doc.nextOccurrences
    expect(onSave).toHaveLength(MAX_NEXT_DATES)

    const read = await ctx.api.get(`/events/${created.body.doc.id}`)
    expect(read.status, text(read.body)).toBe(200)
    const dates: string[] = read.body.nextOccurrences
    expect(dates).toHaveLength(MAX_NEXT_DATES)
    const first = Date.parse(dates[0] ?? '')
    expect(first).toBeGreaterThan(Date.now() - 60_000)
    expect(first).toBeLessThanOrEqual(Date.now() + 86_400_000)
    const wallClock = dates.map((date) => berlinWallClock(new Date(date)).toISOString())
    for (const time of wallClock) expect(time.slice(11, 16)).toBe('19:00')
    const days = wallClock.map((time) => Date.parse(time.slice(0, 10)))
    expect(days.slice(1).map((day, index) => day - (days[index] ?? 0))).toEqual(
      Array(MAX_NEXT_DATES - 1).fill(86_400_000),
    )

    // Lists compute the dates only when asked for (README: Abfragen für Frontends).
    const list = await ctx.api.get('/events', {
      query: { where: { id: { equals: created.body.doc.id } }, select: { nextOccurrences: true } },
    })
    expect(list.body.docs[0].nextOccurrences).toEqual(dates)
  })

  it('a valid rule that never matches saves and reads back with no dates (bounded, not a walk to the year 9999)', async () => {
    const created = await createEvent(
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      '1900-01-01T18:00:00.000Z',
    )
    expect(created.status, text(created.body)).toBe(201)
    expect(created.body.doc.nextOccurrences).toEqual([])
    const read = await ctx.api.get(`/events/${created.body.doc.id}`)
    expect(read.body.nextOccurrences).toEqual([])
  })

  it('an event stored with FREQ=SECONDLY before the limit existed reads back with no dates', async () => {
    const created = await createEvent('FREQ=DAILY', twoDaysAgo())
    expect(created.status, text(created.body)).toBe(201)
    await ctx.payload.db.updateOne({
      collection: 'events',
      id: created.body.doc.id,
      data: { recurrence: { rule: 'FREQ=SECONDLY' } },
    })
    const read = await ctx.api.get(`/events/${created.body.doc.id}`)
    expect(read.status, text(read.body)).toBe(200)
    expect(read.body.recurrence.rule).toBe('FREQ=SECONDLY')
    expect(read.body.nextOccurrences).toEqual([])
  })
})
