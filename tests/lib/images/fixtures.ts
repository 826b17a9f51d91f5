/**
 * Test fixtures, generated at runtime (no binary files in the repository).
 */
import { crc32, createDeflate } from 'node:zlib'
import sharp, { type Exif, type Sharp } from 'sharp'

import { ImageRejectedError } from '../../../src/lib/images'

export const CREDIT = {
  artist: 'Jürgen Müller (Kreative Klasse)',
  copyright: '© 2025 Kreative Klasse e.V. – Essen',
}

/** A JPEG with some texture, so truncating it really cuts entropy-coded data. */
export async function noisyJpeg(width = 640, height = 480, exif?: Exif): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 1234567
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    pixels[i] = (seed >>> 16) & 0xff
  }
  let pipeline = sharp(pixels, { raw: { width, height, channels: 3 } })
  if (exif) pipeline = pipeline.withExif(exif)
  return pipeline.jpeg({ quality: 85 }).toBuffer()
}

export function solid(width: number, height: number, background = '#3366cc'): Sharp {
  return sharp({ create: { width, height, channels: 3, background } })
}

/** Left half red, right half blue. */
export async function halfRedHalfBlue(width: number, height: number): Promise<Buffer> {
  const half = Math.floor(width / 2)
  const blue = await solid(width - half, height, '#0000ff')
    .png()
    .toBuffer()
  return solid(width, height, '#ff0000')
    .composite([{ input: blue, left: half, top: 0 }])
    .jpeg({ quality: 95 })
    .toBuffer()
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/**
 * A valid 16000 × 16000 RGB PNG (256 megapixels, 768 MB of pixels) that is only
 * ~750 KB on disk because every pixel is black: the classic decompression bomb.
 */
export async function pngPixelBomb(width = 16000, height = 16000): Promise<Buffer> {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // colour type RGB
  const rowsPerChunk = 200
  const zeros = Buffer.alloc((width * 3 + 1) * rowsPerChunk) // filter byte 0 + black pixels
  const deflate = createDeflate({ level: 9 })
  const parts: Buffer[] = []
  deflate.on('data', (part: Buffer) => parts.push(part))
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  for (let row = 0; row < height; row += rowsPerChunk) deflate.write(zeros)
  deflate.end()
  await finished
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.concat(parts)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** An ISO-BMFF `ftyp` box as HEIC/AVIF files start with; enough for sniffing. */
export function ftypBox(major: string, compatible: string[]): Buffer {
  const size = 16 + compatible.length * 4
  const box = Buffer.alloc(size)
  box.writeUInt32BE(size, 0)
  box.write('ftyp', 4, 'ascii')
  box.write(major, 8, 'ascii')
  compatible.forEach((brand, index) => box.write(brand, 16 + index * 4, 'ascii'))
  return box
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
)

export const HTML_PAGE = Buffer.from(
  '<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>',
)

export const PDF_BYTES = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
)

export const GPS_EXIF: Exif = {
  IFD0: { Make: 'Canon', Model: 'EOS R6', Artist: 'Somebody Else' },
  IFD2: { DateTimeOriginal: '2024:05:06 07:08:09' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '51/1 27/1 3600/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '7/1 0/1 3600/100',
  },
}

/** The ImageRejectedError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function rejectionOf(promise: Promise<unknown>): Promise<ImageRejectedError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ImageRejectedError) return error
    throw error
  }
  throw new Error('expected an ImageRejectedError')
}
