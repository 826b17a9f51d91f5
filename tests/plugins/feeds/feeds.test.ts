import { buildEditorState } from '@payloadcms/richtext-lexical'
/**
 * Journalists and partner sites subscribe to the press releases as RSS, Atom or JSON Feed
 * (plugins/feeds): they get exactly what the public may see, in their language, at the second a
 * Sperrfrist passes, and their readers revalidate cheaply.
 */
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { responseCacheState } from '../../../src/lib/http/cache/store'
import { richTextFromMarkdown } from '../../../src/lib/richtext/markdown'
import type { ApiResponse } from '../../helpers/api'
import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let press: TestUser
const parser = new Parser({
  customFields: {
    feed: ['id', 'updated', 'language', 'copyright'],
    item: ['id', 'updated', 'published', ['media:credit', 'credit']],
  },
})
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type JSONFeed = {
  version: string
  title: string
  home_page_url?: string
  feed_url?: string
  language?: string
  items: Array<Record<string, unknown>>
}

beforeAll(async () => {
  process.env.RESPONSE_CACHE = 'on'
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  for (let i = 0; i < 100 && !responseCacheState().listening; i++) await sleep(50)
  expect(responseCacheState().listening).toBe(true)
})

afterAll(() => {
  delete process.env.RESPONSE_CACHE
})

async function publishedRelease(data: Record<string, unknown> = {}) {
  return createContent(ctx.payload, 'press-releases', {
    teaser: 'Der Anreißer.\n\nZweiter Absatz.',
    body: await richTextFromMarkdown(
      ctx.payload,
      'Der Verein hat eine neue Adresse.\n\nZweiter Absatz.',
    ),
    _status: 'published',
    ...data,
  })
}

const publicPhoto = (credit = 'Anna Beispiel') =>
  createContent(ctx.payload, 'photos', { releasedForPublic: true, credit, caption: 'Gruppenfoto' })

const feedPath = (format: 'rss' | 'atom' | 'json', query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString()
  return `/feeds/press-releases.${format}${search ? `?${search}` : ''}`
}

async function read(
  format: 'rss' | 'atom' | 'json',
  query: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const response = await ctx.api.get(feedPath(format, query), { headers })
  return response
}

const parsed = async (response: ApiResponse) => parser.parseString(response.body as string)

