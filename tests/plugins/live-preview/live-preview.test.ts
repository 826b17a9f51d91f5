/**
 * Staff see a release, project or event beside the form as a frontend would render it — the
 * draft, the Sperrfrist banner, the hero photo with its credit — while nobody else sees anything,
 * no search engine indexes it and no cache keeps it (plugins/live-preview).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { lexical, paragraph, text, upload } from '../../lib/richtext/lexical'

let ctx: TestContext
let press: TestUser
let member: TestUser
let releaseID: number
let draftTitle: string
const visibleCredit = marker('Sichtbare Fotografin')
const withdrawnCredit = marker('Zurückgezogener Fotograf')
const withdrawnHeroCredit = marker('Zurückgezogenes Aufmacherbild')

/** As the admin's iframe asks: the login cookie, a same-origin navigation. */
const asStaffBrowser = (user: TestUser) => ({
  headers: { cookie: `payload-token=${user.token}`, 'sec-fetch-site': 'same-origin' },
})

beforeAll(async () => {
  process.env.RESPONSE_CACHE = 'off'
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  member = await createUser(ctx.payload, ctx.api, ['member'])
  const visible = await createContent(ctx.payload, 'photos', {
    credit: visibleCredit,
    caption: 'Im Atelier',
  })
  const withdrawn = await createContent(ctx.payload, 'photos', {
    withdrawn: true,
    credit: withdrawnCredit,
  })
  const release = await createContent(ctx.payload, 'press-releases', {
    _status: 'draft',
    title: marker('Erster Entwurf'),
    dateline: 'Gelsenkirchen',
    teaser: 'Ein Anreißer mit <Zeichen>.',
    embargo: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    heroPhoto: visible.id,
    body: lexical(paragraph(text('Erster Absatz.')), upload(visible.id), upload(withdrawn.id)),
  })
  releaseID = release.id
  // Autosave writes a newer draft version; the preview must show that one.
  draftTitle = marker('Zweiter Entwurf')
  await ctx.payload.update({
    collection: 'press-releases',
    id: releaseID,
    draft: true,
    data: { title: draftTitle },
    overrideAccess: true,
  })
})

describe('live preview of a release', () => {
  it('shows staff the latest draft with Sperrfrist banner, dateline, teaser, hero photo with credit', async () => {
    const response = await ctx.api.get(
      `/live-preview/press-releases/${releaseID}`,
      asStaffBrowser(press),
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const html = response.body as string
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(html).toContain(`<h1>${draftTitle}</h1>`)
    expect(html).toMatch(/SPERRFRIST: \d\d\.\d\d\.\d{4} \d\d:\d\d Uhr/)
    expect(html).toContain('<strong class="dateline">Gelsenkirchen</strong>')
    expect(html).toContain('Ein Anreißer mit &lt;Zeichen&gt;.')
    expect(html).toContain(`Im Atelier — Foto: ${visibleCredit}`)
    expect(html).toContain('Erster Absatz.')
  })

  it('is never cached, indexed or framed by others, and loads nothing from elsewhere', async () => {
    const response = await ctx.api.get(
      `/live-preview/press-releases/${releaseID}`,
      asStaffBrowser(press),
    )
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/)
    expect(response.body).toContain('<meta name="robots" content="noindex, nofollow">')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("img-src 'self'")
    expect(csp).toContain("frame-ancestors 'self'")
    // Every src/href is on this server: no fonts, scripts or images from a third party, no /_next/image.
    for (const [, url] of (response.body as string).matchAll(/(?:src|href)="([^"]+)"/g)) {
      expect(url, url).toMatch(/^\/api\//)
    }
    expect(response.body).not.toContain('/_next/image')
  })

  it('leaves out a withdrawn photo, in the body and as hero', async () => {
    const html = (
      await ctx.api.get(`/live-preview/press-releases/${releaseID}`, asStaffBrowser(press))
    ).body as string
    expect(html).not.toContain(withdrawnCredit)
    const withdrawnHero = await createContent(ctx.payload, 'photos', {
      withdrawn: true,
      credit: withdrawnHeroCredit,
    })
    const other = await createContent(ctx.payload, 'press-releases', {
      _status: 'draft',
      heroPhoto: withdrawnHero.id,
    })
    const otherHTML = (
      await ctx.api.get(`/live-preview/press-releases/${other.id}`, asStaffBrowser(press))
    ).body as string
    expect(otherHTML).toContain('<h1>')
    expect(otherHTML).not.toContain(withdrawnHeroCredit)
    expect(otherHTML).not.toContain('<figure>')
  })

  it('renders the body with the same renderer as the feeds and ?html=1', async () => {
    const published = await createContent(ctx.payload, 'press-releases', {
      _status: 'published',
      body: lexical(paragraph(text('Geteilter <Renderer>.'))),
    })
    const rest = await ctx.api.get(`/press-releases/${published.id}?html=1`, { token: press.token })
    const bodyHtml = rest.body.bodyHtml as string
    expect(bodyHtml).toBe('<p>Geteilter &lt;Renderer&gt;.</p>')
    const html = (
      await ctx.api.get(`/live-preview/press-releases/${published.id}`, asStaffBrowser(press))
    ).body as string
    expect(html).toContain(bodyHtml)
  })

  it('refuses anonymous readers and members without revealing the text', async () => {
    const anonymous = await ctx.api.get(`/live-preview/press-releases/${releaseID}`)
    expect(anonymous.status).toBe(401)
    expect(JSON.stringify(anonymous.body)).not.toContain(draftTitle)
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
    const asMember = await ctx.api.get(
      `/live-preview/press-releases/${releaseID}`,
      asStaffBrowser(member),
    )
    expect(asMember.status).toBe(403)
    expect(JSON.stringify(asMember.body)).not.toContain(draftTitle)
  })

  it('answers an unknown collection or id with 404, a made-up id never with 5xx', async () => {
    for (const path of [
      '/live-preview/members/1',
      '/live-preview/press-releases/999999999',
      '/live-preview/press-releases/abc',
    ]) {
      const response = await ctx.api.get(path, asStaffBrowser(press))
      expect(response.status, path).toBe(404)
    }
  })
})

