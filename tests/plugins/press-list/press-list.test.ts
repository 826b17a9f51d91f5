/**
 * The press list (Presseverteiler) against a real SMTP server: double opt-in, answers that reveal
 * nothing about an address, one-click unsubscribe from the mail's own List-Unsubscribe header,
 * staff additions with a legal basis, and that nobody but press and admin sees the list.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { PRESS_LIST_SIGNUP } from '../../../collections/hooks/pressContactConsent'
import type { PressContact } from '../../../payload-types'
import { de } from '../../../src/i18n/translations'
import { databasePool } from '../../../src/lib/database/resilience'
import { renderMail } from '../../../src/lib/mail/layout'
import { sendPressListMail } from '../../../src/lib/mail/listMail'
import { listFooter } from '../../../src/lib/mail/templates/pressList'
import { clearRateLimits } from '../../../src/lib/rateLimits/store'
import { type ReceivedMail, TestInbox } from '../../helpers/mail'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let inbox: TestInbox
const users: Record<'admin' | 'press' | 'editor' | 'member', TestUser> = {} as never

const address = (label: string) => `${label}-${randomBytes(4).toString('hex')}@redaktion.example`

beforeAll(async () => {
  inbox = await TestInbox.start()
  Object.assign(process.env, inbox.env())
  ctx = await bootPayload()
  // The sign-up limits are part of what is tested here (RATE_LIMIT_SIGNUPS/…_MAILS at their defaults).
  process.env.RATE_LIMITS = 'on'
  for (const role of ['admin', 'press', 'editor', 'member'] as const)
    users[role] = await createUser(ctx.payload, ctx.api, [role])
})

afterAll(async () => {
  process.env.RATE_LIMITS = 'off'
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
  await inbox?.stop()
})

beforeEach(async () => {
  await clearRateLimits(databasePool(ctx.payload))
})

const signUp = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  ctx.api.post('/press-contacts/subscribe', { body, headers })

/** The first link in the mail's text below `/api/press-contacts/<endpoint>`. */
function linkIn(mail: ReceivedMail, endpoint: 'confirm' | 'unsubscribe'): URL {
  const found = new RegExp(
    `https?://\\S+/api/press-contacts/${endpoint}\\?token=[A-Za-z0-9_.%-]+`,
  ).exec(mail.text)
  if (!found) throw new Error(`no ${endpoint} link in: ${mail.text}`)
  return new URL(found[0])
}

/** Requests a URL taken from a mail through the real route handlers (the mail names the server's address). */
const follow = (
  url: URL,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) =>
  ctx.api.raw(
    new Request(ctx.api.url(url.pathname.replace(/^\/api/, '') + url.search), {
      method: init.method ?? 'GET',
      body: init.body,
      headers: init.headers,
    }),
  )

async function contactByEmail(email: string): Promise<PressContact | undefined> {
  const { docs } = await ctx.payload.find({
    collection: 'press-contacts',
    where: { email: { equals: email } },
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
  })
  return docs[0]
}

async function subscribedContact(
  email: string,
  language: 'de' | 'en' = 'de',
): Promise<PressContact> {
  return ctx.payload.create({
    collection: 'press-contacts',
    data: {
      email,
      name: 'Ruth Redaktion',
      language,
      status: 'subscribed',
      consentSource: 'double-opt-in',
      consentAt: new Date().toISOString(),
    },
    overrideAccess: true,
    context: { [PRESS_LIST_SIGNUP]: true },
  })
}

