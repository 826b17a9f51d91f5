/**
 * File type detection from magic bytes only. The file name and the
 * Content-Type header are chosen by the client and are therefore never trusted.
 */
import { rejections } from './errors'

export type AcceptedFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic' | 'heif'

export interface DetectedImageType {
  format: AcceptedFormat
  mime: string
  ext: string
}

/** Formats we recognise only to refuse them with a precise message. */
export type RefusedFormat = 'SVG' | 'XML' | 'HTML' | 'GIF' | 'TIFF' | 'PDF' | 'BMP' | 'PSD' | 'JPEG XL'

export type SniffResult =
  | { kind: 'accepted'; type: DetectedImageType }
  | { kind: 'refused'; detected: RefusedFormat }
  | { kind: 'empty' }
  | { kind: 'unknown' }

const ACCEPTED: Record<AcceptedFormat, DetectedImageType> = {
  jpeg: { format: 'jpeg', mime: 'image/jpeg', ext: 'jpg' },
  png: { format: 'png', mime: 'image/png', ext: 'png' },
  webp: { format: 'webp', mime: 'image/webp', ext: 'webp' },
  avif: { format: 'avif', mime: 'image/avif', ext: 'avif' },
  heic: { format: 'heic', mime: 'image/heic', ext: 'heic' },
  heif: { format: 'heif', mime: 'image/heif', ext: 'heif' },
}

const AVIF_BRANDS = new Set(['avif', 'avis'])
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs'])
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2'])

export function sniffImage(buffer: Uint8Array): SniffResult {
  if (buffer.length === 0) return { kind: 'empty' }
  const accepted = detectAccepted(buffer)
  if (accepted) return { kind: 'accepted', type: ACCEPTED[accepted] }
  const refused = detectRefused(buffer)
  if (refused) return { kind: 'refused', detected: refused }
  return { kind: 'unknown' }
}

/** The accepted type as read from the bytes, or null for anything else. */
export function detectImageType(buffer: Uint8Array): DetectedImageType | null {
  const result = sniffImage(buffer)
  return result.kind === 'accepted' ? result.type : null
}

/** Like detectImageType, but throws the ImageRejectedError an editor should see. */
export function assertAcceptedImageType(buffer: Uint8Array): DetectedImageType {
  const result = sniffImage(buffer)
  switch (result.kind) {
    case 'accepted':
      return result.type
    case 'empty':
      throw rejections.empty()
    case 'refused':
      throw rejections.unsupportedType(result.detected)
    case 'unknown':
      throw rejections.unsupportedType('unbekanntes Format', 'unknown format')
  }
}

function detectAccepted(b: Uint8Array): AcceptedFormat | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp'
  return detectIsoBmff(b)
}

/** AVIF and HEIC share the ISO-BMFF container; the `ftyp` brands tell them apart. */
function detectIsoBmff(b: Uint8Array): AcceptedFormat | null {
  if (b.length < 16 || ascii(b, 4, 4) !== 'ftyp') return null
  const boxSize = readUint32BE(b, 0)
  // A real ftyp box is small; clamping keeps a hostile size from making us scan far.
  const end = Math.min(b.length, boxSize >= 16 ? boxSize : 16, 4096)
  const brands = [ascii(b, 8, 4)]
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(b, offset, 4))
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif'
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic'
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'heif'
  return null
}

function detectRefused(b: Uint8Array): RefusedFormat | null {
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'GIF'
  if (
    startsWith(b, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) ||
    startsWith(b, [0x49, 0x49, 0x2b, 0x00]) ||
    startsWith(b, [0x4d, 0x4d, 0x00, 0x2b])
  ) {
    return 'TIFF'
  }
  if (ascii(b, 0, 5) === '%PDF-') return 'PDF'
  if (ascii(b, 0, 2) === 'BM' && b.length >= 14) return 'BMP'
  if (ascii(b, 0, 4) === '8BPS') return 'PSD'
  if (startsWith(b, [0xff, 0x0a]) || (ascii(b, 4, 4) === 'JXL ' && readUint32BE(b, 0) === 12)) {
    return 'JPEG XL'
  }
  return detectMarkup(b)
}

/**
 * SVG, HTML and other XML are text, so we look at the start of the document
 * after an optional BOM, whitespace, XML declaration, comments and doctype.
 */
function detectMarkup(b: Uint8Array): RefusedFormat | null {
  const head = decodeTextHead(b)
  if (head === null) return null
  const text = head.replace(/^\uFEFF/, '').trimStart().toLowerCase()
  if (!text.startsWith('<')) return null
  if (/<svg[\s>/]/.test(text) || text.includes('<!doctype svg')) return 'SVG'
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|script|iframe|meta|title|div|p|a)[\s>/]/.test(text)) {
    return 'HTML'
  }
  if (text.startsWith('<?xml') || text.startsWith('<!doctype') || text.startsWith('<!--')) {
    return 'XML'
  }
  return /^<[a-z]/.test(text) ? 'HTML' : null
}

/** First 4 KB as text, or null when it clearly is binary. Handles UTF-16 BOMs too. */
function decodeTextHead(b: Uint8Array): string | null {
  const head = b.subarray(0, 4096)
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head)
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head)
  if (head.includes(0)) return null
  return new TextDecoder('utf-8').decode(head)
}

function startsWith(b: Uint8Array, bytes: readonly number[]): boolean {
  if (b.length < bytes.length) return false
  return bytes.every((value, index) => b[index] === value)
}

function ascii(b: Uint8Array, offset: number, length: number): string {
  if (b.length < offset + length) return ''
  return String.fromCharCode(...b.subarray(offset, offset + length))
}

function readUint32BE(b: Uint8Array, offset: number): number {
  if (b.length < offset + 4) return 0
  return ((b[offset] ?? 0) * 0x1000000 + ((b[offset + 1] ?? 0) << 16) + ((b[offset + 2] ?? 0) << 8) + (b[offset + 3] ?? 0))
}