describe('live preview of projects and events', () => {
  it('renders a draft project and a draft event for staff', async () => {
    const project = await createContent(ctx.payload, 'projects', {
      _status: 'draft',
      summary: 'Worum es geht.',
    })
    const projectHTML = await ctx.api.get(
      `/live-preview/projects/${project.id}`,
      asStaffBrowser(press),
    )
    expect(projectHTML.status).toBe(200)
    expect(projectHTML.body).toContain('Worum es geht.')
    const event = await createContent(ctx.payload, 'events', {
      _status: 'draft',
      description: lexical(paragraph(text('Programm folgt.'))),
    })
    const eventHTML = await ctx.api.get(`/live-preview/events/${event.id}`, asStaffBrowser(press))
    expect(eventHTML.status).toBe(200)
    expect(eventHTML.body).toContain('<p>Programm folgt.</p>')
    expect(eventHTML.body).toMatch(/\d\d\.\d\d\.\d{4}/)
  })
})

describe('the admin shows the preview beside the form', () => {
  it('points livePreview of releases, projects and events at the preview route on the admin origin', async () => {
    for (const slug of ['press-releases', 'projects', 'events'] as const) {
      const livePreview = ctx.payload.collections[slug].config.admin.livePreview
      expect(typeof livePreview?.url, slug).toBe('function')
      const req = {
        headers: new Headers({ host: '127.0.0.1:3000' }),
        payload: ctx.payload,
      } as never
      const url = await (livePreview!.url as (args: unknown) => Promise<string | null>)({
        data: { id: 7 },
        req,
        locale: { code: 'en' },
      })
      expect(url).toBe(`http://127.0.0.1:3000/api/live-preview/${slug}/7?locale=en`)
      expect(
        await (livePreview!.url as (args: unknown) => Promise<string | null>)({
          data: {},
          req,
          locale: { code: 'de' },
        }),
      ).toBeNull()
    }
    // An untrusted Host header never becomes the iframe's origin.
    const forged = { headers: new Headers({ host: 'evil.example' }), payload: ctx.payload } as never
    const url = await (
      ctx.payload.collections['press-releases'].config.admin.livePreview!.url as (
        args: unknown,
      ) => Promise<string>
    )({ data: { id: 1 }, req: forged, locale: { code: 'de' } })
    expect(url.startsWith(ctx.payload.config.serverURL)).toBe(true)
  })
})