describe('double opt-in', () => {
  it('a journalist signs up, gets a German confirmation mail, follows its link and is subscribed with consent recorded', async () => {
    const email = address('anna')
    const answer = await signUp({
      email: email.toUpperCase(),
      name: 'Anna Artikel',
      outlet: 'WAZ Essen',
      language: 'de',
      topics: ['design', 'art'],
    })
    expect(answer.status).toBe(202)
    expect(await contactByEmail(email)).toMatchObject({
      status: 'pending',
      consentAt: null,
      name: 'Anna Artikel',
      outlet: 'WAZ Essen',
      topics: ['design', 'art'],
    })

    const mail = await inbox.waitForMail(email)
    expect(mail.subject).toBe('Bitte bestätigen: Presseverteiler der Kreativen Klasse')
    expect(mail.from).toBe('presse@kreativeklasse.ruhr')
    expect(mail.text).toContain('Guten Tag Anna Artikel,')
    expect(mail.html).toContain('Anmeldung bestätigen')
    // Nothing but a confirmation: a pending address gets no list mail and so no unsubscribe header.
    expect(mail.header('List-Unsubscribe')).toBeUndefined()
    const link = linkIn(mail, 'confirm')
    expect(mail.html).toContain(link.search.replace(/&/g, '&amp;'))

    const confirmed = await follow(link)
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.message).toMatch(/bestätigt.*\/.*confirmed/)
    const contact = await contactByEmail(email)
    expect(contact).toMatchObject({ status: 'subscribed', consentSource: 'double-opt-in' })
    expect(Date.now() - new Date(contact!.consentAt!).getTime()).toBeLessThan(60_000)

    // A second click (or a mail scanner after the person) changes nothing and answers the same.
    const again = await follow(link)
    expect(again.status).toBe(200)
    expect((await contactByEmail(email))!.consentAt).toBe(contact!.consentAt)
  })

  it('an English sign-up gets the mail in English and a person clicking sees a page, not JSON', async () => {
    const email = address('john')
    expect((await signUp({ email, name: 'John Journal', language: 'en' })).status).toBe(202)
    const mail = await inbox.waitForMail(email)
    expect(mail.subject).toBe('Please confirm: Kreative Klasse press list')
    expect(mail.text).toContain('Dear John Journal,')
    const page = await follow(linkIn(mail, 'confirm'), {
      headers: { accept: 'text/html,application/xhtml+xml' },
    })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    expect(page.body).toContain('Anmeldung ist bestätigt')
  })

  it('an expired confirmation link is refused with 410 and the contact stays pending; unknown and malformed links are 404 and 400', async () => {
    const email = address('late')
    await signUp({ email, name: 'Lena Later' })
    const link = linkIn(await inbox.waitForMail(email), 'confirm')
    const contact = (await contactByEmail(email))!
    await ctx.payload.update({
      collection: 'press-contacts',
      id: contact.id,
      data: { confirmationExpiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
      context: { [PRESS_LIST_SIGNUP]: true },
    })

    const expired = await follow(link)
    expect(expired.status).toBe(410)
    expect(expired.body.errors[0].message).toMatch(/abgelaufen.*\/.*expired/)
    expect((await contactByEmail(email))!.status).toBe('pending')

    const unknown = await ctx.api.get(
      `/press-contacts/confirm?token=${randomBytes(32).toString('base64url')}`,
    )
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toMatch(/ungültig.*\/.*invalid/)
    expect((await ctx.api.get('/press-contacts/confirm?token=x')).status).toBe(400)
    expect((await ctx.api.get('/press-contacts/confirm')).status).toBe(400)
  })

  it('signing up again replaces the earlier link: only the newest confirms', async () => {
    const email = address('twice')
    await signUp({ email, name: 'Tom Twice' })
    const first = linkIn(await inbox.waitForMail(email), 'confirm')
    await signUp({ email, name: 'Tom Twice' })
    const second = linkIn(await inbox.waitForMail(email), 'confirm')
    expect((await follow(first)).status).toBe(404)
    expect((await follow(second)).status).toBe(200)
    expect((await contactByEmail(email))!.status).toBe('subscribed')
  })
})

