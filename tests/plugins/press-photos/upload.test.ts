import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readExif, readXmpCredit, toExifAscii } from '../../../src/lib/images'
import { createUser, type TestUser } from '../../helpers/users'
import {
  CREDIT,
  ftypBox,
  GPS_EXIF,
  halfRedHalfBlue,
  HTML_PAGE,
  noisyJpeg,
  PDF_BYTES,
  pngPixelBomb,
  solid,
  SVG_WITH_SCRIPT,
} from '../../lib/images/fixtures'
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

afterAll(async () => {
  await ctx.bucket?.close()
})

beforeAll(async () => {
  ctx = await bootPhotos()
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

const storedFiles = (doc: StoredDoc) => [doc.filename, ...doc.renditions.map((r) => r.filename)]
const read = (name: string) => readStored(ctx.payload, name)

type Case = {
  name: string
  file: () => Promise<Buffer> | Buffer
  filename: string
  type?: string
  status: number
  /** Extra checks on an accepted upload. */
  check?: (doc: StoredDoc) => Promise<void> | void
  message?: RegExp
}

const png = (w = 320, h = 240) => solid(w, h).png().toBuffer()
const jpeg = (w = 320, h = 240) => solid(w, h).jpeg().toBuffer()

const corpus: Case[] = [
  {
    name: 'pixel bomb (16000 × 16000 PNG)',
    file: () => pngPixelBomb(),
    filename: 'bomb.png',
    status: 413,
    message: /Pixel/,
  },
  {
    name: 'truncated JPEG',
    file: async () => {
      const full = await noisyJpeg(640, 480)
      return full.subarray(0, Math.floor(full.length / 2))
    },
    filename: 'cut.jpg',
    status: 400,
    message: /beschädigt|corrupt/,
  },
  {
    name: 'zero bytes',
    file: () => Buffer.alloc(0),
    filename: 'empty.jpg',
    status: 400,
    message: /leer|empty/,
  },
  {
    name: 'HTML named .jpg',
    file: () => HTML_PAGE,
    filename: 'photo.jpg',
    type: 'image/jpeg',
    status: 415,
    message: /HTML/,
  },
  {
    name: 'PNG named .html (stored as .png)',
    file: () => png(),
    filename: 'page.html',
    type: 'text/html',
    status: 201,
    check: (doc) => {
      expect(doc.filename).toMatch(/^page-[0-9a-f]{10}\.png$/)
      expect(doc.mimeType).toBe('image/png')
    },
  },
  {
    name: 'JPEG with appended HTML (polyglot)',
    file: async () =>
      Buffer.concat([await jpeg(), Buffer.from('<html><script>alert(1)</script></html>')]),
    filename: 'polyglot.jpg',
    status: 201,
    check: async (doc) => {
      for (const name of storedFiles(doc)) {
        const bytes = (await read(name)).toString('latin1')
        expect(bytes).not.toContain('<script')
        expect(bytes).not.toContain('<html')
      }
    },
  },
  {
    name: 'SVG with script',
    file: () => SVG_WITH_SCRIPT,
    filename: 'logo.svg',
    status: 415,
    message: /SVG/,
  },
  {
    name: 'SVG named .png',
    file: () => SVG_WITH_SCRIPT,
    filename: 'logo.png',
    type: 'image/png',
    status: 415,
    message: /SVG/,
  },
  {
    name: 'GIF',
    file: () => solid(64, 64).gif().toBuffer(),
    filename: 'a.gif',
    status: 415,
    message: /GIF/,
  },
  {
    name: 'TIFF',
    file: () => solid(64, 64).tiff().toBuffer(),
    filename: 'scan.tif',
    status: 415,
    message: /TIFF/,
  },
  {
    name: 'PDF named .jpg',
    file: () => PDF_BYTES,
    filename: 'doc.jpg',
    status: 415,
    message: /PDF/,
  },
  {
    name: 'random bytes',
    file: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 73 + 11) % 256)),
    filename: 'x.jpg',
    status: 415,
  },
  {
    name: 'HEIC the installed sharp cannot decode',
    file: () => Buffer.concat([ftypBox('heic', ['mif1', 'heic']), Buffer.alloc(2048, 7)]),
    filename: 'IMG_0001.HEIC',
    status: 415,
    message: /HEIC/,
  },
  {
    name: 'over 40 MB',
    file: async () => Buffer.concat([await jpeg(), Buffer.alloc(41 * 1024 * 1024, 1)]),
    filename: 'huge.jpg',
    status: 413,
    message: /groß|large/,
  },
  {
    name: 'too small to be a photo (8 × 8)',
    file: () => png(8, 8),
    filename: 'dot.png',
    status: 422,
  },
  {
    name: 'extreme aspect ratio (2000 × 40)',
    file: () => png(2000, 40),
    filename: 'strip.png',
    status: 422,
  },
  {
    name: '../../x.jpg',
    file: () => jpeg(),
    filename: '../../x.jpg',
    status: 201,
    check: (doc) => expect(doc.filename).toMatch(/^x-[0-9a-f]{10}\.jpg$/),
  },
  {
    name: 'umlauts, spaces and # in the name',
    file: () => jpeg(),
    filename: 'Übersicht März #2 Straße.JPG',
    status: 201,
    check: (doc) => expect(doc.filename).toMatch(/^uebersicht-maerz-2-strasse-[0-9a-f]{10}\.jpg$/),
  },
  {
    name: 'JPEG named .png with Content-Type text/html',
    file: () => jpeg(),
    filename: 'fake.png',
    type: 'text/html',
    status: 201,
    check: (doc) => {
      expect(doc.filename).toMatch(/\.jpg$/)
      expect(doc.mimeType).toBe('image/jpeg')
    },
  },
  {
    name: 'CMYK JPEG',
    file: () => solid(320, 240).toColourspace('cmyk').jpeg().toBuffer(),
    filename: 'print.jpg',
    status: 201,
    check: async (doc) => {
      for (const name of storedFiles(doc))
        expect((await sharp(await read(name)).metadata()).space).toBe('srgb')
    },
  },
  {
    name: '16-bit PNG',
    file: () => solid(320, 240).toColourspace('rgb16').png().toBuffer(),
    filename: 'deep.png',
    status: 201,
    check: async (doc) =>
      expect((await sharp(await read(doc.filename)).metadata()).depth).toBe('uchar'),
  },
  {
    name: 'EXIF orientation 6',
    file: () => solid(400, 200).withMetadata({ orientation: 6 }).jpeg().toBuffer(),
    filename: 'rotated.jpg',
    status: 201,
    check: async (doc) => {
      expect([doc.width, doc.height]).toEqual([200, 400])
      const meta = await sharp(await read(doc.filename)).metadata()
      expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([200, 400, 1])
    },
  },
  {
    name: 'GPS EXIF (every stored file without GPS)',
    file: () => noisyJpeg(640, 480, GPS_EXIF),
    filename: 'gps.jpg',
    status: 201,
    check: async (doc) => {
      expect(doc.takenAt).toBe('2024-05-06T07:08:09.000Z')
      for (const name of storedFiles(doc)) {
        const exif = readExif((await sharp(await read(name)).metadata()).exif) ?? {
          gpsEntryCount: 0,
          hasGpsPointer: false,
        }
        expect(exif.gpsEntryCount).toBe(0)
        expect(exif.hasGpsPointer).toBe(false)
        expect(exif.make).toBeUndefined()
        expect(exif.artist).toBe(toExifAscii(DEFAULT_FIELDS.credit))
      }
    },
  },
  {
    name: 'animated WebP (first frame)',
    file: async () => {
      const a = await solid(320, 240, '#ff0000').png().toBuffer()
      const b = await solid(320, 240, '#0000ff').png().toBuffer()
      return sharp([a, b], { join: { animated: true } })
        .webp({ loop: 0 })
        .toBuffer()
    },
    filename: 'anim.webp',
    status: 201,
    check: async (doc) => {
      expect(doc.filename).toMatch(/\.webp$/)
      const meta = await sharp(await read(doc.filename)).metadata()
      expect(meta.pages ?? 1).toBe(1)
      expect([doc.width, doc.height]).toEqual([320, 240])
    },
  },
  {
    name: 'smaller than every rendition (120 × 90)',
    file: () => jpeg(120, 90),
    filename: 'tiny.jpg',
    status: 201,
    check: (doc) => {
      for (const r of doc.renditions) {
        expect(r.width).toBeLessThanOrEqual(120)
        expect(r.height).toBeLessThanOrEqual(90)
      }
    },
  },
  {
    name: 'AVIF',
    file: () => solid(320, 240).avif().toBuffer(),
    filename: 'a.avif',
    status: 201,
    check: (doc) => expect(doc.mimeType).toBe('image/avif'),
  },
]

