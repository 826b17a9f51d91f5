/**
 * A frontend embeds a press release's JSON-LD (`NewsArticle`) on the release page: the photographer's
 * credit and licence travel with every image, the dates are the public ones, and nothing a reader
 * may not see (embargoed releases, withdrawn photos) is ever in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../../src/seed'
import { seedRelease } from '../../../src/seed/release'
import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { articleProblems, expectJsonLd, expectRefusal } from './richResults'

let ctx: TestContext
let press: TestUser
const SLUG = 'aus-dem-revier-fuer-das-revier-kreativeklasse-ruhr'
const LICENCE_PAGE = 'https://kreativeklasse.ruhr/presse/bildrechte'
const seconds = (iso: unknown) => Math.floor(Date.parse(String(iso)) / 1000)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Image = {
  contentUrl: string
  creditText: string
  creator: { '@type': string; name: string }
  license: string
  acquireLicensePage?: string
  copyrightNotice: string
  caption?: string
}

beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload)
  press = await createUser(ctx.payload, ctx.api, ['press'])
})

async function photo(fields: Record<string, unknown> = {}) {
  return createContent(ctx.payload, 'photos', { credit: marker('Fotografin'), ...fields })
}

async function publishedRelease(data: Record<string, unknown>) {
  return createContent(ctx.payload, 'press-releases', { _status: 'published', ...data })
}

describe('NewsArticle JSON-LD of a press release', () => {
  it('the seeded release carries its group photo with the photographer credit and licence, dated at its first publication', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'press-releases',
      where: { slug: { equals: SLUG } },
      limit: 1,
      overrideAccess: true,
    })
    const release = docs[0]!
    expect(release.firstPublishedAt).toBeTruthy()

    const response = await ctx.api.get(`/press-releases/slug/${SLUG}/jsonld`)
    const article = expectJsonLd(response)
    expect(articleProblems(article)).toEqual([])
    expect(article['@type']).toBe('NewsArticle')
    expect(article.headline).toBe(seedRelease().title)
    expect(article.description).toBe(seedRelease().teaser)
    expect(article.inLanguage).toBe('de-DE')
    expect(article.url).toBe(`https://kreativeklasse.ruhr/presse/${SLUG}`)
    expect(article.isAccessibleForFree).toBe(true)
    expect(seconds(article.datePublished)).toBe(seconds(release.firstPublishedAt))
    expect(article.datePublished).toMatch(/T\d{2}:\d{2}:\d{2}\+0[12]:00$/)
    expect(seconds(article.dateModified)).toBeGreaterThanOrEqual(seconds(article.datePublished))
    expect(article.publisher).toMatchObject({
      '@type': 'Organization',
      name: 'Kreative Klasse e.V.',
      url: 'https://kreativeklasse.ruhr',
    })
    expect(article.author).toMatchObject({ '@type': 'Organization', name: 'Kreative Klasse e.V.' })

    const [image, ...rest] = article.image as Image[]
    expect(rest).toEqual([])
    expect(image).toMatchObject({
      '@type': 'ImageObject',
      creditText: 'Kreative Klasse e.V.',
      creator: { '@type': 'Person', name: 'Kreative Klasse e.V.' },
      license: LICENCE_PAGE,
      acquireLicensePage: LICENCE_PAGE,
      caption: seedRelease().caption,
    })
    expect(image!.copyrightNotice).toMatch(/^© \d{4} Kreative Klasse e\.V\.$/)
    // The image URL is one a reader can load: the photo's public file route.
    const file = await ctx.api.get(new URL(image!.contentUrl).pathname.replace(/^\/api/, ''))
    expect(file.status).toBe(200)

    const byID = await ctx.api.get(`/press-releases/${release.id}/jsonld`)
    expect(expectJsonLd(byID)).toEqual(article)
  })

  it('is cached for anonymous readers like any public read, and private for a logged-in one', async () => {
    const anonymous = await ctx.api.get(`/press-releases/slug/${SLUG}/jsonld`)
    expect(anonymous.headers.get('etag')).toBeTruthy()
    expect(anonymous.headers.get('cache-control')).toMatch(/^public, /)
    const revalidated = await ctx.api.get(`/press-releases/slug/${SLUG}/jsonld`, {
      headers: { 'if-none-match': anonymous.headers.get('etag')! },
    })
    expect(revalidated.status).toBe(304)
    const staff = await ctx.api.get(`/press-releases/slug/${SLUG}/jsonld`, { token: press.token })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
  })

  it('an embargoed release is 404 for the public, exactly like a missing one, until its Sperrfrist ends', async () => {
    const hero = await photo()
    const embargo = new Date(Date.now() + 4000).toISOString()
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: marker('Sperrfrist'),
        teaser: 'Noch geheim.',
        heroPhoto: hero.id,
        embargo,
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id, slug } = created.body.doc as { id: number; slug: string }

    const hidden = await ctx.api.get(`/press-releases/${id}/jsonld`)
    const missing = await ctx.api.get(`/press-releases/2147483000/jsonld`)
    expect(expectRefusal(hidden, 404)).toBe(expectRefusal(missing, 404))
    expect(hidden.body).toEqual(missing.body)
    expectRefusal(await ctx.api.get(`/press-releases/slug/${slug}/jsonld`), 404)
    expect(JSON.stringify(hidden.body)).not.toContain('Noch geheim')
    // The press office previews the markup before the Sperrfrist.
    expect(
      expectJsonLd(await ctx.api.get(`/press-releases/${id}/jsonld`, { token: press.token }))
        .headline,
    ).toMatch(/^Sperrfrist-/)

    await sleep(Math.max(0, Date.parse(embargo) - Date.now()) + 300)
    const lifted = expectJsonLd(await ctx.api.get(`/press-releases/${id}/jsonld`))
    expect(lifted.description).toBe('Noch geheim.')
    // Public from the end of the Sperrfrist, not from the moment the press office pressed "publish".
    expect(seconds(lifted.datePublished)).toBe(seconds(embargo))
    expect((lifted.image as Image[]).map((image) => image.creditText)).toEqual([hero.credit])
  })

  it('a draft is 404 for the public; the press office gets the newest draft with ?draft=true', async () => {
    const draft = await createContent(ctx.payload, 'press-releases', { teaser: 'Entwurf.' })
    expectRefusal(await ctx.api.get(`/press-releases/${draft.id}/jsonld`), 404)
    expectRefusal(await ctx.api.get(`/press-releases/${draft.id}/jsonld?draft=true`), 404)
    expect(
      expectJsonLd(
        await ctx.api.get(`/press-releases/${draft.id}/jsonld?draft=true`, { token: press.token }),
      ).description,
    ).toBe('Entwurf.')
  })

  it('a withdrawn photo disappears from the image list at once; the others keep their credits', async () => {
    const [hero, kept, withdrawn] = [
      await photo(),
      await photo({ licence: 'cc-by-4.0' }),
      await photo(),
    ]
    const release = await publishedRelease({ heroPhoto: hero.id, gallery: [kept.id, withdrawn.id] })
    const credits = async () =>
      (
        (expectJsonLd(await ctx.api.get(`/press-releases/${release.id}/jsonld`)).image ??
          []) as Image[]
      ).map((image) => image.creditText)

    expect(await credits()).toEqual([hero.credit, kept.credit, withdrawn.credit])
    const before = expectJsonLd(await ctx.api.get(`/press-releases/${release.id}/jsonld`))
    expect((before.image as Image[])[1]).toMatchObject({
      license: 'https://creativecommons.org/licenses/by/4.0/',
    })
    expect((before.image as Image[])[1]!.acquireLicensePage).toBeUndefined()

    await ctx.payload.update({
      collection: 'photos',
      id: withdrawn.id,
      data: { withdrawn: true },
      overrideAccess: true,
    })
    expect(await credits()).toEqual([hero.credit, kept.credit])
    // Staff see withdrawn photos in the admin, but the markup never advertises them.
    const staff = expectJsonLd(
      await ctx.api.get(`/press-releases/${release.id}/jsonld`, { token: press.token }),
    )
    expect(JSON.stringify(staff)).not.toContain(String(withdrawn.credit))
  })

  it('?locale=en answers in English where the release has an English text, and says German where it falls back', async () => {
    const release = await publishedRelease({ title: marker('Titel') })
    const german = expectJsonLd(await ctx.api.get(`/press-releases/${release.id}/jsonld?locale=en`))
    expect(german.inLanguage).toBe('de-DE')
    await ctx.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'en',
      data: { title: 'An English title', teaser: 'English teaser.' },
      overrideAccess: true,
    })
    const english = expectJsonLd(
      await ctx.api.get(`/press-releases/${release.id}/jsonld?locale=en`),
    )
    expect(english).toMatchObject({
      inLanguage: 'en',
      headline: 'An English title',
      description: 'English teaser.',
    })
    expect(expectJsonLd(await ctx.api.get(`/press-releases/${release.id}/jsonld`)).inLanguage).toBe(
      'de-DE',
    )
    expect(
      expectRefusal(await ctx.api.get(`/press-releases/${release.id}/jsonld?locale=fr`), 400),
    ).toMatch(/locale/)
  })

  it('the publisher carries the association logo and profiles from the Vereinsprofil', async () => {
    const logo = await photo({ releasedForPublic: true, credit: 'Kreative Klasse e.V.' })
    const before = await ctx.payload.findGlobal({
      slug: 'association',
      depth: 0,
      overrideAccess: true,
    })
    await ctx.payload.updateGlobal({
      slug: 'association',
      data: {
        logo: logo.id,
        socialLinks: [
          { network: 'instagram', url: 'https://www.instagram.com/kreativeklasse.ruhr' },
        ],
      },
      overrideAccess: true,
    })
    try {
      const article = expectJsonLd(await ctx.api.get(`/press-releases/slug/${SLUG}/jsonld`))
      const publisher = article.publisher as { logo: Image; sameAs: string[] }
      expect(publisher.logo).toMatchObject({
        '@type': 'ImageObject',
        creditText: 'Kreative Klasse e.V.',
      })
      expect(publisher.sameAs).toEqual(['https://www.instagram.com/kreativeklasse.ruhr'])
    } finally {
      await ctx.payload.updateGlobal({
        slug: 'association',
        data: { logo: before.logo ?? null, socialLinks: before.socialLinks ?? [] },
        overrideAccess: true,
      })
    }
  })

  it('a bad id or slug is a 404 with a German and English message, never a 500', async () => {
    for (const path of ['abc', '0', '-1', '1.5', '99999999999', '2147483648', '1e3', '%20']) {
      expectRefusal(await ctx.api.get(`/press-releases/${path}/jsonld`), 404)
    }
    for (const slug of ['Gross', 'a--b', 'x_y', 'ä', 'a'.repeat(201)]) {
      expectRefusal(
        await ctx.api.get(`/press-releases/slug/${encodeURIComponent(slug)}/jsonld`),
        404,
      )
    }
  })
})

afterAll(() => undefined)
