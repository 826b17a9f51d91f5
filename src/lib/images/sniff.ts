/**
 * File type detection from the bytes only. The file name and the Content-Type header are chosen
 * by the client and are therefore never trusted. Binary formats (magic numbers) are file-type's;
 * markup (SVG, HTML, XML) is text with no magic number, which file-type does not name, so that
 * detection is ours.
 */
import { fileTypeFromBuffer, type FileTypeResult } from 'file-type'

import { bothLanguages } from '../../i18n'
import { rejections } from './errors'

export type AcceptedFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic' | 'heif'

export interface DetectedImageType {
  format: AcceptedFormat
  mime: string
  ext: string
}

/**
 * Formats we name when we refuse them. Any other format file-type recognises is named by its
 * extension in capitals ("MP4", "CR2"), so the editor learns what the file really is.
 */
export type RefusedFormat =
  'SVG' | 'XML' | 'HTML' | 'GIF' | 'TIFF' | 'PDF' | 'BMP' | 'PSD' | 'JPEG XL' | (string & {})

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

/** file-type's MIME type → our accepted format. */
const ACCEPTED_BY_MIME: Record<string, AcceptedFormat> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  // An animated PNG is a PNG; like any animation, only its first frame is used.
  'image/apng': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'image/heic-sequence': 'heic',
  'image/heif': 'heif',
  'image/heif-sequence': 'heif',
}

/** file-type's extension → the name the refusal message uses, where it differs from the capitals. */
const REFUSED_NAME: Record<string, RefusedFormat> = { tif: 'TIFF', jxl: 'JPEG XL' }

const AVIF_BRANDS = new Set(['avif', 'avis'])
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs'])

export async function sniffImage(buffer: Uint8Array): Promise<SniffResult> {
  if (buffer.length === 0) return { kind: 'empty' }
  const detected = await fileTypeFromBuffer(buffer)
  const accepted = detected ? ACCEPTED_BY_MIME[detected.mime] : undefined
  if (accepted) return { kind: 'accepted', type: ACCEPTED[refineHeif(buffer, accepted)] }
  // file-type calls any document that opens with "<?xml" XML, SVG included; the rest of markup it leaves unnamed.
  if (!detected || detected.ext === 'xml') {
    const markup = detectMarkup(buffer)
    if (markup) return { kind: 'refused', detected: markup }
  }
  return detected ? { kind: 'refused', detected: refusedName(detected) } : { kind: 'unknown' }
}

/** The accepted type as read from the bytes, or null for anything else. */
export async function detectImageType(buffer: Uint8Array): Promise<DetectedImageType | null> {
  const result = await sniffImage(buffer)
  return result.kind === 'accepted' ? result.type : null
}

/** Like detectImageType, but throws the ImageRejectedError an editor should see. */
export async function assertAcceptedImageType(buffer: Uint8Array): Promise<DetectedImageType> {
  const result = await sniffImage(buffer)
  switch (result.kind) {
    case 'accepted':
      return result.type
    case 'empty':
      throw rejections.empty()
    case 'refused':
      throw rejections.unsupportedType(result.detected)
    case 'unknown':
      throw rejections.unsupportedType(bothLanguages('imageUnknownFormat'))
  }
}

function refusedName(type: FileTypeResult): RefusedFormat {
  return REFUSED_NAME[type.ext] ?? type.ext.toUpperCase()
}

/**
 * file-type names an ISO-BMFF image by its major brand only, and calls major brand `mif1` HEIF.
 * AVIF and HEIC files may carry `mif1` as major brand and say what they are in the compatible
 * brands; that matters, because sharp decodes AVIF but not HEIC, so we read those brands too.
 */
function refineHeif(b: Uint8Array, format: AcceptedFormat): AcceptedFormat {
  if (format !== 'heif') return format
  const boxSize = readUint32BE(b, 0)
  // A real ftyp box is small; clamping keeps a hostile size from making us scan far.
  const end = Math.min(b.length, boxSize >= 16 ? boxSize : 16, 4096)
  const brands: string[] = []
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(b, offset, 4))
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif'
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic'
  return 'heif'
}

/**
 * SVG, HTML and other XML are text, so we look at the start of the document
 * after an optional BOM, whitespace, XML declaration, comments and doctype.
 */
function detectMarkup(b: Uint8Array): RefusedFormat | null {
  const head = decodeTextHead(b)
  if (head === null) return null
  const text = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (!text.startsWith('<')) return null
  if (/<svg[\s>/]/.test(text) || text.includes('<!doctype svg')) return 'SVG'
  if (
    /^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|script|iframe|meta|title|div|p|a)[\s>/]/.test(
      text,
    )
  ) {
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
  return (
    (b[offset] ?? 0) * 0x1000000 +
    ((b[offset + 1] ?? 0) << 16) +
    ((b[offset + 2] ?? 0) << 8) +
    (b[offset + 3] ?? 0)
  )
}