describe('press photos: upload corpus through the REST handler', () => {
  it('has at least 20 cases', () => expect(corpus.length).toBeGreaterThanOrEqual(20))

  for (const testCase of corpus) {
    it(`${testCase.name} → ${testCase.status}`, async () => {
      const before = await snapshot(ctx.payload, ctx.dir)
      const bytes = await testCase.file()
      const response = await upload(
        ctx.api,
        editor.token,
        bytes,
        testCase.filename,
        DEFAULT_FIELDS,
        testCase.type,
      )
      expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(testCase.status)
      const after = await snapshot(ctx.payload, ctx.dir)
      if (testCase.status >= 400) {
        expect(after).toEqual(before)
        if (testCase.message) expect(JSON.stringify(response.body)).toMatch(testCase.message)
        return
      }
      const doc = response.body.doc as StoredDoc
      expect(after.rows).toBe(before.rows + 1)
      expect(after.files.length).toBe(before.files.length + 1 + doc.renditions.length)
      expect(doc.filename).toMatch(/^[a-z0-9][a-z0-9-]*\.(jpg|png|webp|avif)$/)
      // Payload's own file fields describe the stored normalised original.
      const original = await read(doc.filename)
      const meta = await sharp(original).metadata()
      expect(doc.filesize).toBe(original.length)
      expect([doc.width, doc.height]).toEqual([meta.width, meta.height])
      for (const r of doc.renditions) expect((await read(r.filename)).length).toBe(r.filesize)
      await testCase.check?.(doc)
    })
  }

  it('never answers 5xx and keeps serving afterwards', async () => {
    const list = await ctx.api.get('/photos', { token: editor.token })
    expect(list.status).toBe(200)
    const health = await upload(ctx.api, editor.token, await jpeg(), 'after.jpg')
    expect(health.status).toBe(201)
  })

  it('refuses anonymous uploads before decoding and stores nothing', async () => {
    const before = await snapshot(ctx.payload, ctx.dir)
    const response = await upload(ctx.api, undefined, await jpeg(), 'anon.jpg')
    expect([401, 403]).toContain(response.status)
    expect(await snapshot(ctx.payload, ctx.dir)).toEqual(before)
  })

  it('a failed validation after processing leaves no row and no file', async () => {
    const before = await snapshot(ctx.payload, ctx.dir)
    const missingAlt = await upload(ctx.api, editor.token, await jpeg(), 'noalt.jpg', {
      credit: 'X',
    })
    expect(missingAlt.status).toBe(400)
    const missingCredit = await upload(ctx.api, editor.token, await jpeg(), 'nocredit.jpg', {
      alt: 'x',
    })
    expect(missingCredit.status).toBe(400)
    const badLicence = await upload(ctx.api, editor.token, await jpeg(), 'licence.jpg', {
      ...DEFAULT_FIELDS,
      licence: 'stolen',
    })
    expect(badLicence.status).toBe(400)
    expect(await snapshot(ctx.payload, ctx.dir)).toEqual(before)
  })
})

