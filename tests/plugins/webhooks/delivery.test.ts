import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WebhookEvent } from '../../../plugins/webhooks'
import { fileFor, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { clearWebhooks, createWebhook, deliveriesFor, runQueue, waitPast } from './helpers'
import { type Received, Receiver } from './receiver'

// Receivers on localhost are allowed outside production only with this switch; short retry
// delays keep the backoff test in seconds (production default: 30 s, doubling).
process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'
process.env.WEBHOOKS_RETRY_DELAY_MS = '400'
// Photo files go to a temp directory, not the repository's media/.
process.env.PRESS_PHOTOS_DIR = await mkdtemp(path.join(tmpdir(), 'kk-webhooks-photos-'))

let ctx: TestContext
let admin: TestUser
let press: TestUser
let receiver: Receiver

beforeAll(async () => {
  ctx = await bootPayload()
  await clearWebhooks(ctx.payload)
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
  press = await createUser(ctx.payload, ctx.api, ['press'])
  receiver = await new Receiver().start()
})

afterAll(async () => {
  await clearWebhooks(ctx.payload)
  await receiver?.stop()
})

/** Verifies like a receiver would, with the standardwebhooks package. */
const verify = (secret: string, request: Received): WebhookEvent =>
  new Webhook(secret).verify(
    request.body,
    request.headers as Record<string, string>,
  ) as WebhookEvent

async function publishRelease(extra: Record<string, unknown> = {}) {
  const title = `Webhook-Mitteilung ${marker('r')}`
  const response = await ctx.api.post('/press-releases', {
    token: press.token,
    body: { title, teaser: 'Ein Anreißer.', _status: 'published', ...extra },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as { id: number; slug: string; embargo?: string | null }
}

describe('press releases announce themselves to signed webhooks', () => {
  it('press-release.published reaches the receiver from the queue (not the request), signed and verifiable', async () => {
    const hook = await createWebhook(ctx.api, admin, receiver.url('/published'), [
      'press-release.published',
      'press-release.updated',
    ])
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    expect(Buffer.from(hook.secret.slice(6), 'base64')).toHaveLength(32)

    const release = await publishRelease()
    // Nothing is sent inside the request: only the queue delivers.
    expect(receiver.at('/published')).toHaveLength(0)
    await runQueue(ctx.payload)

    const [request] = receiver.at('/published')
    expect(request, 'one delivery').toBeDefined()
    expect(receiver.at('/published')).toHaveLength(1)
    const event = verify(hook.secret, request!)
    expect(event.type).toBe('press-release.published')
    expect(event.data.id).toBe(release.id)
    expect(event.data.slug).toBe(release.slug)
    expect(event.data.locales).toEqual(['de', 'en'])
    expect(event.data.publicUrl).toBe(`https://kreativeklasse.ruhr/presse/${release.slug}`)
    expect(event.data.purge).toEqual(
      expect.arrayContaining([
        '/api/press-releases',
        `/api/press-releases/${release.id}`,
        '/api/feeds/press-releases.rss',
        '/api/feeds/press-releases.atom',
        '/api/feeds/press-releases.json',
        '/api/search',
      ]),
    )
    expect(request!.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/)
    expect(request!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
    expect(
      Math.abs(Number(request!.headers['webhook-timestamp']) - Date.now() / 1000),
    ).toBeLessThan(30)
    // A tampered body fails verification: the signature covers it.
    expect(() =>
      verify(hook.secret, { ...request!, body: request!.body.replace('published', 'unpublished') }),
    ).toThrow()

    const log = await deliveriesFor(ctx.payload, hook.id)
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      attempt: 1,
      statusCode: 200,
      succeeded: true,
      error: null,
      event: 'press-release.published',
    })
    expect(log[0]!.webhookId).toBe(request!.headers['webhook-id'])

    // A draft edit of the published release changes nothing public: no event.
    const draft = await ctx.api.patch(`/press-releases/${release.id}`, {
      token: press.token,
      query: { draft: 'true' },
      body: { teaser: 'Ein geänderter Entwurf.' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    await runQueue(ctx.payload)
    expect(receiver.at('/published')).toHaveLength(1)

    // Publishing the change is an update, not a second publication.
    const republished = await ctx.api.patch(`/press-releases/${release.id}`, {
      token: press.token,
      body: { teaser: 'Ein geänderter Anreißer.', _status: 'published' },
    })
    expect(republished.status, JSON.stringify(republished.body)).toBe(200)
    await runQueue(ctx.payload)
    expect(receiver.at('/published')).toHaveLength(2)
    expect(verify(hook.secret, receiver.at('/published')[1]!).type).toBe('press-release.updated')
  })

  it('under a Sperrfrist, publishing announces nothing; embargo-lifted fires from the queue after it, not before', async () => {
    const hook = await createWebhook(ctx.api, admin, receiver.url('/embargo'), [
      'press-release.published',
      'press-release.updated',
      'press-release.embargo-lifted',
    ])
    const embargo = new Date(Date.now() + 4_000)
    const release = await publishRelease({ embargo: embargo.toISOString() })

    await runQueue(ctx.payload)
    expect(receiver.at('/embargo'), 'no public-URL event before the Sperrfrist').toHaveLength(0)

    // Edits to the embargoed release before its time stay silent too.
    const edited = await ctx.api.patch(`/press-releases/${release.id}`, {
      token: press.token,
      body: { teaser: 'Noch gesperrt.', _status: 'published' },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    await runQueue(ctx.payload)
    expect(receiver.at('/embargo')).toHaveLength(0)

    const pending = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'webhookEmbargoLift' } },
      pagination: false,
      overrideAccess: true,
    })
    const lifts = pending.docs.filter(
      (job) => (job.input as { release?: string }).release === String(release.id),
    )
    expect(lifts, 'exactly one pending lift for this release').toHaveLength(1)
    expect(new Date(lifts[0]!.waitUntil!).getTime()).toBe(new Date(release.embargo!).getTime())

    await waitPast(new Date(release.embargo!))
    await runQueue(ctx.payload) // the lift job: queues the deliveries
    await runQueue(ctx.payload) // the deliveries
    const received = receiver.at('/embargo')
    expect(received).toHaveLength(1)
    const event = verify(hook.secret, received[0]!)
    expect(event.type).toBe('press-release.embargo-lifted')
    expect(event.data).toMatchObject({
      id: release.id,
      slug: release.slug,
      publicUrl: `https://kreativeklasse.ruhr/presse/${release.slug}`,
    })
    // It arrived only after the Sperrfrist, when the public can read the release.
    expect(received[0]!.at).toBeGreaterThan(new Date(release.embargo!).getTime())
    const anonymous = await ctx.api.get(`/press-releases/${release.id}`)
    expect(anonymous.status).toBe(200)

    await runQueue(ctx.payload)
    expect(receiver.at('/embargo'), 'fired once').toHaveLength(1)
  })

  it('a moved or withdrawn Sperrfrist fires nothing at the old time', async () => {
    const hook = await createWebhook(ctx.api, admin, receiver.url('/moved'), [
      'press-release.published',
      'press-release.embargo-lifted',
      'press-release.unpublished',
    ])
    const first = new Date(Date.now() + 2_500)
    const moved = await publishRelease({ embargo: first.toISOString() })
    const later = new Date(Date.now() + 120_000).toISOString()
    const patch = await ctx.api.patch(`/press-releases/${moved.id}`, {
      token: press.token,
      body: { embargo: later, _status: 'published' },
    })
    expect(patch.status, JSON.stringify(patch.body)).toBe(200)

    const unpublished = await publishRelease({ embargo: first.toISOString() })
    const back = await ctx.api.patch(`/press-releases/${unpublished.id}`, {
      token: press.token,
      body: { _status: 'draft' },
    })
    expect(back.status, JSON.stringify(back.body)).toBe(200)

    await waitPast(first)
    await runQueue(ctx.payload)
    await runQueue(ctx.payload)
    expect(receiver.at('/moved')).toHaveLength(0)
    const lifts = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'webhookEmbargoLift' } },
      pagination: false,
      overrideAccess: true,
    })
    const forMoved = lifts.docs.filter(
      (job) => (job.input as { release?: string }).release === String(moved.id),
    )
    expect(forMoved.map((job) => (job.input as { embargo: string }).embargo)).toEqual([
      new Date(later).toISOString(),
    ])
    await deliveriesFor(ctx.payload, hook.id).then((log) => expect(log).toEqual([]))
  })
})

