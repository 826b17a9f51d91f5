// Generates a 24-megapixel JPEG that behaves like a photo for the encoder:
// smooth gradients and soft shapes plus fine noise, so it is neither trivially
// compressible (flat colour) nor pathological (pure white noise).
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'

export const FIXTURE_WIDTH = 6000
export const FIXTURE_HEIGHT = 4000

/** Deterministic PRNG so every run benchmarks the same bytes. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function makeFixtureJpeg(
  width = FIXTURE_WIDTH,
  height = FIXTURE_HEIGHT,
  seed = 42,
): Promise<Buffer> {
  const random = mulberry32(seed)
  const pixels = Buffer.allocUnsafe(width * height * 3)
  const blobs = Array.from({ length: 24 }, () => ({
    x: random() * width,
    y: random() * height,
    r: (0.05 + random() * 0.2) * width,
    c: [random() * 255, random() * 255, random() * 255] as const,
  }))
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = (x / width) * 180 + 40
      let g = (y / height) * 160 + 50
      let b = ((x + y) / (width + height)) * 200 + 30
      for (const blob of blobs) {
        const dx = x - blob.x
        const dy = y - blob.y
        const d2 = (dx * dx + dy * dy) / (blob.r * blob.r)
        if (d2 < 1) {
          const w = (1 - d2) * 0.6
          r = r * (1 - w) + blob.c[0] * w
          g = g * (1 - w) + blob.c[1] * w
          b = b * (1 - w) + blob.c[2] * w
        }
      }
      const noise = (random() - 0.5) * 28
      const i = (y * width + x) * 3
      pixels[i] = clampByte(r + noise)
      pixels[i + 1] = clampByte(g + noise)
      pixels[i + 2] = clampByte(b + noise)
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()
}

function clampByte(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v)
}

/** Writes the fixture into a fresh temp dir and returns its path. */
export async function writeFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kk-upload-bench-'))
  const file = join(dir, `photo-${FIXTURE_WIDTH}x${FIXTURE_HEIGHT}.jpg`)
  await writeFile(file, await makeFixtureJpeg())
  return file
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = await writeFixture()
  console.log(file)
}
