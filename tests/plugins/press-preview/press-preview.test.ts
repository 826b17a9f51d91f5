/**
 * Journalists on the press list read a release before its Sperrfrist through a link made for
 * them alone; the public still sees nothing. Links expire, can be revoked one by one or per
 * release, every opening is logged for the press office, a takedown holds for them too, and after
 * the Sperrfrist a link leads to the public release.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { databasePool } from '../../../src/lib/database/resilience'
import { guardedRoutes } from '../../../src/lib/http/routes'
import { marker, tinyPdf, tinyPng } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let press: TestUser
let editor: TestUser
let member: TestUser

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()
const text = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body))

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  member = await createUser(ctx.payload, ctx.api, ['member'])
})

async function uploadPhoto(credit: string) {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(await tinyPng())], { type: 'image/png' }),
    `${marker('vorab')}.png`,
  )
  form.append(
    '_payload',
    JSON.stringify({
      alt: 'Gruppenfoto',
      caption: 'Die Klasse beim Abend',
      credit,
      licence: 'editorial-with-credit',
    }),
  )
  const response = await ctx.api.post('/photos', { token: press.token, body: form })
  expect(response.status, text(response.body)).toBe(201)
  return response.body.doc as {
    id: number
    renditions: Array<{ filename: string }>
    filename: string
  }
}

async function uploadPdf() {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(tinyPdf())], { type: 'application/pdf' }),
    `${marker('programm')}.pdf`,
  )
  form.append('_payload', JSON.stringify({ title: 'Programm' }))
  const response = await ctx.api.post('/documents', { token: press.token, body: form })
  expect(response.status, text(response.body)).toBe(201)
  return response.body.doc as { id: number }
}

/** A published release under a Sperrfrist an hour ahead, with a photo and a PDF. */
async function embargoedRelease() {
  const photo = await uploadPhoto(marker('Fotografin'))
  const pdf = await uploadPdf()
  const title = marker('Vorab')
  const created = await ctx.api.post('/press-releases', {
    token: press.token,
    body: {
      title,
      teaser: 'Ein Anreißer.',
      _status: 'published',
      embargo: inHours(1),
      heroPhoto: photo.id,
      attachments: [pdf.id],
    },
  })
  expect(created.status, text(created.body)).toBe(201)
  return { release: created.body.doc as { id: number; slug: string; title: string }, photo, pdf }
}

async function linkFor(releaseID: number, recipientEmail: string) {
  const created = await ctx.api.post('/press-previews', {
    token: press.token,
    body: { release: releaseID, recipientEmail, recipientName: 'Jana Journalistin' },
  })
  expect(created.status, text(created.body)).toBe(201)
  const doc = created.body.doc as { id: number; link: string; tokenHash?: string; nonce?: string }
  expect(doc.link).toMatch(/\/api\/press-preview\/[A-Za-z0-9_-]{43}$/)
  return { id: doc.id, path: new URL(doc.link).pathname.replace(/^\/api/, ''), doc }
}

/** As the clock would: the stored Sperrfrist moves into the past. */
async function letEmbargoPass(id: number) {
  const pool = databasePool(ctx.payload)!
  const past = new Date(Date.now() - 1000).toISOString()
  await pool.query('update press_releases set embargo = $1 where id = $2', [past, id])
  await pool.query('update _press_releases_v set version_embargo = $1 where parent_id = $2', [
    past,
    id,
  ])
}

