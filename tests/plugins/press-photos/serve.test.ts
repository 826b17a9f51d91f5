import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importFolder } from '../../../plugins/press-photos/importFolder'
import { createUser, type TestUser } from '../../helpers/users'
import { GPS_EXIF, noisyJpeg, solid } from '../../lib/images/fixtures'
import {
  bootPhotos,
  fileRoute,
  type PhotoContext,
  readStored,
  snapshot,
  type StoredDoc,
  upload,
} from './helpers'

let ctx: PhotoContext
let editor: TestUser
let press: TestUser
let member: TestUser

afterAll(async () => {
  await ctx.bucket?.close()
})

beforeAll(async () => {
  ctx = await bootPhotos()
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  press = await createUser(ctx.payload, ctx.api, ['press'])
  member = await createUser(ctx.payload, ctx.api, ['member'])
})

const urls = (doc: StoredDoc) =>
  [doc.filename, ...doc.renditions.map((r) => r.filename)].map(fileRoute)

describe('press photos: serving and takedown', () => {
  it('serves every file with its type, nosniff and short public caching (so a takedown reaches CDNs); withdrawal is 404 for the public at once', async () => {
    const created = await upload(ctx.api, editor.token, await noisyJpeg(1000, 750), 'takedown.jpg')
    expect(created.status).toBe(201)
    const doc = created.body.doc as StoredDoc
    // Nothing public uses it yet: private until staff release it (see visibility.test.ts).
    expect((await ctx.api.get(fileRoute(doc.filename))).status).toBe(404)
    expect(
      (
        await ctx.api.patch(`/photos/${doc.id}`, {
          token: press.token,
          body: { releasedForPublic: true },
        })
      ).status,
    ).toBe(200)

    // A scheduled publication another test file left overdue in this database would rightly cap
    // every public lifetime until the queue runs it (plugins/response-cache): run it first.
    await ctx.payload.jobs.run({ queue: 'default', limit: 100, silent: true })
    for (const rendition of doc.renditions) {
      const response = await ctx.api.get(fileRoute(rendition.filename))
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(rendition.mimeType)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      // The request guard's cache policy (src/lib/http/cache) replaces a year-long `immutable`:
      // a CDN must drop a withdrawn photo within a minute. A change another test file scheduled
      // for the next seconds may cap the lifetimes further, never lengthen them.
      const policy = /^public, max-age=(\d+), s-maxage=(\d+), stale-while-revalidate=\d+$/.exec(
        response.headers.get('cache-control') ?? '',
      )
      expect(policy, response.headers.get('cache-control') ?? '').not.toBeNull()
      expect(Number(policy![1])).toBeLessThanOrEqual(30)
      expect(Number(policy![2])).toBeLessThanOrEqual(60)
    }
    const original = await ctx.api.get(fileRoute(doc.filename))
    expect(original.status).toBe(200)
    expect(original.headers.get('content-type')).toBe('image/jpeg')
    expect(original.headers.get('x-content-type-options')).toBe('nosniff')

    const withdrawn = await ctx.api.patch(`/photos/${doc.id}`, {
      token: press.token,
      body: { withdrawn: true },
    })
    expect(withdrawn.status).toBe(200)
    for (const url of urls(doc)) {
      expect((await ctx.api.get(url)).status, url).toBe(404)
      expect((await ctx.api.get(url, { token: member.token })).status, url).toBe(404)
      const staff = await ctx.api.get(url, { token: editor.token })
      expect(staff.status, url).toBe(200)
      expect(staff.headers.get('cache-control')).toBe('private, no-store')
    }
    // The document itself is gone for the public too.
    expect((await ctx.api.get(`/photos/${doc.id}`)).status).toBe(404)

    await ctx.api.patch(`/photos/${doc.id}`, { token: press.token, body: { withdrawn: false } })
    for (const url of urls(doc)) expect((await ctx.api.get(url)).status).toBe(200)
  })

  it('unknown, unsafe or foreign file names are 404, never a 5xx or a file outside the directory', async () => {
    for (const name of ['nope.jpg', '..%2F..%2Fpackage.json', '.env', 'UPPER.JPG', 'a b.jpg']) {
      expect((await ctx.api.get(`/photos/file/${name}`)).status, name).toBe(404)
    }
  })

  it('staff see where a photo is used; others may not ask', async () => {
    const created = await upload(
      ctx.api,
      editor.token,
      await solid(400, 300).jpeg().toBuffer(),
      'used.jpg',
    )
    const photo = created.body.doc as StoredDoc
    const project = await ctx.payload.create({
      collection: 'projects',
      draft: true,
      overrideAccess: true,
      data: {
        title: 'Klasse vernetzt: Nutzung',
        heroPhoto: photo.id,
        layout: [{ blockType: 'gallery', photos: [photo.id] }],
      } as never,
    })
    const usage = await ctx.api.get(`/photos/${photo.id}/usage`, { token: editor.token })
    expect(usage.status).toBe(200)
    const entry = (
      usage.body.usedIn as Array<{ collection: string; id: number; paths: string[] }>
    ).find((u) => u.collection === 'projects')
    expect(entry?.id).toBe(project.id)
    expect(entry?.paths.sort()).toEqual(['heroPhoto', 'layout.photos'])
    expect((await ctx.api.get(`/photos/${photo.id}/usage`)).status).toBe(403)
    expect((await ctx.api.get(`/photos/${photo.id}/usage`, { token: member.token })).status).toBe(
      403,
    )
  })
})

