/**
 * A frontend reads the same public answers thousands of times per write: anonymous reads carry
 * ETag/Cache-Control and come from the in-server cache, but never one second past a write or a
 * Sperrfrist lift, and never to a logged-in reader (tests/http/cache.test.ts does the same over
 * real HTTP, with two servers on one database).
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PRIVATE_NO_STORE, PUBLIC_VARY } from '../../src/lib/http/cache/headers'
import { responseCacheState } from '../../src/lib/http/cache/store'
import { marker, tinyPng } from '../helpers/content'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let press: TestUser
let editor: TestUser
let member: TestUser

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const text = (body: unknown) => JSON.stringify(body)

async function waitForListener() {
  for (let i = 0; i < 100 && !responseCacheState().listening; i++) await sleep(50)
  expect(responseCacheState().listening, 'the LISTEN connection is up').toBe(true)
}

beforeAll(async () => {
  process.env.RESPONSE_CACHE = 'on'
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  member = await createUser(ctx.payload, ctx.api, ['member'])
  await waitForListener()
})

afterAll(() => {
  delete process.env.RESPONSE_CACHE
  delete process.env.RESPONSE_CACHE_MAX_MB
})

async function publishRelease(title: string, extra: Record<string, unknown> = {}) {
  const created = await ctx.api.post('/press-releases', {
    token: press.token,
    body: { title, teaser: 'Ein Anreißer.', _status: 'published', ...extra },
  })
  expect(created.status, text(created.body)).toBe(201)
  return created.body.doc as { id: number; slug: string }
}

const listPath = (title: string) =>
  `/press-releases?where[title][equals]=${encodeURIComponent(title)}&depth=0`

describe('HTTP caching of anonymous reads', () => {
  it('a frontend revalidates a list with its ETag and gets 304 without a body; the second read is a cache hit', async () => {
    const title = marker('ETag')
    await publishRelease(title)
    const first = await ctx.api.get(listPath(title))
    expect(first.status).toBe(200)
    expect(first.body.docs).toHaveLength(1)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=30, s-maxage=60, stale-while-revalidate=30',
    )
    expect(first.headers.get('vary')).toBe(PUBLIC_VARY)
    expect(first.headers.get('x-cache')).toBe('MISS')

    const second = await ctx.api.get(listPath(title))
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('etag')).toBe(etag)
    expect(second.body).toEqual(first.body)

    for (const tag of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
      const revalidated = await ctx.api.get(listPath(title), { headers: { 'if-none-match': tag } })
      expect(revalidated.status, tag).toBe(304)
      expect(revalidated.body).toBeUndefined()
      expect(revalidated.headers.get('etag')).toBe(etag)
      expect(revalidated.headers.get('cache-control')).toMatch(/^public, /)
    }
    const changed = await ctx.api.get(listPath(title), {
      headers: { 'if-none-match': '"something-else"' },
    })
    expect(changed.status).toBe(200)
  })

  it('logged-in answers, invalid tokens, writes and errors are private or no-store and never come from the cache', async () => {
    const title = marker('Privat')
    await publishRelease(title)
    await ctx.api.get(listPath(title))
    for (const options of [
      { token: press.token },
      { token: 'not-a-jwt' },
      { headers: { cookie: `payload-token=expired` } },
    ]) {
      const response = await ctx.api.get(listPath(title), options)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe(PRIVATE_NO_STORE)
      expect(response.headers.get('x-cache')).toBe('BYPASS')
      expect(response.headers.get('etag')).toBeNull()
    }
    const write = await ctx.api.post('/press-releases', {
      token: press.token,
      body: { title: marker('Entwurf'), teaser: 'x' },
    })
    expect(write.status).toBe(201)
    expect(write.headers.get('cache-control')).toBe(PRIVATE_NO_STORE)
    const missing = await ctx.api.get('/press-releases/999999999')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    expect((await ctx.api.get('/press-releases/999999999')).headers.get('x-cache')).toBe('MISS')
    const me = await ctx.api.get('/users/me')
    expect(me.headers.get('cache-control')).toBe(PRIVATE_NO_STORE)
  })

  it('RESPONSE_CACHE=off keeps ETag and Cache-Control but answers every read fresh', async () => {
    const title = marker('Aus')
    await publishRelease(title)
    process.env.RESPONSE_CACHE = 'off'
    try {
      const first = await ctx.api.get(listPath(title))
      const second = await ctx.api.get(listPath(title))
      expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual([
        'BYPASS',
        'BYPASS',
      ])
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    } finally {
      process.env.RESPONSE_CACHE = 'on'
    }
  })
})

describe('invalidation: every write reaches the next anonymous read', () => {
  it('a release published, edited and unpublished shows at once in the cached list and by id', async () => {
    const title = marker('Entwurf')
    const draft = await ctx.api.post('/press-releases', {
      token: press.token,
      body: { title, teaser: 'x' },
    })
    const id = draft.body.doc.id as number
    expect((await ctx.api.get(listPath(title))).body.docs).toHaveLength(0)
    expect((await ctx.api.get(listPath(title))).headers.get('x-cache')).toBe('HIT')

    expect(
      (
        await ctx.api.patch(`/press-releases/${id}`, {
          token: press.token,
          body: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    const published = await ctx.api.get(listPath(title))
    expect(published.headers.get('x-cache')).toBe('MISS')
    expect(published.body.docs).toHaveLength(1)
    expect((await ctx.api.get(`/press-releases/${id}?depth=0`)).body.teaser).toBe('x')
    expect((await ctx.api.get(`/press-releases/${id}?depth=0`)).headers.get('x-cache')).toBe('HIT')

    await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      body: { teaser: 'neu', _status: 'published' },
    })
    expect((await ctx.api.get(`/press-releases/${id}?depth=0`)).body.teaser).toBe('neu')

    await ctx.api.patch(`/press-releases/${id}`, { token: press.token, body: { _status: 'draft' } })
    expect((await ctx.api.get(`/press-releases/${id}?depth=0`)).status).toBe(404)
    expect((await ctx.api.get(listPath(title))).body.docs).toHaveLength(0)
  })

  it('a withdrawn photo disappears at once from its record, a release populating it and its file URL', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await tinyPng())], { type: 'image/png' }),
      `${marker('cache')}.png`,
    )
    form.append('_payload', JSON.stringify({ alt: 'Gruppenfoto', credit: 'Jürgen Müller' }))
    const uploaded = await ctx.api.post('/photos', { token: editor.token, body: form })
    expect(uploaded.status, text(uploaded.body)).toBe(201)
    const photo = uploaded.body.doc as { id: number; filename: string }
    const release = await publishRelease(marker('Mit Foto'), { heroPhoto: photo.id })
    const fileURL = `/photos/file/${photo.filename}`
    const reads = [`/photos/${photo.id}`, fileURL]
    for (const path of reads) {
      expect((await ctx.api.get(path)).status, path).toBe(200)
      expect((await ctx.api.get(path)).headers.get('x-cache'), path).toBe('HIT')
    }
    const file = await ctx.api.get(fileURL)
    expect(file.headers.get('cache-control')).toMatch(/^public, max-age=30, s-maxage=60/)
    expect((await ctx.api.get(`/press-releases/${release.id}`)).body.heroPhoto?.id).toBe(photo.id)

    expect(
      (
        await ctx.api.patch(`/photos/${photo.id}`, {
          token: press.token,
          body: { withdrawn: true },
        })
      ).status,
    ).toBe(200)
    for (const path of reads) expect((await ctx.api.get(path)).status, path).toBe(404)
    expect((await ctx.api.get(`/press-releases/${release.id}`)).body.heroPhoto).toBeNull()
  })

  it("a member's consent withdrawn removes the portrait from the cached list at once", async () => {
    const name = marker('Mitglied')
    const portrait = await ctx.payload.create({
      collection: 'members',
      data: { name, kind: 'freelancer', user: member.id as number, consent: { given: true } },
      overrideAccess: true,
    })
    const path = `/members?where[name][equals]=${name}`
    expect((await ctx.api.get(path)).body.docs).toHaveLength(1)
    expect((await ctx.api.get(path)).headers.get('x-cache')).toBe('HIT')
    const withdrawn = await ctx.api.patch(`/members/${portrait.id}`, {
      token: member.token,
      body: { consent: { given: false } },
    })
    expect(withdrawn.status, text(withdrawn.body)).toBe(200)
    expect((await ctx.api.get(path)).body.docs).toHaveLength(0)
  })

  it('a contact detail visible to members only never leaks from the anonymous cache, nor is it served to members from it', async () => {
    const name = marker('Kontakt')
    const phone = `0201 ${Math.floor(Math.random() * 1e6)}`
    await ctx.payload.create({
      collection: 'members',
      data: {
        name,
        kind: 'freelancer',
        consent: { given: true },
        contact: { phone, phoneVisibility: 'members' },
      },
      overrideAccess: true,
    })
    const path = `/members?where[name][equals]=${name}`
    const anonymous = await ctx.api.get(path)
    expect(text(anonymous.body)).not.toContain(phone)
    expect((await ctx.api.get(path)).headers.get('x-cache')).toBe('HIT')
    const asMember = await ctx.api.get(path, { token: member.token })
    expect(asMember.headers.get('x-cache')).toBe('BYPASS')
    expect(text(asMember.body)).toContain(phone)
    expect(text((await ctx.api.get(path)).body)).not.toContain(phone)
  })

  it('the association profile (a global) changes at once', async () => {
    const before = await ctx.api.get('/globals/association')
    expect(before.status).toBe(200)
    expect((await ctx.api.get('/globals/association')).headers.get('x-cache')).toBe('HIT')
    const seat = marker('Sitz')
    const saved = await ctx.api.post('/globals/association', { token: press.token, body: { seat } })
    expect(saved.status, text(saved.body)).toBe(200)
    expect((await ctx.api.get('/globals/association')).body.seat).toBe(seat)
  })
})

describe('expiry by the clock', () => {
  it('a release under a Sperrfrist a few seconds ahead is absent from the warm cache until the second it lifts, then present', async () => {
    const title = marker('Sperrfrist')
    const embargo = new Date(Date.now() + 4_000)
    await publishRelease(title, { embargo: embargo.toISOString() })
    const warm = await ctx.api.get(listPath(title))
    expect(warm.body.docs).toHaveLength(0)
    const maxAge = Number(/max-age=(\d+)/.exec(warm.headers.get('cache-control') ?? '')?.[1])
    expect(maxAge).toBeLessThanOrEqual(4)
    expect(warm.headers.get('cache-control')).toMatch(/stale-while-revalidate=0$/)

    await sleep(embargo.getTime() - Date.now() - 700)
    const before = await ctx.api.get(listPath(title))
    expect(before.headers.get('x-cache')).toBe('HIT')
    expect(before.body.docs).toHaveLength(0)

    await sleep(Math.max(0, embargo.getTime() - Date.now() + 20))
    const after = await ctx.api.get(listPath(title))
    expect(after.body.docs, 'present right after the Sperrfrist').toHaveLength(1)
    expect(after.headers.get('x-cache')).toBe('MISS')
  })
  it("a recurring event's cached answer expires when its first listed date passes", async () => {
    const start = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3_000)
    const created = await ctx.api.post('/events', {
      token: press.token,
      body: {
        title: marker('Stammtisch'),
        start: start.toISOString(),
        recurrence: { rule: 'FREQ=DAILY' },
        _status: 'published',
      },
    })
    expect(created.status, text(created.body)).toBe(201)
    const path = `/events/${created.body.doc.id}?depth=0`
    const warm = await ctx.api.get(path)
    expect(warm.body.nextOccurrences[0]).toBe(start.toISOString())
    expect(
      Number(/s-maxage=(\d+)/.exec(warm.headers.get('cache-control') ?? '')?.[1]),
    ).toBeLessThanOrEqual(3)
    expect((await ctx.api.get(path)).headers.get('x-cache')).toBe('HIT')
    await sleep(start.getTime() - Date.now() + 50)
    const after = await ctx.api.get(path)
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(after.body.nextOccurrences[0]).not.toBe(start.toISOString())
  })

  it('a publish scheduled a few seconds ahead caps every public lifetime at its time; the queued publish shows at once', async () => {
    const title = marker('Geplant')
    const draft = await ctx.api.post('/press-releases', {
      token: press.token,
      query: { draft: 'true' },
      body: { title, teaser: 'x' },
    })
    const id = draft.body.doc.id as number
    const before = await ctx.api.get(listPath(title))
    expect(before.headers.get('cache-control')).toBe(
      'public, max-age=30, s-maxage=60, stale-while-revalidate=30',
    )
    const waitUntil = new Date(Date.now() + 3_000)
    const job = await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      // As the admin's schedule drawer queues it (tests/collections/scheduled-publish.test.ts).
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: String(id) },
        user: { relationTo: 'users', value: press.id },
      } as never,
      waitUntil,
    })
    const scheduled = await ctx.api.get(listPath(title))
    expect(scheduled.headers.get('x-cache'), 'queueing cleared the cache').toBe('MISS')
    expect(
      Number(/s-maxage=(\d+)/.exec(scheduled.headers.get('cache-control') ?? '')?.[1]),
    ).toBeLessThanOrEqual(3)
    await sleep(waitUntil.getTime() - Date.now() + 50)
    await ctx.payload.jobs.run({ where: { id: { equals: job.id } } })
    expect((await ctx.api.get(listPath(title))).body.docs).toHaveLength(1)
  })
})

describe('several instances: LISTEN/NOTIFY', () => {
  it('another connection is notified only after the writing transaction commits, never on rollback', async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await listener.connect()
    try {
      const seen: Array<{ payload?: string; titleVisible: boolean }> = []
      const title = marker('Notify')
      let checking = Promise.resolve()
      listener.on('notification', (message) => {
        checking = checking.then(async () => {
          const { rowCount } = await listener.query(
            'select 1 from press_releases_locales where title = $1',
            [title],
          )
          seen.push({ payload: message.payload, titleVisible: Boolean(rowCount) })
        })
      })
      await listener.query('LISTEN response_cache')

      const req = await createLocalReq({}, ctx.payload)
      await initTransaction(req)
      await ctx.payload.create({
        collection: 'press-releases',
        data: { title, teaser: 'x' },
        req,
        overrideAccess: true,
      })
      await sleep(300)
      expect(seen, 'nothing before COMMIT').toHaveLength(0)
      await commitTransaction(req)
      for (let i = 0; i < 40 && seen.length === 0; i++) await sleep(50)
      await checking
      expect(seen.length).toBeGreaterThan(0)
      expect(seen[0]).toEqual({ payload: responseCacheState().instanceId, titleVisible: true })

      seen.length = 0
      const rolledBack = await createLocalReq({}, ctx.payload)
      await initTransaction(rolledBack)
      await ctx.payload.create({
        collection: 'press-releases',
        data: { title: marker('Rollback'), teaser: 'x' },
        req: rolledBack,
        overrideAccess: true,
      })
      await killTransaction(rolledBack)
      await sleep(500)
      expect(seen, 'no notification on rollback').toHaveLength(0)
    } finally {
      await listener.end()
    }
  })

  it("another instance's write (a NOTIFY from elsewhere) clears this instance's cache", async () => {
    const title = marker('Fremd')
    await publishRelease(title)
    await ctx.api.get(listPath(title))
    expect((await ctx.api.get(listPath(title))).headers.get('x-cache')).toBe('HIT')
    const generation = responseCacheState().generation
    const other = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await other.connect()
    try {
      await other.query(`select pg_notify('response_cache', 'another-instance')`)
    } finally {
      await other.end()
    }
    for (let i = 0; i < 40 && responseCacheState().generation === generation; i++) await sleep(25)
    expect(responseCacheState().generation).toBeGreaterThan(generation)
    expect((await ctx.api.get(listPath(title))).headers.get('x-cache')).toBe('MISS')
  })

  it('while the LISTEN connection is lost nothing is served from the cache; it reconnects by itself', async () => {
    const title = marker('Verbindung')
    await publishRelease(title)
    await ctx.api.get(listPath(title))
    expect((await ctx.api.get(listPath(title))).headers.get('x-cache')).toBe('HIT')
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await admin.connect()
    try {
      const { rowCount } = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%' and pid <> pg_backend_pid()`,
      )
      expect(rowCount).toBeGreaterThan(0)
    } finally {
      await admin.end()
    }
    for (let i = 0; i < 40 && responseCacheState().listening; i++) await sleep(25)
    expect(responseCacheState().listening).toBe(false)
    expect((await ctx.api.get(listPath(title))).headers.get('x-cache')).toBe('BYPASS')
    await waitForListener()
    await ctx.api.get(listPath(title))
    expect((await ctx.api.get(listPath(title))).headers.get('x-cache')).toBe('HIT')
  })
})

describe('bounds and races', () => {
  it('an answer read before a write committed is not stored after it (generation check)', async () => {
    const state = responseCacheState()
    const generation = state.generation
    const answer = {
      status: 200,
      headers: [],
      body: new Uint8Array(10),
      etag: '"x"',
      expiresAt: Infinity,
    }
    state.invalidate() // a write committed while the read was under way
    expect(state.store('/race', answer, generation, 1024 * 1024, Date.now())).toBe(false)
    expect(state.read('/race', Date.now())).toBeUndefined()
  })

  it('memory stays within RESPONSE_CACHE_MAX_MB: the least recently used answers go first', async () => {
    process.env.RESPONSE_CACHE_MAX_MB = '0.005' // 5 KB: about a dozen empty lists
    try {
      responseCacheState().invalidate()
      const paths = Array.from({ length: 40 }, (_, i) => listPath(marker(`LRU-${i}`)))
      for (const path of paths) await ctx.api.get(path)
      const { bytes, entries } = responseCacheState().size
      expect(bytes).toBeLessThanOrEqual(0.005 * 1024 * 1024)
      expect(entries).toBeGreaterThan(3)
      expect(entries).toBeLessThan(40)
      expect((await ctx.api.get(paths.at(-1)!)).headers.get('x-cache'), 'the newest stays').toBe(
        'HIT',
      )
      expect((await ctx.api.get(paths[0]!)).headers.get('x-cache'), 'the oldest went').toBe('MISS')
    } finally {
      delete process.env.RESPONSE_CACHE_MAX_MB
    }
  })
})
