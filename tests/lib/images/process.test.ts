import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import {
  canDecodeHeic,
  type EncodedImage,
  type ProcessedImage,
  processImage,
  readExif,
  readXmpCredit,
} from '../../../src/lib/images'
import {
  CREDIT,
  ftypBox,
  GPS_EXIF,
  halfRedHalfBlue,
  HTML_PAGE,
  noisyJpeg,
  rejectionOf,
  solid,
  SVG_WITH_SCRIPT,
} from './fixtures'

function allOutputs(result: ProcessedImage): Array<[string, EncodedImage]> {
  return [['original', result.original], ...Object.entries(result.renditions)]
}

const EXPECTED_NAMES = [
  'thumbnail',
  'card',
  'cardWebp',
  'cardAvif',
  'hero',
  'heroWebp',
  'heroAvif',
  'social',
  'print',
]

describe('processImage: refusals', () => {
  it('truncated JPEG → 400, not an unhandled sharp error', async () => {
    const jpeg = await noisyJpeg(800, 600)
    const error = await rejectionOf(
      processImage(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), { credit: CREDIT }),
    )
    expect(error.status).toBe(400)
    expect(error.code).toBe('corrupt')
  })

  it('JPEG header followed by garbage → 400', async () => {
    const jpeg = await noisyJpeg(200, 200)
    const broken = Buffer.concat([jpeg.subarray(0, 400), Buffer.alloc(5000, 0x55)])
    expect((await rejectionOf(processImage(broken, { credit: CREDIT }))).status).toBe(400)
  })

  it('HTML → 415, SVG with script → 415, GIF → 415, TIFF → 415', async () => {
    const gif = await solid(16, 16).gif().toBuffer()
    const tiff = await solid(16, 16).tiff().toBuffer()
    for (const [bytes, detected] of [
      [HTML_PAGE, 'HTML'],
      [SVG_WITH_SCRIPT, 'SVG'],
      [gif, 'GIF'],
      [tiff, 'TIFF'],
    ] as const) {
      const error = await rejectionOf(processImage(bytes, { credit: CREDIT }))
      expect(error.status).toBe(415)
      expect(error.messageEn).toContain(`detected: ${detected}`)
    }
  })

  it('HEIC → 415 with instructions when the installed sharp cannot decode HEVC', async () => {
    const heic = Buffer.concat([ftypBox('heic', ['mif1', 'heic']), Buffer.alloc(64)])
    const error = await rejectionOf(processImage(heic, { credit: CREDIT }))
    if (canDecodeHeic()) {
      // A decoder exists, so this fake file is simply corrupt.
      expect(error.status).toBe(400)
    } else {
      expect(error.status).toBe(415)
      expect(error.code).toBe('heic-not-decodable')
      expect(error.messageDe).toContain('JPEG')
    }
  })
})