describe('press-release feeds', () => {
  it('RSS 2.0, Atom 1.0 and JSON Feed 1.1 carry every required element, the dateline body and the hero photo with credit', async () => {
    const tag = marker('spec')
    const photo = await publicPhoto('Anna Beispiel')
    const release = await publishedRelease({
      title: 'Neue Räume & mehr',
      tags: [tag],
      heroPhoto: photo.id,
      dateline: 'Essen',
    })
    const link = `https://kreativeklasse.ruhr/presse/${release.slug as string}`

    const rss = await read('rss', { tag })
    expect(rss.status).toBe(200)
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(rss.headers.get('etag')).toBeTruthy()
    expect(Date.parse(rss.headers.get('last-modified') ?? '')).toBeGreaterThan(0)
    const channel = await parsed(rss)
    expect(channel.title).toBe(`Kreative Klasse e.V. – Pressemitteilungen – ${tag}`)
    expect(channel.link).toMatch(/^https?:\/\//)
    expect(channel.description).toBeTruthy()
    expect(channel.language).toBe('de')
    expect(channel.copyright).toBe('© Kreative Klasse e.V.')
    expect(channel.items).toHaveLength(1)
    const item = channel.items[0]!
    expect(item.title).toBe('Neue Räume & mehr')
    expect(item.link).toBe(link)
    expect(item.guid).toMatch(new RegExp(`/api/press-releases/${release.id}$`))
    expect(new Date(item.pubDate!).getTime()).toBe(
      Math.floor(Date.parse(release.displayDate as string) / 1000) * 1000,
    )
    expect(item.content).toBe('<p>Der Anreißer.</p><p>Zweiter Absatz.</p>')
    const body = (item as unknown as Record<string, string>)['content:encoded']!
    expect(body).toContain('<p>Essen – Der Verein hat eine neue Adresse.</p><p>Zweiter Absatz.</p>')
    expect(body).toMatch(
      /^<figure><img src="[^"]+-hero-[^"]+\.jpg"[^>]*\/><figcaption>Gruppenfoto — Foto: Anna Beispiel<\/figcaption><\/figure>/,
    )
    expect(item.enclosure?.url).toMatch(/\/api\/photos\/file\/.+-hero-.+\.jpg$/)
    expect(item.enclosure?.type).toBe('image/jpeg')
    expect(Number(item.enclosure?.length)).toBeGreaterThan(0)
    expect((item as unknown as Record<string, string>).credit).toBe('Anna Beispiel')
    expect(item.categories).toEqual([tag])

    const atom = await read('atom', { tag })
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = await parsed(atom)
    expect(feed.id).toBe(ctx.api.url(feedPath('atom', { tag })))
    expect(Date.parse(feed.updated as string)).toBeGreaterThan(0)
    expect(feed.title).toBe(`Kreative Klasse e.V. – Pressemitteilungen – ${tag}`)
    expect(atom.body).toMatch(/<author>\s*<name>Kreative Klasse e\.V\.<\/name>/)
    const entry = feed.items[0]!
    expect(entry.id).toMatch(new RegExp(`/api/press-releases/${release.id}$`))
    expect(entry.title).toBe('Neue Räume &amp; mehr')
    expect(entry.link).toBe(link)
    expect(Date.parse(entry.updated as string)).toBeGreaterThan(0)
    expect(entry.content).toContain('<p>Essen – Der Verein hat eine neue Adresse.</p>')
    expect(atom.body).toMatch(
      /<link rel="enclosure" href="[^"]+-hero-[^"]+\.jpg" title="Foto: Anna Beispiel"/,
    )

    const json = await read('json', { tag })
    expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const jsonFeed = json.body as JSONFeed
    expect(jsonFeed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(jsonFeed.title).toBeTruthy()
    expect(jsonFeed.feed_url).toBe(ctx.api.url(feedPath('json', { tag })))
    expect(jsonFeed.home_page_url).toMatch(/^https?:\/\//)
    expect(jsonFeed.language).toBe('de')
    expect(jsonFeed).not.toHaveProperty('author')
    expect(Array.isArray(jsonFeed.items)).toBe(true)
    const jsonItem = jsonFeed.items[0]!
    expect(typeof jsonItem.id).toBe('string')
    expect(jsonItem.content_html).toContain('<p>Essen – Der Verein')
    expect(jsonItem.summary).toBe('Der Anreißer.\n\nZweiter Absatz.')
    expect(jsonItem.url).toBe(link)
    expect(jsonItem.tags).toEqual([tag])
    expect(jsonItem.image).toBe(item.enclosure?.url)
    expect(jsonItem.attachments).toEqual([
      expect.objectContaining({
        url: item.enclosure?.url,
        mime_type: 'image/jpeg',
        title: 'Foto: Anna Beispiel',
      }),
    ])
  })

  it('an embargoed release appears in no feed until the second its Sperrfrist passes, also through the warm cache', async () => {
    const tag = marker('embargo')
    const embargo = new Date(Date.now() + 4_000)
    await publishedRelease({
      title: 'Gesperrt bis gleich',
      tags: [tag],
      embargo: embargo.toISOString(),
    })
    const formats = ['rss', 'atom', 'json'] as const
    const titlesOf = async (format: (typeof formats)[number], response: ApiResponse) =>
      format === 'json'
        ? (response.body as JSONFeed).items.map((item) => item.title)
        : (await parsed(response)).items.map((item) => item.title)

    for (const format of formats) {
      const cold = await read(format, { tag })
      expect(await titlesOf(format, cold)).toEqual([])
      const warm = await read(format, { tag })
      expect(warm.headers.get('x-cache'), format).toBe('HIT')
      expect(await titlesOf(format, warm)).toEqual([])
    }
    const before = (await read('rss', { tag })).headers.get('last-modified')!
    await sleep(Math.max(0, embargo.getTime() - Date.now()) + 50)
    // A reader revalidating by date learns of the lifted Sperrfrist, although nothing was written.
    const revalidated = await read('rss', { tag }, { 'if-modified-since': before })
    expect(revalidated.status).toBe(200)
    expect(Date.parse(revalidated.headers.get('last-modified')!)).toBe(
      Math.floor(embargo.getTime() / 1000) * 1000,
    )
    for (const format of formats) {
      const lifted = await read(format, { tag })
      expect(await titlesOf(format, lifted), format).toEqual(['Gesperrt bis gleich'])
    }
  })

  it("a withdrawn photo's enclosure, image and figure disappear from every feed", async () => {
    const tag = marker('takedown')
    const photo = await publicPhoto('Zurückgezogen Fotografin')
    await publishedRelease({ title: 'Mit Foto', tags: [tag], heroPhoto: photo.id })
    const before = await read('rss', { tag })
    expect((await parsed(before)).items[0]!.enclosure?.url).toBeTruthy()

    const withdrawn = await ctx.api.patch(`/photos/${photo.id}`, {
      token: press.token,
      body: { withdrawn: true },
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)

    const rss = await read('rss', { tag })
    const item = (await parsed(rss)).items[0]!
    expect(item.title).toBe('Mit Foto')
    expect(item.enclosure).toBeUndefined()
    expect(rss.body).not.toContain('Zurückgezogen Fotografin')
    const atom = await read('atom', { tag })
    expect(atom.body).not.toContain('enclosure')
    expect(atom.body).not.toContain('Zurückgezogen Fotografin')
    const json = await read('json', { tag })
    expect((json.body as JSONFeed).items[0]).not.toHaveProperty('image')
    expect(JSON.stringify(json.body)).not.toContain('Zurückgezogen Fotografin')
  })

  it('the English feed falls back to German where a release is not translated', async () => {
    const tag = marker('english')
    const german = await publishedRelease({
      title: 'Nur auf Deutsch',
      tags: [tag],
      displayDate: '2026-01-02T10:00:00.000Z',
    })
    const translated = await publishedRelease({
      title: 'Übersetzt',
      tags: [tag],
      displayDate: '2026-01-01T10:00:00.000Z',
    })
    await ctx.payload.update({
      collection: 'press-releases',
      id: translated.id,
      locale: 'en',
      data: {
        title: 'Translated',
        teaser: 'English teaser.',
        body: buildEditorState({ text: 'English body.' }),
        dateline: 'Essen',
      },
      overrideAccess: true,
    })
    const channel = await parsed(await read('rss', { tag, locale: 'en' }))
    expect(channel.title).toBe(`Kreative Klasse e.V. – Press releases – ${tag}`)
    expect(channel.language).toBe('en')
    expect(channel.items.map((item) => item.title)).toEqual(['Nur auf Deutsch', 'Translated'])
    expect(channel.items[0]!.content).toBe('<p>Der Anreißer.</p><p>Zweiter Absatz.</p>')
    expect((channel.items[1] as unknown as Record<string, string>)['content:encoded']).toBe(
      '<p>Essen – English body.</p>',
    )
    expect(german.id).toBeTruthy()
    const json = (await read('json', { tag, locale: 'en' })).body as JSONFeed
    expect(json.language).toBe('en')
    expect(json.items.map((item) => item.title)).toEqual(['Nur auf Deutsch', 'Translated'])
  })

  it('?tag= keeps only releases with that tag; drafts never appear', async () => {
    const tagA = marker('tag-a')
    const tagB = marker('tag-b')
    await publishedRelease({ title: 'A', tags: [tagA] })
    await publishedRelease({ title: 'B', tags: [tagB] })
    await createContent(ctx.payload, 'press-releases', { title: 'A draft', tags: [tagA] })
    expect(
      (await parsed(await read('rss', { tag: tagA }))).items.map((item) => item.title),
    ).toEqual(['A'])
    expect(
      ((await read('json', { tag: tagB })).body as JSONFeed).items.map((item) => item.title),
    ).toEqual(['B'])
  })

  it('a logged-in press officer gets the public feed too (no drafts, no embargoed releases), never cached as shared', async () => {
    const tag = marker('staff')
    await publishedRelease({ title: 'Öffentlich', tags: [tag] })
    await publishedRelease({
      title: 'Unter Sperrfrist',
      tags: [tag],
      embargo: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await createContent(ctx.payload, 'press-releases', { title: 'Entwurf', tags: [tag] })
    const response = await ctx.api.get(feedPath('rss', { tag }), { token: press.token })
    expect(response.status).toBe(200)
    expect((await parsed(response)).items.map((item) => item.title)).toEqual(['Öffentlich'])
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('titles and tags with markup, CDATA ends or control characters still give well-formed feeds', async () => {
    const tag = `${marker('odd')} <&"'>`
    const title = 'Klammern ]]> und ]]> <b>fett?</b> \u0001Ende'
    await publishedRelease({ title, tags: [tag] })
    const rss = await parsed(await read('rss', { tag }))
    expect(rss.items.map((item) => item.title)).toEqual([
      'Klammern ]] > und ]] > <b>fett?</b> Ende',
    ])
    expect(rss.items[0]!.categories).toEqual([tag])
    const atom = await read('atom', { tag })
    const entry = (await parsed(atom)).items[0]!
    expect(entry.title).toBe('Klammern ]]&gt; und ]]&gt; &lt;b&gt;fett?&lt;/b&gt; Ende')
    expect(atom.body).toContain(
      `term="${tag.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;').replace('>', '&gt;')}"`,
    )
    const json = (await read('json', { tag })).body as JSONFeed
    expect(json.items[0]!.title).toBe(title)
  })

  it('a feed reader revalidates with If-None-Match or If-Modified-Since and gets 304', async () => {
    const tag = marker('revalidate')
    await publishedRelease({ title: 'Revalidiert', tags: [tag] })
    for (const format of ['rss', 'atom', 'json'] as const) {
      const first = await read(format, { tag })
      const etag = first.headers.get('etag')!
      const lastModified = first.headers.get('last-modified')!
      const byETag = await read(format, { tag }, { 'if-none-match': etag })
      expect(byETag.status, format).toBe(304)
      expect(byETag.body).toBeUndefined()
      const byDate = await read(format, { tag }, { 'if-modified-since': lastModified })
      expect(byDate.status, format).toBe(304)
      const older = new Date(Date.parse(lastModified) - 1000).toUTCString()
      expect((await read(format, { tag }, { 'if-modified-since': older })).status, format).toBe(200)
    }
  })

  it('an unknown locale, a repeated parameter or an overlong tag is a 400 in German and English', async () => {
    for (const [query, de, en] of [
      ['locale=fr', 'Unbekannte Sprache', 'Unknown locale'],
      ['locale=all', 'Unbekannte Sprache', 'Unknown locale'],
      [`tag=${'x'.repeat(101)}`, 'zu lang', 'too long'],
      ['tag=a&tag=b', 'höchstens einmal', 'at most once'],
      ['tag[x]=a', 'höchstens einmal', 'at most once'],
    ] as const) {
      const response = await ctx.api.raw(
        new Request(ctx.api.url(`/feeds/press-releases.rss?${query}`)),
      )
      expect(response.status, query).toBe(400)
      const message = (response.body as { errors: Array<{ message: string }> }).errors[0]!.message
      expect(message).toContain(de)
      expect(message).toContain(en)
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })
})