describe('press photos: folder import', () => {
  it('imports 10 photos, skips them as duplicates on a second run and reports a corrupt file without stopping', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'kk-import-'))
    // Test files share one database: 656 × 492 keeps these bytes distinct from the GPS upload in
    // upload.test.ts (noisyJpeg(640, 480, GPS_EXIF)), which the import would rightly call a duplicate.
    for (let i = 0; i < 10; i++) {
      const colour = `#${(i * 25).toString(16).padStart(2, '0')}80${(250 - i * 25).toString(16).padStart(2, '0')}`
      const bytes =
        i === 0
          ? await noisyJpeg(656, 492, GPS_EXIF)
          : await solid(480, 360, colour).jpeg().toBuffer()
      await writeFile(path.join(folder, `Fest ${String(i).padStart(2, '0')}.jpg`), bytes)
    }
    await writeFile(path.join(folder, 'kaputt.jpg'), (await noisyJpeg(640, 480)).subarray(0, 3000))
    await writeFile(path.join(folder, '.DS_Store'), 'junk')
    const event = await ctx.payload.create({
      collection: 'events',
      draft: true,
      overrideAccess: true,
      data: { title: 'Sommerfest Import', start: '2024-05-06T16:00:00.000Z' } as never,
    })
    const eventSlug = (event as { slug?: string }).slug
    expect(eventSlug).toBeTruthy()

    const progress: number[] = []
    const first = await importFolder(ctx.payload, {
      folder,
      credit: 'Jürgen Müller',
      licence: 'cc-by-4.0',
      event: eventSlug,
      onProgress: ({ done }) => progress.push(done),
    })
    expect(first.total).toBe(11)
    expect(first.imported).toHaveLength(10)
    expect(first.failed.map((f) => f.file)).toEqual(['kaputt.jpg'])
    expect(first.failed[0]?.error).toMatch(/beschädigt|corrupt/)
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])

    const withExif = await ctx.payload.findByID({
      collection: 'photos',
      id: first.imported[0]?.id ?? 0,
      overrideAccess: true,
      depth: 0,
    })
    expect(withExif.takenAt).toBe('2024-05-06T07:08:09.000Z')
    expect(withExif.licence).toBe('cc-by-4.0')
    expect(withExif.event).toBe(event.id)
    expect(withExif.credit).toBe('Jürgen Müller')

    const before = await snapshot(ctx.payload, ctx.dir)
    const second = await importFolder(ctx.payload, {
      folder,
      credit: 'Jürgen Müller',
      event: eventSlug,
    })
    expect(second.imported).toHaveLength(0)
    expect(second.duplicates).toHaveLength(10)
    expect(second.failed).toHaveLength(1)
    expect(await snapshot(ctx.payload, ctx.dir)).toEqual(before)
    const meta = await sharp(
      await readStored(ctx.payload, first.imported[0]?.filename ?? ''),
    ).metadata()
    expect(meta.format).toBe('jpeg')
  })
})
