/**
 * The storage guarantees on a real S3-compatible server (s3rver on a free loopback port): bytes
 * read back from the bucket are the GPS-free, credit-bearing files; a database failure after the
 * objects were written leaves nothing served or kept; the cleanup job removes what a crash would
 * leave; documents (PDF) live in the same bucket. The whole upload corpus runs on S3 with
 * `npm run test:s3`.
 */
import type { CollectionAfterOperationHook, CollectionSlug } from 'payload'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CLEANUP_TASK, cleanupOrphanFiles, storeOf } from '../../../plugins/press-photos'
import { readExif, readXmpCredit } from '../../../src/lib/images'
import { tinyPdf } from '../../helpers/content'
import { createUser, type TestUser } from '../../helpers/users'
import { GPS_EXIF, noisyJpeg } from '../../lib/images/fixtures'
import {
  bootPhotos,
  DEFAULT_FIELDS,
  fileRoute,
  type PhotoContext,
  readStored,
  type StoredDoc,
  storedKeys,
  upload,
} from './helpers'

let ctx: PhotoContext
let editor: TestUser
let press: TestUser

afterAll(async () => {
  await ctx.bucket?.close()
})

beforeAll(async () => {
  ctx = await bootPhotos({ storage: 's3' })
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  press = await createUser(ctx.payload, ctx.api, ['press'])
})

const namesOf = (doc: StoredDoc) => [doc.filename, ...doc.renditions.map((r) => r.filename)]