describe('a personal link opens a release before its Sperrfrist', () => {
  it('each of two journalists reads the text, photo and PDF through their link while the public API still hides it', async () => {
    const { release, photo } = await embargoedRelease()
    const jana = await linkFor(release.id, 'jana@zeitung.example')
    const ole = await linkFor(release.id, 'ole@radio.example')
    expect(jana.path).not.toBe(ole.path)

    expect((await ctx.api.get(`/press-releases/${release.id}`)).status).toBe(404)
    for (const link of [jana, ole]) {
      const page = await ctx.api.get(link.path)
      expect(page.status, text(page.body)).toBe(200)
      expect(page.headers.get('content-type')).toContain('text/html')
      expect(page.headers.get('cache-control')).toBe('private, no-store')
      expect(page.headers.get('x-robots-tag')).toContain('noindex')
      expect(page.headers.get('referrer-policy')).toBe('no-referrer')
      expect(text(page.body)).toContain(release.title)
      expect(text(page.body)).toMatch(/SPERRFRIST: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/)
    }

    const json = await ctx.api.get(`${jana.path}?format=json`)
    expect(json.status, text(json.body)).toBe(200)
    expect(json.body.release.title).toBe(release.title)
    expect(json.body.photos).toHaveLength(1)
    expect(json.body.photos[0].credit).toBe(
      (await ctx.payload.findByID({ collection: 'photos', id: photo.id, overrideAccess: true }))
        .credit,
    )
    const image = await ctx.api.get(
      new URL(json.body.photos[0].printURL).pathname.replace(/^\/api/, ''),
    )
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toMatch(/^image\//)
    expect(image.headers.get('cache-control')).toBe('private, no-store')
    const pdf = await ctx.api.get(
      new URL(json.body.attachments[0].url).pathname.replace(/^\/api/, ''),
    )
    expect(pdf.status).toBe(200)
    expect(text(pdf.body).startsWith('%PDF-')).toBe(true)

    // The photo itself is still under the Sperrfrist for everyone else.
    expect((await ctx.api.get(`/photos/file/${photo.filename}`)).status).toBe(404)
  })

  it('the press kit through a link holds the photo still under Sperrfrist and the PDF', async () => {
    const { release, photo } = await embargoedRelease()
    const link = await linkFor(release.id, 'kit@zeitung.example')
    const json = await ctx.api.get(`${link.path}?format=json`)
    // Bytes, not text: the route handler is called directly (the ApiClient decodes bodies as text).
    const url = new URL(json.body.pressKitURL)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const kit = await guardedRoutes(ctx.config).GET(
      new Request(ctx.api.url(url.pathname.replace(/^\/api/, ''))),
      { params: Promise.resolve({ slug }) },
    )
    expect(kit.status).toBe(200)
    expect(kit.headers.get('content-type')).toBe('application/zip')
    expect(kit.headers.get('cache-control')).toBe('private, no-store')
    const names = await zipEntryNames(Buffer.from(await kit.arrayBuffer()))
    expect(names.some((name) => name.endsWith('.jpg'))).toBe(true)
    expect(names.some((name) => name.endsWith('.pdf'))).toBe(true)
    expect(names).toContain('Bildnachweis.txt')
    expect(photo.filename).toBeTruthy()
    const log = await ctx.payload.find({
      collection: 'press-preview-openings',
      where: { and: [{ preview: { equals: link.id } }, { resource: { equals: 'press-kit' } }] },
      overrideAccess: true,
    })
    expect(log.totalDocs).toBe(1)
  })

  it('every opening is logged with who and when, readable by the press office only', async () => {
    const { release } = await embargoedRelease()
    const link = await linkFor(release.id, 'log@zeitung.example')
    await ctx.api.get(link.path)
    await ctx.api.get(`${link.path}?format=json`)
    const log = await ctx.api.get('/press-preview-openings', {
      token: press.token,
      query: { where: { preview: { equals: link.id } } },
    })
    expect(log.status).toBe(200)
    expect(log.body.totalDocs).toBe(2)
    expect(log.body.docs[0]).toMatchObject({
      recipientEmail: 'log@zeitung.example',
      resource: 'page',
    })
    expect(Date.now() - new Date(log.body.docs[0].openedAt).getTime()).toBeLessThan(60_000)
    for (const token of [undefined, editor.token, member.token]) {
      expect((await ctx.api.get('/press-preview-openings', { token })).status).toBe(403)
      expect((await ctx.api.get('/press-previews', { token })).status).toBe(403)
    }
  })

  it('a made-up, revoked or expired link gets the same 404; revoking a release revokes all its links', async () => {
    const { release } = await embargoedRelease()
    const first = await linkFor(release.id, 'a@zeitung.example')
    const second = await linkFor(release.id, 'b@zeitung.example')
    const third = await linkFor(release.id, 'c@zeitung.example')
    const madeUp = await ctx.api.get(`/press-preview/${'x'.repeat(43)}`)
    expect(madeUp.status).toBe(404)
    expect(text(madeUp.body)).toContain('nicht (mehr) gültig')

    await ctx.api.patch(`/press-previews/${first.id}`, {
      token: press.token,
      body: { revoked: true },
    })
    const revoked = await ctx.api.get(first.path)
    expect(revoked.status).toBe(404)
    expect(revoked.body).toEqual(madeUp.body)

    await ctx.payload.update({
      collection: 'press-previews',
      id: second.id,
      data: { expiresAt: inHours(-0.01) },
      overrideAccess: true,
    })
    expect((await ctx.api.get(second.path)).status).toBe(404)

    expect(
      (await ctx.api.post(`/press-releases/${release.id}/revoke-previews`, { token: editor.token }))
        .status,
    ).toBe(403)
    expect((await ctx.api.get(third.path)).status).toBe(200)
    const all = await ctx.api.post(`/press-releases/${release.id}/revoke-previews`, {
      token: press.token,
    })
    expect(all.status, text(all.body)).toBe(200)
    // The expired link is revoked as well; the one revoked before is not counted twice.
    expect(all.body.revoked).toBe(2)
    expect((await ctx.api.get(third.path)).status).toBe(404)
  })

  it('links expire 30 days after the Sperrfrist by default', async () => {
    const { release } = await embargoedRelease()
    const link = await linkFor(release.id, 'frist@zeitung.example')
    const stored = await ctx.payload.findByID({
      collection: 'press-previews',
      id: link.id,
      overrideAccess: true,
    })
    const embargo = (
      await ctx.payload.findByID({
        collection: 'press-releases',
        id: release.id,
        overrideAccess: true,
      })
    ).embargo!
    expect(new Date(stored.expiresAt!).getTime() - new Date(embargo).getTime()).toBe(
      30 * 24 * 3600_000,
    )
  })

  it('the token never appears in an answer: only press and admin see the derived link', async () => {
    const { release } = await embargoedRelease()
    const link = await linkFor(release.id, 'geheim@zeitung.example')
    expect(link.doc.tokenHash).toBeUndefined()
    const read = await ctx.api.get(`/press-previews/${link.id}`, { token: press.token })
    expect(read.body.tokenHash).toBeUndefined()
    expect(read.body.link).toContain(link.path)
    const graphql = await ctx.api.graphql('{ PressPreviews { docs { id recipientEmail } } }')
    expect(text(graphql.body)).not.toContain('geheim@zeitung.example')
  })

  it('after the Sperrfrist the link leads to the public release on the frontend', async () => {
    const { release } = await embargoedRelease()
    const link = await linkFor(release.id, 'spaeter@zeitung.example')
    await letEmbargoPass(release.id)
    const opened = await ctx.api.get(link.path)
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe(
      `https://kreativeklasse.ruhr/presse/${release.slug}`,
    )
    expect((await ctx.api.get(`/press-releases/${release.id}`)).status).toBe(200)
  })

  it('a withdrawn photo disappears from the link at once; unpublishing the release revokes its links', async () => {
    const { release, photo } = await embargoedRelease()
    const link = await linkFor(release.id, 'takedown@zeitung.example')
    const before = await ctx.api.get(`${link.path}?format=json`)
    const printPath = new URL(before.body.photos[0].printURL).pathname.replace(/^\/api/, '')
    expect((await ctx.api.get(printPath)).status).toBe(200)

    await ctx.api.patch(`/photos/${photo.id}`, { token: press.token, body: { withdrawn: true } })
    const after = await ctx.api.get(`${link.path}?format=json`)
    expect(after.body.photos).toEqual([])
    expect((await ctx.api.get(printPath)).status).toBe(404)
    expect(text((await ctx.api.get(link.path)).body)).not.toContain(photo.filename)

    const unpublished = await ctx.api.patch(`/press-releases/${release.id}`, {
      token: press.token,
      body: { _status: 'draft' },
    })
    expect(unpublished.status, text(unpublished.body)).toBe(200)
    expect((await ctx.api.get(link.path)).status).toBe(404)
  })
})

/** The file names in a ZIP, read by yauzl. */
function zipEntryNames(zip: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error || !archive) return reject(error)
      const names: string[] = []
      archive.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName)
        archive.readEntry()
      })
      archive.on('end', () => resolve(names))
      archive.on('error', reject)
      archive.readEntry()
    })
  })
}
