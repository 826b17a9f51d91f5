/**
 * The rendition spec as data, so the Payload collection, the frontend and the
 * benchmark baseline all read the same numbers.
 */
import type { AvifOptions, JpegOptions, PngOptions, WebpOptions } from 'sharp'

export type OutputFormat = 'jpeg' | 'png' | 'webp' | 'avif'

export type RenditionGeometry =
  /** Scale to this width, height follows the aspect ratio. */
  | { kind: 'width'; width: number }
  /** Scale so the longer side is this long. */
  | { kind: 'longSide'; size: number }
  /** Exact aspect ratio, cropped around the focal point, then scaled. */
  | { kind: 'cover'; width: number; height: number }

export type SizeName = 'thumbnail' | 'card' | 'hero' | 'social' | 'print'

export interface EncoderSettings {
  jpeg: JpegOptions
  webp: WebpOptions
  avif: AvifOptions
  png: PngOptions
}

export interface SizeSpec {
  size: SizeName
  geometry: RenditionGeometry
  /** The first format is the primary one; the rest are modern alternatives of the same crop. */
  formats: readonly OutputFormat[]
  encoder?: Partial<EncoderSettings>
}

/** Web renditions: progressive JPEG; AVIF effort 3 is ~4× faster than 4 for a barely larger file. */
export const WEB_ENCODER: EncoderSettings = {
  jpeg: { quality: 82, progressive: true },
  webp: { quality: 80, effort: 4 },
  avif: { quality: 55, effort: 3 },
  png: { compressionLevel: 6 },
}

export const SIZES = [
  { size: 'thumbnail', geometry: { kind: 'width', width: 400 }, formats: ['jpeg'] },
  {
    size: 'card',
    geometry: { kind: 'cover', width: 800, height: 600 },
    formats: ['jpeg', 'webp', 'avif'],
  },
  { size: 'hero', geometry: { kind: 'width', width: 1920 }, formats: ['jpeg', 'webp', 'avif'] },
  { size: 'social', geometry: { kind: 'cover', width: 1200, height: 630 }, formats: ['jpeg'] },
  {
    size: 'print',
    geometry: { kind: 'longSide', size: 3000 },
    formats: ['jpeg'],
    // Print shops want full chroma and little compression; ICC sRGB is attached to every output.
    // optimiseCoding off: saves ~40 MB peak (see ORIGINAL_ENCODER) for ~5 % more bytes.
    encoder: {
      jpeg: { quality: 92, chromaSubsampling: '4:4:4', optimiseCoding: false, progressive: false },
    },
  },
] as const satisfies readonly SizeSpec[]

/**
 * The normalised original for press download. optimiseCoding is off because
 * libjpeg then keeps every DCT coefficient of the full image in memory
 * (measured: +130 MB for 24 MP) for a file only ~5 % smaller.
 */
export const ORIGINAL_ENCODER: EncoderSettings = {
  jpeg: { quality: 92, chromaSubsampling: '4:4:4', optimiseCoding: false },
  webp: { quality: 90, effort: 4 },
  avif: { quality: 70, effort: 3 },
  png: { compressionLevel: 6 },
}

type FormatSuffix<F extends OutputFormat> = F extends 'jpeg' ? '' : Capitalize<F>
type NamesOf<S extends SizeSpec> = S extends {
  size: infer N extends string
  formats: readonly (infer F extends OutputFormat)[]
}
  ? `${N}${FormatSuffix<F>}`
  : never

/** thumbnail, card, cardWebp, cardAvif, hero, heroWebp, heroAvif, social, print */
export type RenditionName = NamesOf<(typeof SIZES)[number]>

export interface RenditionJob {
  name: RenditionName
  spec: SizeSpec
  format: OutputFormat
}

export function renditionName(size: SizeName, format: OutputFormat): RenditionName {
  const suffix = format === 'jpeg' ? '' : format.charAt(0).toUpperCase() + format.slice(1)
  return `${size}${suffix}` as RenditionName
}

/** Every (size, format) pair, in the order they are encoded. */
export function renditionJobs(sizes: readonly SizeSpec[] = SIZES): RenditionJob[] {
  return sizes.flatMap((spec) =>
    spec.formats.map((format) => ({ name: renditionName(spec.size, format), spec, format })),
  )
}

export const MIME_BY_FORMAT: Record<OutputFormat, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  avif: { mime: 'image/avif', ext: 'avif' },
}

export function encoderOptions<F extends OutputFormat>(
  spec: SizeSpec,
  format: F,
): EncoderSettings[F] {
  return { ...WEB_ENCODER[format], ...spec.encoder?.[format] }
}
