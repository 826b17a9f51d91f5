import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import {
  assertAcceptedImageType,
  detectImageType,
  ImageRejectedError,
  sniffImage,
} from '../../../src/lib/images'
import { ftypBox, HTML_PAGE, PDF_BYTES, solid, SVG_WITH_SCRIPT } from './fixtures'

async function rejection(fn: () => Promise<unknown>): Promise<ImageRejectedError> {
  try {
    await fn()
  } catch (error) {
    if (error instanceof ImageRejectedError) return error
    throw error
  }
  throw new Error('expected an ImageRejectedError')
}

describe('detectImageType', () => {
  it.each([
    ['jpeg', 'image/jpeg', 'jpg'],
    ['png', 'image/png', 'png'],
    ['webp', 'image/webp', 'webp'],
    ['avif', 'image/avif', 'avif'],
  ] as const)('detects %s from the bytes alone', async (format, mime, ext) => {
    const bytes = await solid(32, 24).toFormat(format).toBuffer()
    expect(await detectImageType(bytes)).toEqual({
      format: format === 'avif' ? 'avif' : format,
      mime,
      ext,
    })
  })

  it('detects HEIC and plain HEIF from the ftyp brands', async () => {
    expect((await detectImageType(ftypBox('heic', ['mif1', 'heic'])))?.mime).toBe('image/heic')
    expect((await detectImageType(ftypBox('mif1', ['mif1', 'heic'])))?.mime).toBe('image/heic')
    expect((await detectImageType(ftypBox('mif1', ['mif1', 'miaf'])))?.mime).toBe('image/heif')
    // AVIF files often carry major brand mif1 with avif as a compatible brand.
    expect((await detectImageType(ftypBox('mif1', ['mif1', 'avif'])))?.mime).toBe('image/avif')
    expect(await detectImageType(ftypBox('isom', ['isom', 'mp42']))).toBeNull()
  })

  it('reads PNG bytes as PNG, whatever the upload claimed (there is no name parameter)', async () => {
    const png = await solid(16, 16).png().toBuffer()
    expect((await detectImageType(png))?.format).toBe('png')
    expect(detectImageType.length).toBe(1)
  })

  it('rejects JPEG magic that is shifted by one byte', async () => {
    const jpeg = await solid(16, 16).jpeg().toBuffer()
    expect(await detectImageType(Buffer.concat([Buffer.from([0x20]), jpeg]))).toBeNull()
  })
})

describe('refused types', () => {
  it('zero bytes → 400', async () => {
    const error = await rejection(() => assertAcceptedImageType(Buffer.alloc(0)))
    expect(error.status).toBe(400)
    expect(error.code).toBe('empty')
  })

  it('GIF → 415 naming GIF', async () => {
    const gif = await solid(16, 16).gif().toBuffer()
    expect(await sniffImage(gif)).toEqual({ kind: 'refused', detected: 'GIF' })
    const error = await rejection(() => assertAcceptedImageType(gif))
    expect(error.status).toBe(415)
    expect(error.messageDe).toContain('erkannt: GIF')
    expect(error.messageEn).toContain('detected: GIF')
    expect(error.message).toContain('JPEG, PNG, WebP, AVIF')
  })

  it('TIFF → 415 (both byte orders)', async () => {
    const tiff = await solid(16, 16).tiff().toBuffer()
    expect(await sniffImage(tiff)).toEqual({ kind: 'refused', detected: 'TIFF' })
    // Big-endian header followed by an empty IFD: the smallest complete TIFF.
    expect(
      await sniffImage(Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0])),
    ).toEqual({ kind: 'refused', detected: 'TIFF' })
    expect((await rejection(() => assertAcceptedImageType(tiff))).status).toBe(415)
  })

  it('SVG with script → 415 naming SVG', async () => {
    expect(await sniffImage(SVG_WITH_SCRIPT)).toEqual({ kind: 'refused', detected: 'SVG' })
    const bare = Buffer.from('  \n<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')
    expect(await sniffImage(bare)).toEqual({ kind: 'refused', detected: 'SVG' })
    expect((await rejection(() => assertAcceptedImageType(SVG_WITH_SCRIPT))).status).toBe(415)
  })

  it('HTML → 415 naming HTML, also with BOM and leading comment', async () => {
    expect(await sniffImage(HTML_PAGE)).toEqual({ kind: 'refused', detected: 'HTML' })
    const tricky = Buffer.from('\uFEFF<!-- hi -->\n<HTML><body>x</body></HTML>')
    expect(await sniffImage(tricky)).toEqual({ kind: 'refused', detected: 'HTML' })
    const error = await rejection(() => assertAcceptedImageType(HTML_PAGE))
    expect(error.status).toBe(415)
    expect(error.messageEn).toContain('detected: HTML')
  })

  it('plain XML → 415 naming XML', async () => {
    expect(await sniffImage(Buffer.from('<?xml version="1.0"?><note>x</note>'))).toEqual({
      kind: 'refused',
      detected: 'XML',
    })
  })

  it('PDF → 415', async () => {
    expect(await sniffImage(PDF_BYTES)).toEqual({ kind: 'refused', detected: 'PDF' })
  })

  it('any other format file-type knows is named, so the editor learns what the file is', async () => {
    const error = await rejection(() => assertAcceptedImageType(ftypBox('isom', ['isom', 'mp42'])))
    expect(error.status).toBe(415)
    expect(error.messageEn).toContain('detected: MP4')
  })

  it('random bytes → 415 unknown', async () => {
    const error = await rejection(() =>
      assertAcceptedImageType(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])),
    )
    expect(error.status).toBe(415)
    expect(error.messageEn).toContain('unknown format')
  })
})

describe('sharp agrees with the sniffer', () => {
  it('for every accepted format sharp reports the same container', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
      const bytes = await solid(20, 10).toFormat(format).toBuffer()
      const meta = await sharp(bytes).metadata()
      const sniffed = (await detectImageType(bytes))?.format
      expect(meta.format === 'heif' ? 'avif' : meta.format).toBe(sniffed)
    }
  })
})
