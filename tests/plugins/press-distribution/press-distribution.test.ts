/**
 * The press office publishes a release under Sperrfrist with "An den Presseverteiler senden":
 * every subscribed journalist (by topic and language) gets a mail with the Sperrfrist in the
 * subject and a personal link that opens the release before the public sees it. Sending runs in
 * the jobs queue, one delivery per recipient, logged on the release.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { marker } from '../../helpers/content'
import { TestInbox } from '../../helpers/mail'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let inbox: TestInbox
let press: TestUser
let editor: TestUser

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()
const text = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body))
const address = (label: string) => `${label}-${randomBytes(4).toString('hex')}@redaktion.example`

beforeAll(async () => {
  inbox = await TestInbox.start()
  Object.assign(process.env, inbox.env())
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

afterAll(async () => {
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
  await inbox?.stop()
})

async function contact(
  email: string,
  data: {
    language?: 'de' | 'en'
    status?: 'subscribed' | 'unsubscribed' | 'pending'
    topics?: string[]
  } = {},
) {
  return ctx.payload.create({
    collection: 'press-contacts',
    data: {
      name: 'Test Journalist',
      outlet: 'WAZ',
      email,
      language: data.language ?? 'de',
      status: data.status ?? 'subscribed',
      topics: (data.topics ?? ['design']) as never,
      consentSource: 'staff',
      legalBasis: 'Art. 6 Abs. 1 lit. f DSGVO, bestehender Pressekontakt',
    },
    overrideAccess: true,
  })
}

/** Runs the queue until it is empty (the send job queues one job per recipient). */
async function runQueue() {
  for (let round = 0; round < 5; round++)
    await ctx.payload.jobs.run({ limit: 100, queue: 'press-mail' })
}

/** Requests a URL from a mail through the real route handlers. */
const follow = (url: string) =>
  ctx.api.get(new URL(url).pathname.replace(/^\/api/, '') + new URL(url).search)

