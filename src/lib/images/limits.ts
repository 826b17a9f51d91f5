/**
 * Size limits, checked from the file header before any pixel is decoded, so a
 * small "pixel bomb" (e.g. a 16000 × 16000 PNG of a few hundred KB) is refused
 * without allocating the gigabyte its pixels would need.
 */
import sharp, { type Metadata, type SharpOptions } from 'sharp'

import { rejections } from './errors'

export const MAX_IMAGE_BYTES = 40 * 1024 * 1024
export const MAX_IMAGE_PIXELS = 100_000_000
/** Below this edge length no rendition would be useful. */
export const MIN_IMAGE_EDGE = 16
/** Beyond this the cover crops (4:3, 1.9:1) would keep only a sliver. */
export const MAX_ASPECT_RATIO = 20

/**
 * Input options for every sharp() call on untrusted bytes.
 * - limitInputPixels: second line of defence should the header check be bypassed.
 * - failOn 'truncated': refuse truncated data instead of silently padding it grey,
 *   while still accepting the harmless warnings real cameras produce.
 * - pages 1: animated WebP/AVIF sequences are reduced to their FIRST frame.
 *   This is a photo library; an animation would be unexpected, and dropping the
 *   other frames is safer than decoding up to hundreds of them.
 */
export const SAFE_INPUT_OPTIONS = {
  limitInputPixels: MAX_IMAGE_PIXELS,
  failOn: 'truncated',
  pages: 1,
  sequentialRead: true,
} as const satisfies SharpOptions

export interface HeaderInfo {
  /** Stored dimensions, i.e. before EXIF orientation is applied. */
  width: number
  height: number
  /** Number of frames; >1 for animated WebP. Only the first one is used. */
  pages: number
  metadata: Metadata
}

export function assertByteSize(buffer: Uint8Array): void {
  if (buffer.length === 0) throw rejections.empty()
  if (buffer.length > MAX_IMAGE_BYTES) throw rejections.tooManyBytes(buffer.length, MAX_IMAGE_BYTES)
}

/**
 * Reads dimensions from the header (sharp's metadata() parses headers only and
 * decodes no pixels) and refuses files that are too large or unusable.
 */
export async function assertWithinLimits(buffer: Uint8Array): Promise<HeaderInfo> {
  assertByteSize(buffer)
  let metadata: Metadata
  try {
    // sharp's own pixel limit would throw a generic error here; we want to read
    // the dimensions and refuse with a precise 413 ourselves. metadata() parses
    // headers only, so lifting the limit for this call allocates no pixels.
    metadata = await sharp(buffer, { ...SAFE_INPUT_OPTIONS, limitInputPixels: false }).metadata()
  } catch (error) {
    throw rejections.corrupt(error)
  }
  const { width, height } = metadata
  if (!width || !height) throw rejections.corrupt(new Error('header has no dimensions'))
  if (width * height > MAX_IMAGE_PIXELS) {
    throw rejections.tooManyPixels(width, height, MAX_IMAGE_PIXELS)
  }
  const shortEdge = Math.min(width, height)
  if (shortEdge < MIN_IMAGE_EDGE || Math.max(width, height) / shortEdge > MAX_ASPECT_RATIO) {
    throw rejections.unusableDimensions(width, height, MIN_IMAGE_EDGE, MAX_ASPECT_RATIO)
  }
  return { width, height, pages: metadata.pages ?? 1, metadata }
}