describe('delivery retries and the delivery log', () => {
  it('a receiver answering 500 is retried with growing delays, each attempt logged with its status, same webhook-id', async () => {
    let failures = 3
    receiver.answer = (request) => (request.path === '/flaky' && failures-- > 0 ? 500 : 200)
    const hook = await createWebhook(ctx.api, admin, receiver.url('/flaky'), ['event.published'])
    const created = await ctx.api.post('/events', {
      token: press.token,
      body: {
        title: `Webhook-Abend ${marker('e')}`,
        start: '2031-05-08T17:00:00.000Z',
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id: eventID, slug } = created.body.doc as { id: number; slug: string }

    const gaps: number[] = []
    for (let attempt = 1; attempt <= 4; attempt++) {
      await runQueue(ctx.payload)
      expect(receiver.at('/flaky'), `attempt ${attempt} sent`).toHaveLength(attempt)
      if (attempt === 4) break
      const { docs } = await ctx.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'deliverWebhook' }, completedAt: { exists: false } },
        pagination: false,
        overrideAccess: true,
      })
      const job = docs.find(
        (doc) => (doc.input as { endpoint?: string }).endpoint === String(hook.id),
      )
      expect(job?.waitUntil, 'a retry is scheduled').toBeTruthy()
      const sentAt = receiver.at('/flaky')[attempt - 1]!.at
      gaps.push(new Date(job!.waitUntil!).getTime() - sentAt)
      // Not before its time: a run now leaves it waiting.
      await runQueue(ctx.payload)
      expect(receiver.at('/flaky')).toHaveLength(attempt)
      await waitPast(new Date(job!.waitUntil!))
    }
    // Exponential backoff from 400 ms: about 400, 800, 1600 ms.
    expect(gaps[0]!).toBeGreaterThan(250)
    expect(gaps[1]!).toBeGreaterThan(gaps[0]! * 1.5)
    expect(gaps[2]!).toBeGreaterThan(gaps[1]! * 1.5)

    const received = receiver.at('/flaky')
    expect(new Set(received.map((request) => request.headers['webhook-id'])).size).toBe(1)
    const event = verify(hook.secret, received[3]!)
    expect(event).toMatchObject({
      type: 'event.published',
      data: { id: eventID, publicUrl: `https://kreativeklasse.ruhr/veranstaltungen/${slug}` },
    })

    const log = await deliveriesFor(ctx.payload, hook.id)
    expect(log.map((row) => [row.attempt, row.statusCode, row.succeeded])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 500, false],
      [4, 200, true],
    ])
    expect(log[0]!.error).toBe('HTTP 500')
    expect(log.every((row) => row.webhookId === received[0]!.headers['webhook-id'])).toBe(true)
    expect(log.every((row) => typeof row.durationMs === 'number')).toBe(true)
    receiver.answer = () => 200
  })
})

