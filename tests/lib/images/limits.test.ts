import { describe, expect, it } from 'vitest'

import { assertWithinLimits, MAX_IMAGE_BYTES, processImage } from '../../../src/lib/images'
import { CREDIT, noisyJpeg, pngPixelBomb, rejectionOf, solid } from './fixtures'

describe('limits', () => {
  it('refuses a 256-megapixel PNG bomb from its header with 413', async () => {
    const bomb = await pngPixelBomb()
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const error = await rejectionOf(processImage(bomb, { credit: CREDIT }))
    expect(error.status).toBe(413)
    expect(error.code).toBe('too-many-pixels')
    expect(error.messageEn).toContain('16000 × 16000')
    // The header check alone, without processImage around it, refuses it too.
    expect((await rejectionOf(assertWithinLimits(bomb))).code).toBe('too-many-pixels')
  })

  it('refuses more than 40 MB with 413 before looking inside', async () => {
    const jpeg = await noisyJpeg(64, 64)
    const huge = Buffer.concat([jpeg, Buffer.alloc(MAX_IMAGE_BYTES + 1 - jpeg.length)])
    const error = await rejectionOf(processImage(huge, { credit: CREDIT }))
    expect(error.status).toBe(413)
    expect(error.code).toBe('too-many-bytes')
  })

  it('refuses zero bytes with 400', async () => {
    const error = await rejectionOf(processImage(Buffer.alloc(0), { credit: CREDIT }))
    expect(error.status).toBe(400)
  })

  it('refuses a sliver (extreme aspect ratio) with 422', async () => {
    const sliver = await solid(2000, 40).png().toBuffer()
    const error = await rejectionOf(processImage(sliver, { credit: CREDIT }))
    expect(error.status).toBe(422)
    expect(error.code).toBe('unusable-dimensions')
  })

  it('accepts an image right at a normal size and reports its header', async () => {
    const info = await assertWithinLimits(await solid(300, 200).png().toBuffer())
    expect(info).toMatchObject({ width: 300, height: 200, pages: 1 })
  })
})