describe('answers that reveal nothing about an address', () => {
  it('unknown, pending, subscribed and unsubscribed addresses get the same status, body and (padded) timing', async () => {
    const pending = address('pending')
    await signUp({ email: pending, name: 'Paula Pending' })
    await inbox.waitForMail(pending)
    const subscribed = address('subscribed')
    await subscribedContact(subscribed)
    const unsubscribed = address('unsubscribed')
    const gone = await subscribedContact(unsubscribed)
    await ctx.payload.update({
      collection: 'press-contacts',
      id: gone.id,
      data: { status: 'unsubscribed' },
      overrideAccess: true,
    })
    const unknown = address('unknown')

    const answers = []
    for (const email of [unknown, pending, subscribed, unsubscribed]) {
      const started = performance.now()
      const response = await signUp({ email, name: 'Someone' })
      answers.push({
        status: response.status,
        body: response.body,
        ms: performance.now() - started,
      })
    }
    for (const answer of answers) {
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: answers[0]!.status,
        body: answers[0]!.body,
      })
      expect(answer.ms).toBeGreaterThanOrEqual(295)
    }
    expect(answers[0]!.status).toBe(202)
    expect(
      Math.max(...answers.map((a) => a.ms)) - Math.min(...answers.map((a) => a.ms)),
    ).toBeLessThan(400)

    // What differs goes only to the address's owner: a subscribed address gets no new confirmation
    // link but a note (with its way out), and stays subscribed; the others get a confirmation.
    const note = await inbox.waitForMail(subscribed)
    expect(note.subject).toBe('Sie sind bereits im Presseverteiler der Kreativen Klasse')
    expect(note.text).not.toContain('/confirm?')
    expect(note.header('List-Unsubscribe')).toContain('/api/press-contacts/unsubscribe?token=')
    expect((await contactByEmail(subscribed))!.status).toBe('subscribed')
    for (const email of [unknown, pending, unsubscribed])
      linkIn(await inbox.waitForMail(email), 'confirm')
    // An unsubscribed address is back on the list only once its owner confirms.
    expect((await contactByEmail(unsubscribed))!.status).toBe('unsubscribed')
  })

  it('at most three mails a day reach one address, however often it is signed up (same answer every time)', async () => {
    const email = address('flood')
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await signUp({ email, name: 'Fiona Flood' })).status).toBe(202)
    for (let received = 0; received < 3; received++) await inbox.waitForMail(email)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(inbox.mailsTo(email)).toHaveLength(3)
  })

  it('one client address is limited to 20 sign-ups an hour (429 with Retry-After), others are not', async () => {
    const client = { 'x-forwarded-for': '203.0.113.7' }
    for (let attempt = 0; attempt < 20; attempt++)
      expect((await signUp({ email: 'not-an-address', name: 'x' }, client)).status).toBe(400)
    const refused = await signUp({ email: address('late'), name: 'x' }, client)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000)
    expect(refused.body.errors[0].message).toMatch(/Zu viele.*\/.*Too many/)
    expect(
      (await signUp({ email: 'not-an-address', name: 'x' }, { 'x-forwarded-for': '203.0.113.8' }))
        .status,
    ).toBe(400)
  })

  it('bad sign-ups are a 400 naming the field in German and English, and store nothing', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ name: 'No Mail' }, /E-Mail-Adresse.*\/.*e-mail address/],
      [{ email: 'a@b', name: 'x' }, /E-Mail-Adresse/],
      [{ email: address('noname') }, /Namen.*\/.*name/],
      [{ email: address('lang'), name: 'x', language: 'fr' }, /„language“.*"language"/],
      [{ email: address('topic'), name: 'x', topics: ['cooking'] }, /„topics“.*"topics"/],
      [{ email: address('outlet'), name: 'x', outlet: 'o'.repeat(201) }, /„outlet“/],
    ]
    for (const [body, message] of cases) {
      const answer = await signUp(body as Record<string, unknown>)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.body.errors[0].message).toMatch(message)
    }
    const { totalDocs } = await ctx.payload.count({
      collection: 'press-contacts',
      where: { name: { equals: 'x' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
    const notJson = await ctx.api.raw(
      new Request(ctx.api.url('/press-contacts/subscribe'), {
        method: 'POST',
        body: 'email=a@b.de',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    )
    expect(notJson.status).toBe(415)
  })
})

describe('one-click unsubscribe (RFC 8058)', () => {
  it('a list mail carries List-Unsubscribe and List-Unsubscribe-Post; GET only asks, POSTing List-Unsubscribe=One-Click unsubscribes', async () => {
    const email = address('leaving')
    const contact = await subscribedContact(email, 'en')
    const content = renderMail({
      language: 'en',
      subject: 'Press release: Extraklasse 2027',
      blocks: [{ paragraph: 'Festival news.' }],
      footer: listFooter('en', 'see header'),
    })
    await sendPressListMail(ctx.payload, contact, content)
    const mail = await inbox.waitForMail(email)
    expect(mail.subject).toBe('Press release: Extraklasse 2027')
    expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    const header = mail.header('List-Unsubscribe')!
    const [https, mailto] = [...header.matchAll(/<([^>]+)>/g)].map((match) => match[1]!)
    expect(mailto).toMatch(/^mailto:presse@kreativeklasse\.ruhr\?subject=/)
    const url = new URL(https!)
    expect(url.pathname).toBe('/api/press-contacts/unsubscribe')

    // Mail scanners prefetch links: a GET shows a button and changes nothing.
    const page = await follow(url, { headers: { accept: 'text/html' } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<form method="post"')
    expect((await contactByEmail(email))!.status).toBe('subscribed')

    const oneClick = await follow(url, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(oneClick.status).toBe(200)
    expect(oneClick.body.message).toMatch(/abgemeldet.*\/.*unsubscribed/)
    const after = (await contactByEmail(email))!
    expect(after.status).toBe('unsubscribed')
    expect(after.unsubscribedAt).toBeTruthy()
    expect(
      (
        await follow(url, {
          method: 'POST',
          body: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).status,
    ).toBe(200)

    // And nothing is sent to the list to someone who left.
    await expect(sendPressListMail(ctx.payload, after, content)).rejects.toThrow(/not subscribed/)
  })

  it('a forged or altered unsubscribe token is refused and unsubscribes nobody', async () => {
    const email = address('stays')
    const contact = await subscribedContact(email)
    for (const token of [`${contact.id}.${'A'.repeat(43)}`, `${contact.id}`, 'abc', '']) {
      const answer = await ctx.api.raw(
        new Request(ctx.api.url(`/press-contacts/unsubscribe?token=${encodeURIComponent(token)}`), {
          method: 'POST',
          body: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      )
      expect(answer.status, token).toBe(404)
    }
    expect((await contactByEmail(email))!.status).toBe('subscribed')
  })

  it('a confirmation link still in the inbox does not put someone back on the list after they left', async () => {
    const email = address('oldlink')
    await signUp({ email, name: 'Olga Oldlink' })
    const link = linkIn(await inbox.waitForMail(email), 'confirm')
    expect((await follow(link)).status).toBe(200)
    const contact = (await contactByEmail(email))!
    await sendPressListMail(
      ctx.payload,
      contact,
      renderMail({ language: 'de', subject: 'PM', blocks: [{ paragraph: 'x' }], footer: [] }),
    )
    const unsubscribe = new URL(
      /<(http[^>]+)>/.exec((await inbox.waitForMail(email)).header('List-Unsubscribe')!)![1]!,
    )
    expect(
      (
        await follow(unsubscribe, {
          method: 'POST',
          body: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).status,
    ).toBe(200)
    expect((await follow(link)).status).toBe(404)
    expect((await contactByEmail(email))!.status).toBe('unsubscribed')
  })
})

describe('who sees and edits the press list', () => {
  let contact: PressContact

  beforeAll(async () => {
    contact = await subscribedContact(address('private'))
  })

  it('anonymous readers, members and editors cannot read the list over REST (list, by ID, count)', async () => {
    for (const token of [undefined, users.member.token, users.editor.token]) {
      const list = await ctx.api.get('/press-contacts', { token })
      expect(list.status, `list as ${token ? 'user' : 'anonymous'}`).toBe(403)
      expect(JSON.stringify(list.body)).not.toContain(contact.email)
      expect((await ctx.api.get(`/press-contacts/${contact.id}`, { token })).status).toBe(403)
      expect((await ctx.api.get('/press-contacts/count', { token })).status).toBe(403)
    }
  })

  it('anonymous readers, members and editors cannot read the list over GraphQL', async () => {
    for (const token of [undefined, users.member.token, users.editor.token]) {
      const list = await ctx.api.graphql('{ PressContacts { docs { email } } }', undefined, {
        token,
      })
      expect(list.body.data?.PressContacts ?? null).toBeNull()
      expect(list.body.errors?.[0]?.message).toBeTruthy()
      const byID = await ctx.api.graphql(
        'query ($id: Int!) { PressContact(id: $id) { email } }',
        { id: contact.id },
        { token },
      )
      expect(JSON.stringify(byID.body)).not.toContain(contact.email)
    }
  })

  it('the admin hides the press list from editors and members (permissions say no), shows it to press and admin', async () => {
    // Payload leaves out what a user may not do at all; the admin builds its navigation from this.
    for (const role of ['member', 'editor'] as const) {
      const access = await ctx.api.get('/access', { token: users[role].token })
      expect(access.status).toBe(200)
      expect(access.body.collections['press-releases'], role).toBeDefined()
      expect(access.body.collections['press-contacts'], role).toBeUndefined()
    }
    for (const role of ['press', 'admin'] as const) {
      const access = await ctx.api.get('/access', { token: users[role].token })
      expect(access.body.collections['press-contacts'], role).toMatchObject({
        read: true,
        create: true,
        update: true,
        delete: true,
      })
    }
    const hidden = ctx.config.collections.find(
      (collection) => collection.slug === 'press-contacts',
    )!.admin.hidden as (args: { user: unknown }) => boolean
    expect([
      hidden({ user: { roles: ['editor'] } }),
      hidden({ user: { roles: ['member'] } }),
      hidden({ user: { roles: ['press'] } }),
      hidden({ user: { roles: ['admin'] } }),
    ]).toEqual([true, true, false, false])
  })

  it('press and admin read the list, but never the confirmation token, over REST or GraphQL', async () => {
    const email = address('token')
    await signUp({ email, name: 'Tina Token' })
    await inbox.waitForMail(email)
    const stored = (await contactByEmail(email))!
    expect(stored.confirmationTokenHash).toMatch(/^[0-9a-f]{64}$/)
    for (const role of ['press', 'admin'] as const) {
      const rest = await ctx.api.get(`/press-contacts/${stored.id}`, { token: users[role].token })
      expect(rest.status).toBe(200)
      expect(rest.body.email).toBe(email)
      expect(rest.body).not.toHaveProperty('confirmationTokenHash')
      const gql = await ctx.api.graphql(
        'query ($id: Int!) { PressContact(id: $id) { email confirmationTokenHash } }',
        { id: stored.id },
        { token: users[role].token },
      )
      expect(gql.body.data.PressContact.email).toBe(email)
      expect(gql.body.data.PressContact.confirmationTokenHash).toBeNull()
      // Nor can it be probed by filtering on it.
      const probe = await ctx.api.get('/press-contacts', {
        token: users[role].token,
        query: { where: { confirmationTokenHash: { equals: stored.confirmationTokenHash } } },
      })
      expect(JSON.stringify(probe.body)).not.toContain(email)
    }
  })

  it('the press office adds a journalist only with a legal basis; consent source and date are recorded, not typed; the address is stored in lower case and once', async () => {
    const email = address('staff')
    const contactForEdit = await subscribedContact(address('edit'))
    const withoutBasis = await ctx.api.post('/press-contacts', {
      token: users.press.token,
      body: { email, name: 'Sven Staff' },
    })
    expect(withoutBasis.status).toBe(400)
    // In the requester's language, German by default (src/i18n).
    expect(JSON.stringify(withoutBasis.body)).toContain(de.legalBasisMissing)

    const added = await ctx.api.post('/press-contacts', {
      token: users.press.token,
      body: {
        email: `  ${email.toUpperCase()} `,
        name: 'Sven Staff',
        legalBasis: 'Art. 6 Abs. 1 lit. f DSGVO, Pressekontakt seit 2024',
        consentSource: 'double-opt-in',
        consentAt: '2020-01-01T00:00:00.000Z',
        confirmationTokenHash: 'f'.repeat(64),
      },
    })
    expect(added.status).toBe(201)
    expect(added.body.doc).toMatchObject({ email, status: 'subscribed', consentSource: 'staff' })
    expect(added.body.doc.consentAt).not.toBe('2020-01-01T00:00:00.000Z')
    expect((await contactByEmail(email))!.confirmationTokenHash).toBeNull()

    const duplicate = await ctx.api.post('/press-contacts', {
      token: users.admin.token,
      body: { email: email.toUpperCase(), name: 'Again', legalBasis: 'x' },
    })
    expect(duplicate.status).toBe(400)

    // Putting someone who left back on the list is the press office's decision, with a legal basis.
    const left = await subscribedContact(address('back'))
    await ctx.payload.update({
      collection: 'press-contacts',
      id: left.id,
      data: { status: 'unsubscribed' },
      overrideAccess: true,
    })
    const noBasis = await ctx.api.patch(`/press-contacts/${left.id}`, {
      token: users.press.token,
      body: { status: 'subscribed' },
    })
    expect(noBasis.status).toBe(400)
    const back = await ctx.api.patch(`/press-contacts/${left.id}`, {
      token: users.press.token,
      body: { status: 'subscribed', legalBasis: 'Telefonat am 26.11.2026, Einwilligung mündlich' },
    })
    expect(back.status).toBe(200)
    expect(back.body.doc).toMatchObject({
      status: 'subscribed',
      consentSource: 'staff',
      unsubscribedAt: null,
    })
    // An ordinary edit of a double opt-in contact needs no legal basis and keeps its consent.
    const edited = await ctx.api.patch(`/press-contacts/${contactForEdit.id}`, {
      token: users.press.token,
      body: { outlet: 'Ruhr Nachrichten' },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc).toMatchObject({
      outlet: 'Ruhr Nachrichten',
      consentSource: 'double-opt-in',
      consentAt: contactForEdit.consentAt,
    })

    for (const role of ['editor', 'member'] as const) {
      expect(
        (
          await ctx.api.post('/press-contacts', {
            token: users[role].token,
            body: { email: address(role), name: 'x', legalBasis: 'x' },
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await ctx.api.patch(`/press-contacts/${added.body.doc.id}`, {
            token: users[role].token,
            body: { status: 'unsubscribed' },
          })
        ).status,
      ).toBe(403)
    }
  })
})
