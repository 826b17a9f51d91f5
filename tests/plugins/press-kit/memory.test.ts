/**
 * User story: "As the operator I let journalists download a kit of twenty print photos without the
 * server holding the archive in memory: a few downloads at once must not take the server down."
 * A memory bound, not a speed limit: the memory the process holds (sampled after a collection when
 * the answer arrives and every 32 chunks) grows by far less than the archive while streaming; an
 * answer built in memory holds the whole archive (checked: such an endpoint fails this test).
 * The uploads take one to five minutes on the shared 2-core machine; the streaming a second.
 */
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { createUser, type TestUser } from '../../helpers/users'
import { bootPhotos, type PhotoContext, type StoredDoc, upload } from '../press-photos/helpers'
import { getKit, noiseJpeg } from './helpers'

const PHOTOS = 20

let ctx: PhotoContext
let press: TestUser
let releaseID: number
let printBytes = 0

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const usage = () => {
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage()
  // arrayBuffers is part of external; Buffers live there, not on the JS heap.
  return { rss, js: heapUsed + external, arrayBuffers }
}

beforeAll(async () => {
  ctx = await bootPhotos()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  const photos: StoredDoc[] = []
  // Two at a time: the plugin processes two uploads at once anyway.
  for (let index = 0; index < PHOTOS; index += 2) {
    const batch = await Promise.all(
      [index, index + 1].map(async (n) => {
        const created = await upload(
          ctx.api,
          press.token,
          await noiseJpeg(1600, 1200, 1000 + n),
          `last-${n}.jpg`,
          { alt: `Foto ${n}`, credit: `Fotografin ${n}` },
        )
        expect(created.status, JSON.stringify(created.body)).toBe(201)
        return created.body.doc as StoredDoc
      }),
    )
    photos.push(...batch)
  }
  printBytes = photos.reduce(
    (sum, photo) => sum + photo.renditions.find((r) => r.name === 'print')!.filesize,
    0,
  )
  const created = await ctx.api.post('/press-releases', {
    token: press.token,
    body: {
      title: 'Zwanzig Fotos',
      teaser: 'Eine große Pressemappe',
      heroPhoto: photos[0]!.id,
      gallery: photos.slice(1).map((p) => p.id),
      _status: 'published',
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  releaseID = created.body.doc.id
}, 600_000)

describe('a press kit of twenty print photos', () => {
  it('streams with memory growth well below the archive size', async () => {
    expect(printBytes).toBeGreaterThan(PHOTOS * 2 * 1024 * 1024)
    const dir = await mkdtemp(path.join(tmpdir(), 'kk-press-kit-'))
    const target = path.join(dir, 'kit.zip')
    try {
      gc()
      const before = usage()
      const peak = { ...before }
      // Collected first: what counts is what the stream holds on to, not garbage not yet collected.
      const sample = () => {
        gc()
        const now = usage()
        peak.rss = Math.max(peak.rss, now.rss)
        peak.js = Math.max(peak.js, now.js)
        peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers)
      }
      const response = await getKit(ctx, releaseID)
      expect(response.status).toBe(200)
      // Before the first byte is read: an answer built in memory would already hold the archive here.
      sample()
      const file = createWriteStream(target)
      let received = 0
      let chunks = 0
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        received += chunk.byteLength
        if (!file.write(chunk))
          await new Promise<void>((resolve) => file.once('drain', () => resolve()))
        if (++chunks % 32 === 1) sample()
      }
      await new Promise<void>((resolve, reject) =>
        file.end((error?: Error | null) => (error ? reject(error) : resolve())),
      )

      expect(received).toBe((await stat(target)).size)
      expect(received).toBeGreaterThan(printBytes)
      const growth = {
        rss: peak.rss - before.rss,
        js: peak.js - before.js,
        arrayBuffers: peak.arrayBuffers - before.arrayBuffers,
      }
      console.info(
        `press kit ${(received / 1048576).toFixed(1)} MB in ${chunks} chunks; peak growth rss ${(growth.rss / 1048576).toFixed(1)} MB, ` +
          `heap+external ${(growth.js / 1048576).toFixed(1)} MB, array buffers ${(growth.arrayBuffers / 1048576).toFixed(1)} MB`,
      )
      expect(growth.arrayBuffers).toBeLessThan(received * 0.5)
      expect(growth.js).toBeLessThan(received * 0.5)
      expect(growth.rss).toBeLessThan(received * 0.5)

      // And it is a whole, valid archive: twenty photos and the three texts.
      const names = await new Promise<string[]>((resolve, reject) => {
        yauzl.open(target, { lazyEntries: false }, (error, zip) => {
          if (error || !zip) return reject(error)
          const found: string[] = []
          zip.on('entry', (entry: yauzl.Entry) => found.push(entry.fileName))
          zip.on('end', () => resolve(found))
          zip.on('error', reject)
        })
      })
      expect(names.filter((name) => name.endsWith('.jpg'))).toHaveLength(PHOTOS)
      expect(names).toContain('Bildnachweis.txt')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
