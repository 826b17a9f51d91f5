import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { clearWebhooks, createWebhook, deliveriesFor, runQueue } from './helpers'
import { Receiver } from './receiver'

let ctx: TestContext
let admin: TestUser
let receiver: Receiver
// NODE_ENV is typed read-only; the plugin reads it at each check, so a test may switch it.
const env = process.env as Record<string, string | undefined>
const originalNodeEnv = env.NODE_ENV

beforeAll(async () => {
  ctx = await bootPayload()
  await clearWebhooks(ctx.payload)
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
  receiver = await new Receiver().start()
})

afterAll(async () => {
  await clearWebhooks(ctx.payload)
  await receiver?.stop()
})

afterEach(() => {
  env.NODE_ENV = originalNodeEnv
  delete process.env.WEBHOOKS_ALLOW_PRIVATE
})

/**
 * The plugin reads NODE_ENV and WEBHOOKS_ALLOW_PRIVATE at each check, so a test can switch to
 * production rules for a single save or queue run; the rest of Payload was configured at boot.
 */
async function inProduction<T>(run: () => Promise<T>): Promise<T> {
  env.NODE_ENV = 'production'
  try {
    return await run()
  } finally {
    env.NODE_ENV = originalNodeEnv
  }
}

const save = (url: string) =>
  ctx.api.post('/webhooks', {
    token: admin.token,
    body: { name: `SSRF ${marker('s')}`, url, events: ['press-release.published'] },
  })

describe('webhook receivers: no internal addresses in production', () => {
  it('at save time, internal addresses and plain http are refused with a German and English 400', async () => {
    // Switched on in the environment, it is still ignored in production.
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'
    const refused = [
      ['http://127.0.0.1:8080/hook', /nur https:\/\/.*only https:\/\//i],
      ['https://127.0.0.1/hook', /interne Adresse \(127\.0\.0\.1\).*internal address/],
      [
        'https://localhost/hook',
        /localhost zeigt auf eine interne Adresse.*points to an internal address/,
      ],
      ['https://[::1]/hook', /internal address/],
      ['https://10.0.0.5/hook', /internal address/],
      ['https://192.168.1.10/hook', /internal address/],
      ['https://169.254.169.254/latest/meta-data', /internal address/],
      ['https://100.64.1.1/hook', /internal address/],
      ['https://[fd00::1]/hook', /internal address/],
      ['https://[::ffff:127.0.0.1]/hook', /internal address/],
      ['https://0.0.0.0/hook', /internal address/],
    ] as const
    for (const [url, message] of refused) {
      const response = await inProduction(() => save(url))
      expect(response.status, `${url}: ${JSON.stringify(response.body)}`).toBe(400)
      expect(JSON.stringify(response.body), url).toMatch(message)
    }
    for (const url of ['https://hooks.example.com/kreative-klasse', 'https://93.184.215.14/hook']) {
      const response = await inProduction(() => save(url))
      expect(response.status, `${url}: ${JSON.stringify(response.body)}`).toBe(201)
    }
  })

  it('outside production, localhost receivers need WEBHOOKS_ALLOW_PRIVATE=true', async () => {
    const without = await save(receiver.url('/dev'))
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toMatch(/internal address \(127\.0\.0\.1\)/)
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'
    expect((await save(receiver.url('/dev'))).status).toBe(201)

    // A name goes through the guarded lookup, whose checked address the socket then connects to.
    const byName = await createWebhook(ctx.api, admin, receiver.url('/by-name', 'localhost'), [
      'event.published',
    ])
    const created = await ctx.api.post('/events', {
      token: admin.token,
      body: {
        title: `SSRF-Abend ${marker('e')}`,
        start: '2031-05-08T17:00:00.000Z',
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await runQueue(ctx.payload)
    const log = await deliveriesFor(ctx.payload, byName.id)
    // The receiver listens on 127.0.0.1 only: if localhost resolves to ::1 first, Node's
    // autoSelectFamily tries 127.0.0.1 next, among the addresses the lookup returned.
    expect(log.map((row) => [row.statusCode, row.error])).toEqual([[200, null]])
    expect(receiver.at('/by-name')).toHaveLength(1)
  })

  it('at delivery time, production refuses http and names that resolve to loopback; nothing reaches the receiver', async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'
    const plain = await createWebhook(ctx.api, admin, receiver.url('/plain'), [
      'press-release.published',
    ])
    // https and a name: only the resolved address (127.0.0.1 / ::1) gives it away, at connection time.
    const named = await createWebhook(
      ctx.api,
      admin,
      receiver.url('/named', 'localhost', 'https'),
      ['press-release.published'],
    )
    const published = await ctx.payload.create({
      collection: 'press-releases',
      data: { title: `SSRF-Mitteilung ${marker('r')}`, teaser: 'Anreißer.', _status: 'published' },
      overrideAccess: true,
    })
    expect(published._status).toBe('published')

    await inProduction(() => runQueue(ctx.payload))
    expect(
      receiver.received.filter((request) => request.path === '/plain' || request.path === '/named'),
    ).toEqual([])

    const [plainLog] = await deliveriesFor(ctx.payload, plain.id)
    expect(plainLog).toMatchObject({ attempt: 1, succeeded: false, statusCode: null })
    expect(plainLog!.error).toMatch(/only https:\/\//)
    const [namedLog] = await deliveriesFor(ctx.payload, named.id)
    expect(namedLog).toMatchObject({ attempt: 1, succeeded: false, statusCode: null })
    expect(namedLog!.error).toMatch(
      /localhost points to an internal address \((127\.0\.0\.1|::1)\)/,
    )

    // The same queued deliveries outside production (private allowed) do reach the receiver:
    // the refusal above was the guard, not a broken receiver.
    await ctx.payload.db.updateMany({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverWebhook' } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await runQueue(ctx.payload)
    expect(receiver.at('/plain')).toHaveLength(1)
  })
})