describe('sending a release to the press list', () => {
  it('two journalists get the release with the Sperrfrist in the subject and their own link; the public still sees nothing', async () => {
    const jana = address('jana')
    const ole = address('ole')
    const left = address('left')
    const other = address('other')
    await contact(jana)
    await contact(ole, { language: 'en' })
    await contact(left, { status: 'unsubscribed' })
    await contact(other, { topics: ['architecture'] })

    const title = marker('Sperrfrist-Versand')
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title,
        teaser: 'Ein Anreißer.',
        _status: 'published',
        embargo: inHours(2),
        distribution: { send: true, topics: ['design'] },
      },
    })
    expect(created.status, text(created.body)).toBe(201)
    const id = created.body.doc.id as number
    // The tick is used up by this publication; the next one sends nothing unless ticked again.
    expect(created.body.doc.distribution.send).toBe(false)
    await runQueue()

    const german = await inbox.waitForMail(jana)
    expect(german.subject).toMatch(
      new RegExp(`^SPERRFRIST: \\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2} Uhr – ${title}$`),
    )
    expect(german.text).toContain('Veröffentlichung erst nach Ablauf der Sperrfrist')
    expect(german.html).toContain(title)
    expect(german.header('list-unsubscribe')).toMatch(
      /^<https?:\/\/\S+\/api\/press-contacts\/unsubscribe\?token=/,
    )
    expect(german.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const english = await inbox.waitForMail(ole)
    expect(english.subject).toMatch(
      /^EMBARGOED UNTIL \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} \(Berlin time\) – /,
    )

    const links = [german, english].map(
      (mail) => /https?:\/\/\S+\/api\/press-preview\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0],
    )
    expect(links[0]).toBeTruthy()
    expect(links[1]).toBeTruthy()
    expect(links[0]).not.toBe(links[1])
    for (const link of links) {
      const page = await follow(link!)
      expect(page.status).toBe(200)
      expect(text(page.body)).toContain(title)
    }
    expect((await ctx.api.get(`/press-releases/${id}`)).status).toBe(404)

    expect(inbox.mailsTo(left)).toEqual([])
    expect(inbox.mailsTo(other)).toEqual([])
    // Other tests' contacts may share the topic: the log holds exactly the subscribed "design" readers.
    const expected = await ctx.payload.find({
      collection: 'press-contacts',
      where: { and: [{ status: { equals: 'subscribed' } }, { topics: { in: ['design'] } }] },
      pagination: false,
      overrideAccess: true,
    })
    const log = await ctx.api.get('/press-deliveries', {
      token: press.token,
      query: { where: { release: { equals: id } }, limit: 100 },
    })
    expect(log.status).toBe(200)
    const delivered = log.body.docs
      .map((delivery: { email: string; status: string }) => `${delivery.email}:${delivery.status}`)
      .sort()
    expect(delivered).toEqual(expected.docs.map((reader) => `${reader.email}:sent`).sort())
    expect(delivered).toEqual(expect.arrayContaining([`${jana}:sent`, `${ole}:sent`]))
    const sends = await ctx.api.get('/press-sends', {
      token: press.token,
      query: { where: { release: { equals: id } } },
    })
    expect(sends.body.docs[0]).toMatchObject({ status: 'done', recipients: expected.totalDocs })
  })

  it('draft saves and autosave never send, whatever the box says; a later publication without the tick sends nothing', async () => {
    const reader = address('draft')
    await contact(reader)
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      query: { draft: 'true' },
      body: {
        title: marker('Entwurf'),
        teaser: 'Ein Anreißer.',
        embargo: inHours(2),
        distribution: { send: true },
      },
    })
    expect(created.status, text(created.body)).toBe(201)
    const id = created.body.doc.id
    await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      query: { draft: 'true', autosave: 'true' },
      body: { teaser: 'Geändert.' },
    })
    await runQueue()
    expect(inbox.mailsTo(reader)).toEqual([])
    expect(
      (
        await ctx.payload.count({
          collection: 'press-sends',
          where: { release: { equals: id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)

    // Published now: the tick saved in the draft sends once.
    await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      body: { _status: 'published' },
    })
    await runQueue()
    await inbox.waitForMail(reader)
    await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      body: { teaser: 'Noch einmal veröffentlicht.', _status: 'published' },
    })
    await runQueue()
    expect(inbox.mailsTo(reader)).toHaveLength(1)
  })

  it('someone who unsubscribes after the send was queued receives nothing (skipped in the log)', async () => {
    const leaving = address('leaving')
    const leavingContact = await contact(leaving)
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: marker('Abmeldung'),
        teaser: 'Ein Anreißer.',
        _status: 'published',
        embargo: inHours(2),
        distribution: { send: true },
      },
    })
    const id = created.body.doc.id
    await ctx.payload.jobs.run({
      limit: 100,
      queue: 'press-mail',
      where: { taskSlug: { equals: 'pressSend' } },
    })
    await ctx.payload.update({
      collection: 'press-contacts',
      id: leavingContact.id,
      data: { status: 'unsubscribed' },
      overrideAccess: true,
    })
    await runQueue()
    expect(inbox.mailsTo(leaving)).toEqual([])
    const { docs } = await ctx.payload.find({
      collection: 'press-deliveries',
      where: { and: [{ release: { equals: id } }, { email: { equals: leaving } }] },
      overrideAccess: true,
    })
    expect(docs[0]?.status).toBe('skipped')
  })

  it('only press and admin can tick the box or read sends and deliveries', async () => {
    const draft = await ctx.api.post('/press-releases', {
      token: editor.token,
      query: { draft: 'true' },
      body: { title: marker('Redaktion'), teaser: 'Ein Anreißer.', distribution: { send: true } },
    })
    expect(draft.status, text(draft.body)).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'press-releases',
      id: draft.body.doc.id,
      draft: true,
      overrideAccess: true,
    })
    expect(stored.distribution?.send).toBeFalsy()
    for (const token of [undefined, editor.token]) {
      expect((await ctx.api.get('/press-sends', { token })).status).toBe(403)
      expect((await ctx.api.get('/press-deliveries', { token })).status).toBe(403)
    }
    const anonymous = await ctx.api.get(`/press-releases`, { query: { limit: 1 } })
    expect(text(anonymous.body)).not.toContain('"distribution"')
  })
})
