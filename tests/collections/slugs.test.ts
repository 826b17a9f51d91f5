import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let press: TestUser
let editor: TestUser

/** A random word so that titles of this file never collide with other files sharing the database. */
const word = () => `w${randomBytes(4).toString('hex')}`

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

async function createRelease(title: string, extra: Record<string, unknown> = {}) {
  const response = await ctx.api.post('/press-releases', {
    token: press.token,
    body: { title, teaser: `Anreißer zu ${title}`, ...extra },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as {
    id: number
    slug: string
    previousSlugs?: { slug: string }[]
    _status?: string
  }
}

const errorText = (body: unknown) => JSON.stringify(body)

describe('slugs of press releases', () => {
  it('a title-only create over REST gets the transliterated slug', async () => {
    const tag = word()
    const doc = await createRelease(`Mitgliederabend im März ${tag}`)
    expect(doc.slug).toBe(`mitgliederabend-im-maerz-${tag}`)
  })

  it('a title-only create over GraphQL gets the transliterated slug', async () => {
    const tag = word()
    const response = await ctx.api.graphql(
      `mutation ($title: String!, $teaser: String!) { createPressRelease(data: { title: $title, teaser: $teaser }) { id slug title } }`,
      { title: `Ärger über Öl & Straße ${tag}`, teaser: 'Ein Anreißer.' },
      { token: press.token },
    )
    expect(response.body.errors, errorText(response.body.errors)).toBeUndefined()
    expect(response.body.data.createPressRelease.slug).toBe(`aerger-ueber-oel-und-strasse-${tag}`)
  })

  it('a collision gets -2, then -3', async () => {
    const title = `Großes Fest ${word()}`
    const first = await createRelease(title)
    const second = await createRelease(title)
    const third = await createRelease(title)
    expect(second.slug).toBe(`${first.slug}-2`)
    expect(third.slug).toBe(`${first.slug}-3`)
  })

  it("a draft's slug follows a title change; after publishing a title change keeps it (frozen)", async () => {
    const tag = word()
    const draft = await createRelease(`Entwurf ${tag}`)
    expect(draft.slug).toBe(`entwurf-${tag}`)

    const renamed = await ctx.api.patch(`/press-releases/${draft.id}`, {
      token: press.token,
      query: { draft: 'true' },
      body: { title: `Café Crème ${tag}` },
    })
    expect(renamed.status, errorText(renamed.body)).toBe(200)
    expect(renamed.body.doc.slug).toBe(`cafe-creme-${tag}`)

    const published = await ctx.api.patch(`/press-releases/${draft.id}`, {
      token: press.token,
      body: { _status: 'published' },
    })
    expect(published.status, errorText(published.body)).toBe(200)
    expect(published.body.doc._status).toBe('published')
    expect(published.body.doc.slug).toBe(`cafe-creme-${tag}`)

    const retitled = await ctx.api.patch(`/press-releases/${draft.id}`, {
      token: press.token,
      body: { title: `Ganz anderer Titel ${tag}` },
    })
    expect(retitled.status, errorText(retitled.body)).toBe(200)
    expect(retitled.body.doc.title).toBe(`Ganz anderer Titel ${tag}`)
    expect(retitled.body.doc.slug).toBe(`cafe-creme-${tag}`)

    const anonymous = await ctx.api.get('/press-releases', {
      query: { where: { slug: { equals: `cafe-creme-${tag}` } } },
    })
    expect(anonymous.body.docs.map((doc: { id: number }) => doc.id)).toEqual([draft.id])
  })

  it('an explicit slug change by press keeps the old slug in previousSlugs, and the old slug still finds the release', async () => {
    const tag = word()
    const doc = await createRelease(`Alte Adresse ${tag}`, { _status: 'published' })
    const oldSlug = `alte-adresse-${tag}`
    expect(doc.slug).toBe(oldSlug)

    const changed = await ctx.api.patch(`/press-releases/${doc.id}`, {
      token: press.token,
      body: { slug: `Neue Adresse ${tag}` },
    })
    expect(changed.status, errorText(changed.body)).toBe(200)
    expect(changed.body.doc.slug).toBe(`neue-adresse-${tag}`)
    expect(changed.body.doc.previousSlugs.map((entry: { slug: string }) => entry.slug)).toEqual([
      oldSlug,
    ])

    const byOldSlug = await ctx.api.get(
      `/press-releases?where[or][0][slug][equals]=${oldSlug}&where[or][1][previousSlugs.slug][equals]=${oldSlug}`,
    )
    expect(byOldSlug.status).toBe(200)
    expect(byOldSlug.body.docs.map((entry: { id: number }) => entry.id)).toEqual([doc.id])
    expect(byOldSlug.body.docs[0].slug).toBe(`neue-adresse-${tag}`)

    // A new release with the old title does not take over the address that still redirects.
    const newcomer = await createRelease(`Alte Adresse ${tag}`)
    expect(newcomer.slug).toBe(`${oldSlug}-2`)
  })

  it("an editor's explicit change of a published release's slug is refused with 400 and a message", async () => {
    const tag = word()
    const doc = await createRelease(`Feste Adresse ${tag}`, { _status: 'published' })
    const attempt = await ctx.api.patch(`/press-releases/${doc.id}`, {
      token: editor.token,
      body: { slug: `umgezogen-${tag}` },
    })
    expect(attempt.status, errorText(attempt.body)).toBe(400)
    expect(errorText(attempt.body)).toMatch(/slug/i)
    expect(errorText(attempt.body)).toMatch(/Pressestelle|press office/)

    const after = await ctx.payload.findByID({
      collection: 'press-releases',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    })
    expect(after.slug).toBe(`feste-adresse-${tag}`)
  })

  it("an editor may still rename a draft release's slug explicitly", async () => {
    const tag = word()
    const doc = await createRelease(`Noch offen ${tag}`)
    const changed = await ctx.api.patch(`/press-releases/${doc.id}`, {
      token: editor.token,
      body: { slug: `Selbst Gewählt ${tag}` },
    })
    expect(changed.status, errorText(changed.body)).toBe(200)
    expect(changed.body.doc.slug).toBe(`selbst-gewaehlt-${tag}`)
  })
})

describe('slugs of the other collections', () => {
  it('members get theirs from the name', async () => {
    const tag = word()
    const response = await ctx.api.post('/members', {
      token: editor.token,
      body: { name: `Jürgen Weiß ${tag}` },
    })
    expect(response.status, errorText(response.body)).toBe(201)
    expect(response.body.doc.slug).toBe(`juergen-weiss-${tag}`)
  })

  it('venues get theirs from the name, also over GraphQL, and collide with -2', async () => {
    const tag = word()
    const rest = await ctx.api.post('/venues', {
      token: editor.token,
      body: { name: `Zeche Zollverein – Halle 12 ${tag}`, city: 'Essen' },
    })
    expect(rest.status, errorText(rest.body)).toBe(201)
    expect(rest.body.doc.slug).toBe(`zeche-zollverein-halle-12-${tag}`)

    const graphql = await ctx.api.graphql(
      `mutation ($name: String!) { createVenue(data: { name: $name, city: "Essen" }) { slug } }`,
      { name: `Zeche Zollverein – Halle 12 ${tag}` },
      { token: editor.token },
    )
    expect(graphql.body.errors, errorText(graphql.body.errors)).toBeUndefined()
    expect(graphql.body.data.createVenue.slug).toBe(`zeche-zollverein-halle-12-${tag}-2`)
  })

  it('a venue (no drafts) keeps its slug after creation when the name changes', async () => {
    const tag = word()
    const created = await ctx.api.post('/venues', {
      token: editor.token,
      body: { name: `Unperfekthaus ${tag}`, city: 'Essen' },
    })
    expect(created.status, errorText(created.body)).toBe(201)
    const renamed = await ctx.api.patch(`/venues/${created.body.doc.id}`, {
      token: editor.token,
      body: { name: `Das Unperfekthaus ${tag}` },
    })
    expect(renamed.status, errorText(renamed.body)).toBe(200)
    expect(renamed.body.doc.slug).toBe(`unperfekthaus-${tag}`)
  })

  it('events get theirs from the title', async () => {
    const tag = word()
    const response = await ctx.api.post('/events', {
      token: editor.token,
      body: { title: `Kreative Klasse-Abend im Mai ${tag}`, start: '2027-05-13T17:00:00.000Z' },
    })
    expect(response.status, errorText(response.body)).toBe(201)
    expect(response.body.doc.slug).toBe(`kreative-klasse-abend-im-mai-${tag}`)
  })

  it('projects get theirs from the title', async () => {
    const tag = word()
    const response = await ctx.api.post('/projects', {
      token: editor.token,
      body: { title: `Werkstattgespräche ${tag}` },
    })
    expect(response.status, errorText(response.body)).toBe(201)
    expect(response.body.doc.slug).toBe(`werkstattgespraeche-${tag}`)
  })
})

describe('slugs for names in any script', () => {
  it('a member named "Ayşe Yıldız" gets ayse-yildiz, not ayse-y-ld-z', async () => {
    const tag = word()
    const response = await ctx.api.post('/members', {
      token: editor.token,
      body: { name: `Ayşe Yıldız ${tag}` },
    })
    expect(response.status, errorText(response.body)).toBe(201)
    expect(response.body.doc.slug).toBe(`ayse-yildiz-${tag}`)
  })

  it('a member named "Алексей Иванов" can be saved, over REST and GraphQL', async () => {
    const tag = word()
    const rest = await ctx.api.post('/members', {
      token: editor.token,
      body: { name: `Алексей Иванов ${tag}` },
    })
    expect(rest.status, errorText(rest.body)).toBe(201)
    expect(rest.body.doc.slug).toBe(`aleksey-ivanov-${tag}`)

    const graphql = await ctx.api.graphql(
      `mutation ($name: String!) { createMember(data: { name: $name, kind: freelancer }) { slug } }`,
      { name: `Αλέξανδρος Παπαδόπουλος ${tag}` },
      { token: editor.token },
    )
    expect(graphql.body.errors, errorText(graphql.body.errors)).toBeUndefined()
    expect(graphql.body.data.createMember.slug).toBe(`aleksandros-papadopoylos-${tag}`)
  })

  it('a name with no Latin form gets a stable "<collection>-<hash>" slug, and a second one the suffix', async () => {
    // Random CJK ideographs (U+4E00…), which have no Latin form in the library, so each run has a fresh name.
    const name = [...randomBytes(6)]
      .map((byte) => String.fromCodePoint(0x4e00 + byte * 40))
      .join('')
    const first = await ctx.api.post('/members', { token: editor.token, body: { name } })
    expect(first.status, errorText(first.body)).toBe(201)
    expect(first.body.doc.slug).toMatch(/^member-[0-9a-f]{8}$/)
    const second = await ctx.api.post('/members', { token: editor.token, body: { name } })
    expect(second.status, errorText(second.body)).toBe(201)
    expect(second.body.doc.slug).toBe(`${first.body.doc.slug}-2`)

    const event = await ctx.api.post('/events', {
      token: editor.token,
      body: { title: `🎨🎉 ${name}`, start: '2027-05-13T17:00:00.000Z' },
    })
    expect(event.status, errorText(event.body)).toBe(201)
    expect(event.body.doc.slug).toMatch(/^event-[0-9a-f]{8}$/)
  })

  it('a typed slug with nothing usable in an address is refused with 400 naming the slug', async () => {
    const doc = await createRelease(`Adresse gesucht ${word()}`)
    const attempt = await ctx.api.patch(`/press-releases/${doc.id}`, {
      token: press.token,
      body: { slug: '東京!!!' },
    })
    expect(attempt.status, errorText(attempt.body)).toBe(400)
    expect(errorText(attempt.body)).toMatch(/slug/i)
    expect(errorText(attempt.body)).toMatch(/lateinische Buchstaben/)
    expect(errorText(attempt.body)).toMatch(/Latin letters/)
    const after = await ctx.payload.findByID({
      collection: 'press-releases',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    })
    expect(after.slug).toBe(doc.slug)
  })
})
