/**
 * An editor moves a photo's focal point: the original's URL (already in press kits, mails and
 * partner sites) keeps serving the same bytes; only the renditions are cut anew around the point.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, type TestUser } from '../../helpers/users'
import { halfRedHalfBlue } from '../../lib/images/fixtures'
import {
  bootPhotos,
  DEFAULT_FIELDS,
  fileRoute,
  type PhotoContext,
  readStored,
  snapshot,
  type StoredDoc,
  upload,
} from './helpers'

let ctx: PhotoContext
let editor: TestUser
const created: number[] = []

beforeAll(async () => {
  ctx = await bootPhotos()
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

afterAll(async () => {
  for (const id of created)
    await ctx.payload.delete({ collection: 'photos', id, overrideAccess: true })
  await ctx.bucket?.close()
})

/** The colour at the centre of the card rendition (800 × 600): which half the crop is on. */
async function cardCentre(doc: StoredDoc): Promise<'red' | 'blue'> {
  const card = doc.renditions.find((r) => r.name === 'card')
  const bytes = await readStored(ctx.payload, card?.filename ?? '')
  const { data } = await sharp(bytes)
    .extract({ left: 399, top: 299, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return (data[0] ?? 0) > (data[2] ?? 0) ? 'red' : 'blue'
}

describe('press photos: moving the focal point', () => {
  it('keeps the original under its URL with the same bytes and re-cuts only the renditions', async () => {
    const response = await upload(
      ctx.api,
      editor.token,
      await halfRedHalfBlue(1600, 600),
      'fokus.jpg',
      { ...DEFAULT_FIELDS, focalX: 5, focalY: 50 },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const before = response.body.doc as StoredDoc
    created.push(before.id)
    expect(await cardCentre(before)).toBe('red')
    const originalBytes = await readStored(ctx.payload, before.filename)
    const servedBefore = await ctx.api.get(fileRoute(before.filename), { token: editor.token })
    expect(servedBefore.status).toBe(200)

    const patched = await ctx.api.patch(`/photos/${before.id}`, {
      token: editor.token,
      body: { focalX: 95, focalY: 50 },
    })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    const after = patched.body.doc as StoredDoc & { focalX: number }

    // The original: same name, same URL, same bytes, same description.
    expect(after.filename).toBe(before.filename)
    expect(after.url).toBe(before.url)
    expect(after).toMatchObject({
      filesize: before.filesize,
      width: before.width,
      height: before.height,
      contentHash: before.contentHash,
    })
    expect((await readStored(ctx.payload, after.filename)).equals(originalBytes)).toBe(true)
    const servedAfter = await ctx.api.get(fileRoute(before.filename), { token: editor.token })
    expect(servedAfter.status).toBe(200)
    expect(servedAfter.headers.get('content-length')).toBe(
      servedBefore.headers.get('content-length'),
    )
    expect(servedAfter.body).toBe(servedBefore.body)

    // The renditions follow the new point, under new names; the old ones are gone.
    expect(after.focalX).toBe(95)
    expect(await cardCentre(after)).toBe('blue')
    const oldNames = before.renditions.map((r) => r.filename)
    const card = (doc: StoredDoc) => doc.renditions.find((r) => r.name === 'card')?.filename
    expect(card(after)).not.toBe(card(before))
    const { files } = await snapshot(ctx.payload)
    for (const r of after.renditions) expect(files).toContain(r.filename)
    for (const name of oldNames.filter(
      (name) => !after.renditions.some((r) => r.filename === name),
    ))
      expect(files).not.toContain(name)
    expect(files).toContain(before.filename)
  })
})