/** The bucket's own listing through a separate client (not our store), so the test sees what really is there. */
async function bucketKeys(): Promise<string[]> {
  const client = new S3Client({
    endpoint: ctx.bucket!.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
  const page = await client.send(new ListObjectsV2Command({ Bucket: ctx.bucket!.bucket }))
  client.destroy()
  return (page.Contents ?? []).map((object) => object.Key ?? '')
}

describe('press photos on S3-compatible object storage', () => {
  it('stores original and renditions in the bucket: GPS-free, with the credit, served through the CMS', async () => {
    const created = await upload(
      ctx.api,
      editor.token,
      await noisyJpeg(1200, 900, GPS_EXIF),
      'bucket.jpg',
    )
    expect(created.status).toBe(201)
    const doc = created.body.doc as StoredDoc
    const keys = await storedKeys(ctx.payload)
    for (const name of namesOf(doc)) {
      expect(keys).toContain(name)
      const bytes = await readStored(ctx.payload, name)
      const meta = await sharp(bytes).metadata()
      const exif = readExif(meta.exif) ?? { gpsEntryCount: 0, hasGpsPointer: false }
      expect(exif.gpsEntryCount, name).toBe(0)
      expect(readXmpCredit(meta.xmp).artist, name).toBe(DEFAULT_FIELDS.credit)
      const served = await ctx.api.get(fileRoute(name), { token: editor.token })
      expect(served.status).toBe(200)
      expect(served.headers.get('content-length')).toBe(String(bytes.length))
    }
    expect(doc.filesize).toBe((await readStored(ctx.payload, doc.filename)).length)
  })

  it('takedown: a withdrawn photo is 404 on every URL the CMS serves, straight from the bucket', async () => {
    const doc = (await upload(ctx.api, editor.token, await noisyJpeg(800, 600), 'takedown.jpg'))
      .body.doc as StoredDoc
    expect(
      (
        await ctx.api.patch(`/photos/${doc.id}`, {
          token: press.token,
          body: { releasedForPublic: true },
        })
      ).status,
    ).toBe(200)
    for (const name of namesOf(doc))
      expect((await ctx.api.get(fileRoute(name))).status, name).toBe(200)
    expect(
      (await ctx.api.patch(`/photos/${doc.id}`, { token: press.token, body: { withdrawn: true } }))
        .status,
    ).toBe(200)
    for (const name of namesOf(doc))
      expect((await ctx.api.get(fileRoute(name))).status, name).toBe(404)
  })

  it('a database failure after the objects were written leaves no row and no object, served or listed', async () => {
    const hooks = ctx.payload.collections['photos' as CollectionSlug].config.hooks
    let written: string[] = []
    // Runs after the plugin's afterOperation has put the objects, before the commit: the
    // transaction rolls back with the objects already in the bucket.
    const failAfterStore: CollectionAfterOperationHook = ({ req, result, operation }) => {
      if (operation === 'create' && req.context.failAfterStore) {
        written = namesOf(result as unknown as StoredDoc)
        throw new Error('forced database failure after processing')
      }
      return result
    }
    hooks.afterOperation.push(failAfterStore)
    try {
      const before = await ctx.payload.count({ collection: 'photos', overrideAccess: true })
      const data = await noisyJpeg(640, 480)
      await expect(
        ctx.payload.create({
          collection: 'photos',
          data: DEFAULT_FIELDS as never,
          file: { data, mimetype: 'image/jpeg', name: 'failing.jpg', size: data.length },
          context: { failAfterStore: true },
          overrideAccess: true,
        }),
      ).rejects.toThrow('forced database failure')
      expect(written.length).toBeGreaterThan(1)
      expect(await ctx.payload.count({ collection: 'photos', overrideAccess: true })).toEqual(
        before,
      )
      const keys = await storedKeys(ctx.payload)
      const listed = await bucketKeys()
      for (const name of written) {
        expect(keys).not.toContain(name)
        expect(listed).not.toContain(`photos/${name}`)
        expect((await ctx.api.get(fileRoute(name), { token: editor.token })).status).toBe(404)
      }
    } finally {
      hooks.afterOperation.splice(hooks.afterOperation.indexOf(failAfterStore), 1)
    }
  })

  it('the cleanup job removes what a crash between write and commit leaves, after the grace period, and nothing in use', async () => {
    const kept = (await upload(ctx.api, editor.token, await noisyJpeg(640, 480), 'kept.jpg')).body
      .doc as StoredDoc
    // What a crash leaves: objects written, no committed row naming them.
    const store = storeOf(ctx.payload, 'photos')
    const orphans = ['crashed-0123456789.jpg', 'crashed-0123456789-thumbnail-abcdef0123.webp']
    for (const name of orphans) await store.put(name, Buffer.from('leftover'), 'image/jpeg')
    for (const name of orphans)
      expect((await ctx.api.get(fileRoute(name), { token: editor.token })).status).toBe(404)

    // Within the grace period nothing is touched (it could be an upload about to commit).
    expect((await cleanupOrphanFiles(ctx.payload)).removed).toEqual([])

    // The queued task, as the daily schedule runs it, with the grace period passed.
    await ctx.payload.jobs.queue({ task: CLEANUP_TASK, input: { graceMinutes: 0 } } as never)
    await ctx.payload.jobs.run({ limit: 10 })
    const keys = await storedKeys(ctx.payload)
    for (const name of orphans) expect(keys).not.toContain(name)
    expect(await bucketKeys()).not.toContain(`photos/${orphans[0]}`)
    for (const name of namesOf(kept)) expect(keys).toContain(name)
    expect((await ctx.api.get(fileRoute(kept.filename), { token: editor.token })).status).toBe(200)
  })

  it('documents (PDF) go to the same bucket, are served by Payload’s file route from it, and leave with their row', async () => {
    const pdf = tinyPdf()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }),
      'Programm 2026.pdf',
    )
    form.append('_payload', JSON.stringify({ title: 'Programm' }))
    const created = await ctx.api.post('/documents', { token: editor.token, body: form })
    expect(created.status).toBe(201)
    const doc = created.body.doc as { id: number; filename: string }
    expect(await storedKeys(ctx.payload, 'documents')).toContain(doc.filename)
    const served = await ctx.api.get(`/documents/file/${encodeURIComponent(doc.filename)}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.body).toBe(pdf.toString('latin1'))
    expect(await bucketKeys()).toContain(`documents/${doc.filename}`)

    // An object no committed row names (a failed commit) is not served, although documents are public.
    await storeOf(ctx.payload, 'documents').put('verwaist.pdf', pdf, 'application/pdf')
    expect((await ctx.api.get('/documents/file/verwaist.pdf')).status).toBe(404)

    expect((await ctx.api.delete(`/documents/${doc.id}`, { token: press.token })).status).toBe(200)
    expect(await storedKeys(ctx.payload, 'documents')).not.toContain(doc.filename)
    expect((await ctx.api.get(`/documents/file/${encodeURIComponent(doc.filename)}`)).status).toBe(
      404,
    )
  })
})
