import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let press: TestUser
let release: { id: number; slug: string }
const tag = `w${randomBytes(4).toString('hex')}`

const GERMAN = {
  title: `Kreative Klasse lädt zum Sommerfest ${tag}`,
  teaser: 'Der Verein feiert mit seinen Mitgliedern im Unperfekthaus.',
  dateline: 'Essen',
}
const ENGLISH_TITLE = `Kreative Klasse invites to its summer party ${tag}`

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])

  // The press office writes the German draft, adds an English title (still a draft, as the admin's
  // autosave does) and publishes; teaser and dateline stay German-only.
  const created = await ctx.api.post('/press-releases', {
    token: press.token,
    query: { locale: 'de', draft: 'true' },
    body: { ...GERMAN, _status: 'draft' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  release = created.body.doc

  const english = await ctx.api.patch(`/press-releases/${release.id}`, {
    token: press.token,
    query: { locale: 'en', draft: 'true' },
    body: { title: ENGLISH_TITLE },
  })
  expect(english.status, JSON.stringify(english.body)).toBe(200)

  const published = await ctx.api.patch(`/press-releases/${release.id}`, {
    token: press.token,
    query: { locale: 'de' },
    body: { _status: 'published' },
  })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
})

const bySlug = () => ({ where: { slug: { equals: release.slug } } })

describe('English readers over REST', () => {
  it('German readers (default locale) get the German text', async () => {
    const response = await ctx.api.get('/press-releases', { query: bySlug() })
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(1)
    expect(response.body.docs[0].title).toBe(GERMAN.title)
    expect(response.body.docs[0].teaser).toBe(GERMAN.teaser)
  })

  it('?locale=en gives English where written and German fallback elsewhere', async () => {
    // `full: 1`: the whole release by slug (a list without it carries no dateline, README).
    const list = await ctx.api.get('/press-releases', {
      query: { ...bySlug(), locale: 'en', full: 1 },
    })
    expect(list.status).toBe(200)
    expect(list.body.docs).toHaveLength(1)
    expect(list.body.docs[0].title).toBe(ENGLISH_TITLE)
    expect(list.body.docs[0].teaser).toBe(GERMAN.teaser)
    expect(list.body.docs[0].dateline).toBe(GERMAN.dateline)

    const single = await ctx.api.get(`/press-releases/${release.id}`, { query: { locale: 'en' } })
    expect(single.status).toBe(200)
    expect(single.body.title).toBe(ENGLISH_TITLE)
    expect(single.body.teaser).toBe(GERMAN.teaser)
  })

  it('the slug stays the German one, whatever the locale', async () => {
    const response = await ctx.api.get(`/press-releases/${release.id}`, { query: { locale: 'en' } })
    expect(response.body.slug).toBe(release.slug)
    expect(release.slug).toBe(`kreative-klasse-laedt-zum-sommerfest-${tag}`)
  })

  it('fallback-locale=none gives null for unwritten English', async () => {
    const response = await ctx.api.get(`/press-releases/${release.id}`, {
      query: { locale: 'en', 'fallback-locale': 'none' },
    })
    expect(response.status).toBe(200)
    expect(response.body.title).toBe(ENGLISH_TITLE)
    expect(response.body.teaser ?? null).toBeNull()
  })
})

describe('English readers over GraphQL', () => {
  const query = `query ($slug: String!) {
    en: PressReleases(locale: en, where: { slug: { equals: $slug } }) { docs { title teaser dateline } }
    strict: PressReleases(locale: en, fallbackLocale: none, where: { slug: { equals: $slug } }) { docs { title teaser } }
    de: PressReleases(locale: de, where: { slug: { equals: $slug } }) { docs { title teaser } }
  }`

  it('locale: en gives English where written, German fallback elsewhere; fallbackLocale: none gives null', async () => {
    const response = await ctx.api.graphql(query, { slug: release.slug })
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined()
    const { en, strict, de } = response.body.data
    expect(en.docs).toEqual([
      { title: ENGLISH_TITLE, teaser: GERMAN.teaser, dateline: GERMAN.dateline },
    ])
    expect(strict.docs).toEqual([{ title: ENGLISH_TITLE, teaser: null }])
    expect(de.docs).toEqual([{ title: GERMAN.title, teaser: GERMAN.teaser }])
  })
})

describe('translating a release that is already public', () => {
  it('press can add just an English title to a published release (teaser falls back to German)', async () => {
    const title = `Nachträglich übersetzt ${tag}`
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      query: { locale: 'de' },
      body: { title, teaser: 'Nur auf Deutsch.', _status: 'published' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const english = await ctx.api.patch(`/press-releases/${created.body.doc.id}`, {
      token: press.token,
      query: { locale: 'en' },
      body: { title: `Translated later ${tag}` },
    })
    // Fails today with 400 "teaser: required" for the English locale: see the report.
    expect(english.status, JSON.stringify(english.body)).toBe(200)
    const read = await ctx.api.get(`/press-releases/${created.body.doc.id}`, {
      query: { locale: 'en' },
    })
    expect(read.body.title).toBe(`Translated later ${tag}`)
    expect(read.body.teaser).toBe('Nur auf Deutsch.')
  })
})