describe('press photos: renditions', () => {
  it('records every rendition with the specified dimensions, hash names, credit and contentHash', async () => {
    const bytes = await noisyJpeg(3200, 2400)
    const response = await upload(ctx.api, editor.token, bytes, 'Sommerfest.jpg', {
      alt: 'Sommerfest',
      credit: CREDIT.artist,
      copyrightHolder: CREDIT.copyright,
    })
    expect(response.status).toBe(201)
    const doc = response.body.doc as StoredDoc
    const { createHash } = await import('node:crypto')
    expect(doc.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'))
    const dims = Object.fromEntries(
      doc.renditions.map((r) => [r.name, [r.width, r.height, r.mimeType]]),
    )
    expect(dims).toEqual({
      thumbnail: [400, 300, 'image/jpeg'],
      card: [800, 600, 'image/jpeg'],
      cardWebp: [800, 600, 'image/webp'],
      cardAvif: [800, 600, 'image/avif'],
      hero: [1920, 1440, 'image/jpeg'],
      heroWebp: [1920, 1440, 'image/webp'],
      heroAvif: [1920, 1440, 'image/avif'],
      social: [1200, 630, 'image/jpeg'],
      print: [3000, 2250, 'image/jpeg'],
    })
    for (const r of doc.renditions) {
      expect(r.filename).toMatch(
        new RegExp(`^sommerfest-[0-9a-f]{10}-[a-z]+-[0-9a-f]{10}\\.(jpg|webp|avif)$`),
      )
      expect(r.url).toContain(fileRoute(r.filename))
      const file = await read(r.filename)
      const meta = await sharp(file).metadata()
      expect([meta.width, meta.height]).toEqual([r.width, r.height])
      expect(readXmpCredit(meta.xmp)).toEqual(CREDIT)
      expect(createHash('sha256').update(file).digest('hex').slice(0, 10)).toBe(
        r.filename.split('-').pop()?.split('.')[0],
      )
    }
    expect(readXmpCredit((await sharp(await read(doc.filename)).metadata()).xmp)).toEqual(CREDIT)
    const found = await ctx.payload.find({
      collection: 'photos',
      where: { contentHash: { equals: doc.contentHash } },
      overrideAccess: true,
    })
    expect(found.docs.map((d) => d.id)).toContain(doc.id)
  })

  it('the focal point moves the crop', async () => {
    const bytes = await halfRedHalfBlue(1600, 600)
    const centreColour = async (focalX: number) => {
      const response = await upload(ctx.api, editor.token, bytes, 'focal.jpg', {
        ...DEFAULT_FIELDS,
        focalX,
        focalY: 50,
      })
      expect(response.status).toBe(201)
      const card = (response.body.doc as StoredDoc).renditions.find((r) => r.name === 'card')
      const { data } = await sharp(await read(card?.filename ?? ''))
        .extract({ left: 399, top: 299, width: 1, height: 1 })
        .raw()
        .toBuffer({ resolveWithObject: true })
      return (data[0] ?? 0) > (data[2] ?? 0) ? 'red' : 'blue'
    }
    expect(await centreColour(5)).toBe('red')
    expect(await centreColour(95)).toBe('blue')
  })

  it('changing the credit re-writes every file under new names and removes the old ones', async () => {
    const created = await upload(ctx.api, editor.token, await jpeg(800, 600), 'credit.jpg')
    const doc = created.body.doc as StoredDoc
    const patched = await ctx.api.patch(`/photos/${doc.id}`, {
      token: editor.token,
      body: { credit: 'Erika Mustermann' },
    })
    expect(patched.status).toBe(200)
    const updated = patched.body.doc as StoredDoc
    expect(updated.filename).not.toBe(doc.filename)
    expect(updated.contentHash).toBe(doc.contentHash)
    for (const r of updated.renditions)
      expect(readXmpCredit((await sharp(await read(r.filename)).metadata()).xmp).artist).toBe(
        'Erika Mustermann',
      )
    const { files } = await snapshot(ctx.payload, ctx.dir)
    for (const old of storedFiles(doc)) expect(files).not.toContain(old)
  })

  it('deleting a photo removes its files', async () => {
    const created = await upload(ctx.api, editor.token, await jpeg(), 'gone.jpg')
    const doc = created.body.doc as StoredDoc
    expect((await ctx.api.delete(`/photos/${doc.id}`, { token: editor.token })).status).toBe(200)
    const { files } = await snapshot(ctx.payload, ctx.dir)
    for (const name of storedFiles(doc)) expect(files).not.toContain(name)
  })
})

describe('press photos: concurrency', () => {
  it('two simultaneous uploads of same.jpg get distinct names and their own bytes (20 times)', async () => {
    for (let round = 0; round < 20; round++) {
      const red = await solid(240, 180, '#ff0000').jpeg().toBuffer()
      const blue = await solid(240, 180, '#0000ff').jpeg().toBuffer()
      const [a, b] = await Promise.all([
        upload(ctx.api, editor.token, red, 'same.jpg'),
        upload(ctx.api, editor.token, blue, 'same.jpg'),
      ])
      expect([a.status, b.status]).toEqual([201, 201])
      const docA = a.body.doc as StoredDoc
      const docB = b.body.doc as StoredDoc
      expect(docA.filename).not.toBe(docB.filename)
      expect(new Set([...storedFiles(docA), ...storedFiles(docB)]).size).toBe(
        2 + docA.renditions.length + docB.renditions.length,
      )
      for (const [doc, colour] of [
        [docA, 'red'],
        [docB, 'blue'],
      ] as const) {
        for (const name of storedFiles(doc)) {
          const { data } = await sharp(await read(name))
            .resize(1, 1)
            .raw()
            .toBuffer({ resolveWithObject: true })
          expect((data[0] ?? 0) > (data[2] ?? 0) ? 'red' : 'blue', `${name} round ${round}`).toBe(
            colour,
          )
        }
        expect((await read(doc.filename)).length).toBe(doc.filesize)
      }
    }
  }, 240_000)
})