describe('processImage: outputs', () => {
  it('produces every rendition at the specified size from a large input', async () => {
    const result = await processImage(await noisyJpeg(2400, 1600), { credit: CREDIT })
    expect(Object.keys(result.renditions).sort()).toEqual([...EXPECTED_NAMES].sort())
    const size = (name: string): [number, number] => {
      const item =
        name === 'original'
          ? result.original
          : result.renditions[name as keyof typeof result.renditions]
      return [item.width, item.height]
    }
    expect(size('original')).toEqual([2400, 1600])
    expect(size('thumbnail')).toEqual([400, 267])
    for (const name of ['card', 'cardWebp', 'cardAvif']) expect(size(name)).toEqual([800, 600])
    for (const name of ['hero', 'heroWebp', 'heroAvif']) expect(size(name)).toEqual([1920, 1280])
    expect(size('social')).toEqual([1200, 630])
    // 3000 px long side would be an enlargement: print stays at 2400 × 1600.
    expect(size('print')).toEqual([2400, 1600])
    // The reported sizes and formats are what is really in the bytes.
    for (const [, output] of allOutputs(result)) {
      const meta = await sharp(output.buffer).metadata()
      expect([meta.width, meta.height]).toEqual([output.width, output.height])
      expect(meta.format === 'heif' ? 'avif' : meta.format).toBe(output.format)
    }
    expect(result.renditions.cardAvif.mime).toBe('image/avif')
    expect(result.renditions.heroWebp.ext).toBe('webp')
  })

  it('never upscales a small input, but keeps the cover aspect ratios', async () => {
    const result = await processImage(await noisyJpeg(500, 300), { credit: CREDIT })
    for (const [name, output] of allOutputs(result)) {
      expect(output.width, name).toBeLessThanOrEqual(500)
      expect(output.height, name).toBeLessThanOrEqual(300)
    }
    expect([result.renditions.thumbnail.width, result.renditions.thumbnail.height]).toEqual([
      400, 240,
    ])
    expect([result.renditions.hero.width, result.renditions.hero.height]).toEqual([500, 300])
    expect([result.renditions.card.width, result.renditions.card.height]).toEqual([400, 300])
    expect(result.renditions.social.width / result.renditions.social.height).toBeCloseTo(
      1200 / 630,
      1,
    )
  })

  it('moves the card crop with the focal point', async () => {
    const input = await halfRedHalfBlue(2400, 1200)
    const dominant = async (focalX: number): Promise<'red' | 'blue'> => {
      const result = await processImage(input, { credit: CREDIT, focalPoint: { x: focalX, y: 50 } })
      const { channels } = await sharp(result.renditions.card.buffer).stats()
      const red = channels[0]?.mean ?? 0
      const blue = channels[2]?.mean ?? 0
      return red > blue ? 'red' : 'blue'
    }
    expect(await dominant(0)).toBe('red')
    expect(await dominant(100)).toBe('blue')
  })

  it('re-encodes: HTML appended to a JPEG (polyglot) never reaches an output', async () => {
    const marker = '<script>alert("polyglot")</script>'
    const polyglot = Buffer.concat([
      await noisyJpeg(640, 480),
      Buffer.from(`<html>${marker}</html>`),
    ])
    const result = await processImage(polyglot, { credit: CREDIT })
    for (const [name, output] of allOutputs(result)) {
      expect(output.buffer.includes(Buffer.from(marker)), name).toBe(false)
      expect(output.buffer.includes(Buffer.from('polyglot')), name).toBe(false)
    }
  })

  it('turns a CMYK JPEG into 8-bit sRGB outputs', async () => {
    const cmyk = await solid(400, 300, '#dd3322').toColourspace('cmyk').jpeg().toBuffer()
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk')
    const result = await processImage(cmyk, { credit: CREDIT })
    for (const [name, output] of allOutputs(result)) {
      const meta = await sharp(output.buffer).metadata()
      expect(meta.space, name).toBe('srgb')
      expect(meta.depth, name).toBe('uchar')
      expect(meta.channels, name).toBe(3)
    }
    // The colour survives the conversion (red stays red).
    const { channels } = await sharp(result.renditions.card.buffer).stats()
    expect(channels[0]?.mean ?? 0).toBeGreaterThan(channels[2]?.mean ?? 255)
  })

  it('turns a 16-bit PNG into 8-bit outputs (original stays PNG)', async () => {
    const png16 = await solid(400, 300).toColourspace('rgb16').png().toBuffer()
    expect((await sharp(png16).metadata()).depth).toBe('ushort')
    const result = await processImage(png16, { credit: CREDIT })
    expect(result.original.format).toBe('png')
    for (const [name, output] of allOutputs(result)) {
      expect((await sharp(output.buffer).metadata()).depth, name).toBe('uchar')
    }
  })

  it('applies EXIF orientation 6 (dimensions swapped, no orientation left)', async () => {
    const rotated = await sharp(await noisyJpeg(600, 400))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    expect((await sharp(rotated).metadata()).orientation).toBe(6)
    const result = await processImage(rotated, { credit: CREDIT })
    expect([result.original.width, result.original.height]).toEqual([400, 600])
    expect([result.renditions.print.width, result.renditions.print.height]).toEqual([400, 600])
    expect(result.source).toMatchObject({ width: 400, height: 600 })
    for (const [name, output] of allOutputs(result)) {
      expect((await sharp(output.buffer).metadata()).orientation ?? 1, name).toBe(1)
    }
  })

  it('strips GPS and camera data from every output but writes the credit into each', async () => {
    const gpsXmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,27.6N"/></rdf:RDF></x:xmpmeta>'
    const input = await sharp(await noisyJpeg(900, 600, GPS_EXIF))
      .withExifMerge({})
      .withXmp(gpsXmp)
      .jpeg()
      .toBuffer()
    // The fixture really carries GPS, camera and XMP location; otherwise this test proves nothing.
    const inputMeta = await sharp(input).metadata()
    expect(readExif(inputMeta.exif)?.gpsEntryCount).toBeGreaterThan(0)
    expect(readExif(inputMeta.exif)?.make).toBe('Canon')
    expect(inputMeta.xmp?.toString()).toContain('GPSLatitude')

    const result = await processImage(input, { credit: CREDIT })
    expect(result.takenAt?.toISOString()).toBe('2024-05-06T07:08:09.000Z')
    for (const [name, output] of allOutputs(result)) {
      const meta = await sharp(output.buffer).metadata()
      const exif = readExif(meta.exif)
      expect(exif, name).toBeDefined()
      expect(exif?.hasGpsPointer, name).toBe(false)
      expect(exif?.gpsEntryCount, name).toBe(0)
      expect(exif?.make, name).toBeUndefined()
      expect(exif?.model, name).toBeUndefined()
      expect(exif?.takenAt, name).toBeUndefined()
      expect(exif?.artist, name).toBe('Juergen Mueller [Kreative Klasse]')
      expect(exif?.copyright, name).toBe('Copyright 2025 Kreative Klasse e.V. - Essen')
      expect(readXmpCredit(meta.xmp), name).toEqual(CREDIT)
      expect(meta.xmp?.toString('utf8'), name).not.toContain('GPS')
      expect(meta.icc, name).toBeDefined()
    }
  })

  it('has no takenAt when the camera wrote none', async () => {
    const result = await processImage(await noisyJpeg(320, 240), { credit: CREDIT })
    expect(result.takenAt).toBeUndefined()
  })

  it('keeps PNG/WebP/AVIF originals in their format and turns alpha into white for JPEG', async () => {
    const transparent = await sharp({
      create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer()
    const result = await processImage(transparent, { credit: CREDIT })
    expect(result.original.format).toBe('png')
    expect((await sharp(result.original.buffer).metadata()).hasAlpha).toBe(true)
    const { channels } = await sharp(result.renditions.card.buffer).stats()
    expect(channels[0]?.mean).toBeGreaterThan(250)
    for (const format of ['webp', 'avif'] as const) {
      const again = await processImage(await solid(300, 200).toFormat(format).toBuffer(), {
        credit: CREDIT,
      })
      expect(again.original.format).toBe(format)
    }
  })
})

describe('processImage: animated WebP', () => {
  it('uses the first frame only and reports the frame count', async () => {
    const frame = (background: string) => solid(640, 480, background).png().toBuffer()
    const animated = await sharp([await frame('#ff0000'), await frame('#0000ff')], {
      join: { animated: true },
    })
      .webp()
      .toBuffer()
    expect((await sharp(animated).metadata()).pages).toBe(2)
    const result = await processImage(animated, { credit: CREDIT })
    expect(result.source.pages).toBe(2)
    expect([result.original.width, result.original.height]).toEqual([640, 480])
    expect((await sharp(result.original.buffer).metadata()).pages ?? 1).toBe(1)
    const { channels } = await sharp(result.renditions.card.buffer).stats()
    expect(channels[0]?.mean ?? 0).toBeGreaterThan(channels[2]?.mean ?? 255)
  })
})