describe('secret rotation', () => {
  it('after rotation both secrets verify during the grace period, then only the new one', async () => {
    const hook = await createWebhook(ctx.api, admin, receiver.url('/rotate'), [
      'press-release.published',
    ])

    const refused = await ctx.api.post(`/webhooks/${hook.id}/rotate-secret`, { token: press.token })
    expect(refused.status).toBe(403)

    const rotated = await ctx.api.post(`/webhooks/${hook.id}/rotate-secret`, { token: admin.token })
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200)
    const doc = rotated.body.doc as {
      secret: string
      previousSecret: string
      previousSecretValidUntil: string
    }
    expect(doc.secret).not.toBe(hook.secret)
    expect(doc.previousSecret).toBe(hook.secret)
    const grace = new Date(doc.previousSecretValidUntil).getTime() - Date.now()
    expect(grace).toBeGreaterThan(23.9 * 3600_000)
    expect(grace).toBeLessThanOrEqual(24 * 3600_000)

    await publishRelease()
    await runQueue(ctx.payload)
    const [during] = receiver.at('/rotate')
    expect(String(during!.headers['webhook-signature']).split(' ')).toHaveLength(2)
    expect(verify(doc.secret, during!).type).toBe('press-release.published')
    expect(verify(hook.secret, during!).type).toBe('press-release.published')

    // A client cannot set the secret by a plain update; the admin's "rotate" checkbox rotates again.
    const sneaky = await ctx.api.patch(`/webhooks/${hook.id}`, {
      token: admin.token,
      body: { secret: 'whsec_AAAA', previousSecret: 'x' },
    })
    expect(sneaky.status, JSON.stringify(sneaky.body)).toBe(200)
    expect(sneaky.body.doc.secret).toBe(doc.secret)
    expect(sneaky.body.doc.previousSecret).toBe(hook.secret)
    const viaCheckbox = await ctx.api.patch(`/webhooks/${hook.id}`, {
      token: admin.token,
      body: { rotateSecret: true },
    })
    expect(viaCheckbox.status).toBe(200)
    const third = viaCheckbox.body.doc as { secret: string; previousSecret: string }
    expect(third.secret).not.toBe(doc.secret)
    expect(third.previousSecret).toBe(doc.secret)

    // The grace period is over: the old secret no longer signs.
    await ctx.payload.db.updateOne({
      collection: 'webhooks',
      id: hook.id,
      data: { previousSecretValidUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await publishRelease()
    await runQueue(ctx.payload)
    const after = receiver.at('/rotate')[1]!
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1)
    expect(verify(third.secret, after).type).toBe('press-release.published')
    expect(() => verify(doc.secret, after)).toThrow()
  })
})

describe('takedowns and withdrawn consent', () => {
  it('photo.withdrawn lists every file URL of the photo; member.consent-withdrawn the portrait', async () => {
    const hook = await createWebhook(ctx.api, admin, receiver.url('/takedown'), [
      'photo.withdrawn',
      'member.consent-withdrawn',
    ])
    const file = await fileFor('photos')
    const photo = await ctx.payload.create({
      collection: 'photos',
      data: {
        alt: 'Gruppenfoto',
        credit: 'Test',
        licence: 'editorial-with-credit',
        legalBasis: 'public-event',
      },
      file,
      overrideAccess: true,
    })
    const member = await ctx.payload.create({
      collection: 'members',
      data: {
        name: `Mitglied ${marker('m')}`,
        kind: 'freelancer',
        portrait: photo.id,
        consent: { given: true },
      },
      overrideAccess: true,
    })

    const withdrawn = await ctx.api.patch(`/members/${member.id}`, {
      token: admin.token,
      body: { consent: { given: false } },
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const takedown = await ctx.api.patch(`/photos/${photo.id}`, {
      token: admin.token,
      body: { withdrawn: true },
    })
    expect(takedown.status, JSON.stringify(takedown.body)).toBe(200)
    await runQueue(ctx.payload)

    const events = receiver.at('/takedown').map((request) => verify(hook.secret, request))
    const consent = events.find((event) => event.type === 'member.consent-withdrawn')
    const photoEvent = events.find((event) => event.type === 'photo.withdrawn')
    expect(consent?.data).toMatchObject({ id: member.id, publicUrl: null })
    type StoredPhoto = { id: number; filename: string; renditions?: { filename: string }[] }
    const stored = (await ctx.payload.db.findOne<StoredPhoto>({
      collection: 'photos',
      where: { id: { equals: photo.id } },
    }))!
    const files = [
      stored.filename,
      ...(stored.renditions ?? []).map((rendition) => rendition.filename),
    ]
      .filter((name): name is string => Boolean(name))
      .map((name) => `/api/photos/file/${encodeURIComponent(name)}`)
    expect(files.length).toBeGreaterThan(5)
    expect(consent?.data.purge).toEqual(
      expect.arrayContaining([
        `/api/members/${member.id}`,
        `/api/photos/file/${encodeURIComponent(stored.filename)}`,
      ]),
    )
    expect(photoEvent?.data.purge).toEqual(
      expect.arrayContaining([`/api/photos/${photo.id}`, ...files]),
    )
  })
})

describe('deliveries and the public response cache', () => {
  it('an overdue delivery retry does not shorten how long public answers may be cached', async () => {
    receiver.answer = (request) => (request.path === '/down' ? 500 : 200)
    await createWebhook(ctx.api, admin, receiver.url('/down'), ['event.published'])
    const created = await ctx.api.post('/events', {
      token: press.token,
      body: {
        title: `Cache-Abend ${marker('e')}`,
        start: '2031-06-08T17:00:00.000Z',
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    await runQueue(ctx.payload)
    expect(receiver.at('/down')).toHaveLength(1)
    const { docs } = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverWebhook' }, completedAt: { exists: false } },
      pagination: false,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    await waitPast(new Date(docs[0]!.waitUntil!))

    const response = await ctx.api.get('/venues')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=30, s-maxage=60, stale-while-revalidate=30',
    )

    receiver.answer = () => 200
    await runQueue(ctx.payload)
    expect(receiver.at('/down')).toHaveLength(2)
  })
})
