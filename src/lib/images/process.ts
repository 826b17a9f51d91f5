/**
 * processImage: untrusted upload bytes in, re-encoded original and renditions out.
 *
 * Decoding strategy (measured with bench/upload/library.ts on a 24 MP JPEG):
 * sharp's clone() does NOT share decoded pixels — every clone decodes the input
 * again. Instead we decode twice in total, each time streaming:
 *  1. input → normalised full-size original (streamed, never fully in memory),
 *  2. input → one raw 8-bit sRGB working copy, shrunk on load to the smallest
 *     size that still serves the most demanding rendition (≈ 3000 px long side),
 * and cut every rendition from that working copy. No output is ever encoded
 * from another encoded output, and no input byte is copied to an output.
 */
import pLimit from 'p-limit'
import sharp, { type Sharp } from 'sharp'

import { creditExif, creditXmp, type PhotoCredit } from './credit'
import { isImageRejectedError, rejections } from './errors'
import { readTakenAt } from './exif'
import {
  focalCrop,
  type FocalPoint,
  normaliseFocalPoint,
  type Size,
  targetSize,
  workingSize,
} from './focal-crop'
import { assertWithinLimits, SAFE_INPUT_OPTIONS } from './limits'
import {
  encoderOptions,
  MIME_BY_FORMAT,
  ORIGINAL_ENCODER,
  type OutputFormat,
  type RenditionJob,
  renditionJobs,
  type RenditionName,
  SIZES,
  type SizeSpec,
} from './renditions'
import { type AcceptedFormat, assertAcceptedImageType } from './sniff'

export interface ProcessImageOptions {
  focalPoint?: FocalPoint
  credit: PhotoCredit
  /**
   * How many encodes run at once. sharp uses one libvips thread per pipeline on
   * glibc Linux, so 2 uses two cores; more raises peak memory for little gain.
   */
  parallelism?: number
}

export interface EncodedImage {
  buffer: Buffer
  format: OutputFormat
  mime: string
  ext: string
  width: number
  height: number
}

export interface ProcessedImage {
  original: EncodedImage
  renditions: Record<RenditionName, EncodedImage>
  /** EXIF DateTimeOriginal; wall-clock time as UTC when the camera stored no offset. */
  takenAt?: Date
  source: {
    format: AcceptedFormat
    /** After EXIF orientation. */
    width: number
    height: number
    /** >1 for animated input; only the first frame is used. */
    pages: number
  }
}

/** HEIC (HEVC) decoding needs libde265, which sharp's prebuilt binaries do not ship. */
export function canDecodeHeic(): boolean {
  const suffixes =
    (sharp.format.heif?.input as { fileSuffix?: string[] } | undefined)?.fileSuffix ?? []
  return suffixes.includes('.heic') || suffixes.includes('.heif')
}

const ORIGINAL_FORMAT: Record<AcceptedFormat, OutputFormat> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  heic: 'jpeg',
  heif: 'jpeg',
}

export async function processImage(
  input: Buffer,
  options: ProcessImageOptions,
): Promise<ProcessedImage> {
  return decodeAndEncode(input, options, true) as Promise<ProcessedImage>
}

/**
 * Only the renditions, cut from `input` (a stored normalised original) around a new focal point:
 * the original itself is neither re-encoded nor renamed, so its URL and bytes stay as they are.
 */
export async function processRenditions(
  input: Buffer,
  options: ProcessImageOptions,
): Promise<Pick<ProcessedImage, 'renditions' | 'source'>> {
  return decodeAndEncode(input, options, false)
}

async function decodeAndEncode(
  input: Buffer,
  options: ProcessImageOptions,
  withOriginal: boolean,
): Promise<Omit<ProcessedImage, 'original'> & { original?: EncodedImage }> {
  const type = await assertAcceptedImageType(input)
  const isHeic = type.format === 'heic' || type.format === 'heif'
  if (isHeic && !canDecodeHeic()) throw rejections.heicNotDecodable()

  const header = await assertWithinLimits(input)
  const swapped = (header.metadata.orientation ?? 1) >= 5
  const source: Size = swapped
    ? { width: header.height, height: header.width }
    : { width: header.width, height: header.height }
  const focal = normaliseFocalPoint(options.focalPoint)
  const metadata = outputMetadata(options.credit)

  try {
    const limit = pLimit(Math.max(1, options.parallelism ?? 2))
    const jobs = renditionJobs()
    const encodeAll = async (): Promise<EncodedImage[]> => {
      const working = await limit(() => decodeWorkingCopy(input, workingSize(source, SIZES)))
      return Promise.all(
        jobs.map((job) => limit(() => encodeRendition(working, job, focal, metadata))),
      )
    }
    // One Promise.all so a failure in either branch never leaves an unhandled rejection.
    const [original, encoded] = await Promise.all([
      withOriginal
        ? limit(() => encodeOriginal(input, ORIGINAL_FORMAT[type.format], metadata))
        : undefined,
      encodeAll(),
    ])
    const renditions: Partial<Record<RenditionName, EncodedImage>> = {}
    jobs.forEach((job, index) => {
      const item = encoded[index]
      if (item) renditions[job.name] = item
    })
    return {
      original,
      renditions: renditions as Record<RenditionName, EncodedImage>,
      takenAt: readTakenAt(header.metadata.exif),
      source: { format: type.format, ...source, pages: header.pages },
    }
  } catch (error) {
    if (isImageRejectedError(error)) throw error
    // Everything sharp throws here comes from the input's pixel data.
    throw isHeic ? rejections.heicNotDecodable(error) : rejections.corrupt(error)
  }
}

interface OutputMetadata {
  apply(pipeline: Sharp): Sharp
}

/**
 * sharp strips all input metadata (GPS, camera, XMP, IPTC) unless told to keep
 * it. withExif() first removes every inherited EXIF field and then writes only
 * ours, withXmp() replaces any input XMP, and the ICC profile is the sRGB one.
 */
function outputMetadata(credit: PhotoCredit): OutputMetadata {
  const exif = creditExif(credit)
  const xmp = creditXmp(credit)
  return { apply: (pipeline) => pipeline.withExif(exif).withXmp(xmp).withIccProfile('srgb') }
}

function normalisedInput(input: Buffer): Sharp {
  // rotate() applies EXIF orientation; toColourspace makes CMYK, 16-bit and grey inputs 8-bit sRGB.
  return sharp(input, SAFE_INPUT_OPTIONS).rotate().toColourspace('srgb')
}

function encode(pipeline: Sharp, format: OutputFormat, settings: typeof ORIGINAL_ENCODER): Sharp {
  switch (format) {
    case 'jpeg':
      // JPEG has no alpha: flatten onto white instead of libvips' default black.
      return pipeline.flatten({ background: '#ffffff' }).jpeg(settings.jpeg)
    case 'png':
      return pipeline.png(settings.png)
    case 'webp':
      return pipeline.webp(settings.webp)
    case 'avif':
      return pipeline.avif(settings.avif)
  }
}

async function toEncoded(pipeline: Sharp, format: OutputFormat): Promise<EncodedImage> {
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true })
  return { buffer: data, format, ...MIME_BY_FORMAT[format], width: info.width, height: info.height }
}

function encodeOriginal(
  input: Buffer,
  format: OutputFormat,
  metadata: OutputMetadata,
): Promise<EncodedImage> {
  return toEncoded(metadata.apply(encode(normalisedInput(input), format, ORIGINAL_ENCODER)), format)
}

interface WorkingCopy {
  data: Buffer
  width: number
  height: number
  channels: 1 | 2 | 3 | 4
}

async function decodeWorkingCopy(input: Buffer, size: Size): Promise<WorkingCopy> {
  const { data, info } = await normalisedInput(input)
    .resize({ width: size.width, height: size.height, fit: 'fill', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height, channels: info.channels }
}

function encodeRendition(
  working: WorkingCopy,
  job: RenditionJob,
  focal: FocalPoint,
  metadata: OutputMetadata,
): Promise<EncodedImage> {
  let pipeline = sharp(working.data, {
    raw: { width: working.width, height: working.height, channels: working.channels },
    limitInputPixels: SAFE_INPUT_OPTIONS.limitInputPixels,
  })
  const geometry = job.spec.geometry
  const target = targetSize(working, geometry)
  if (geometry.kind === 'cover') {
    pipeline = pipeline.extract(focalCrop(working, geometry, focal))
  }
  pipeline = pipeline.resize({
    width: target.width,
    height: target.height,
    fit: 'cover',
    withoutEnlargement: true,
  })
  return toEncoded(metadata.apply(encodeWith(pipeline, job.spec, job.format)), job.format)
}

function encodeWith(pipeline: Sharp, spec: SizeSpec, format: OutputFormat): Sharp {
  const settings = {
    jpeg: encoderOptions(spec, 'jpeg'),
    webp: encoderOptions(spec, 'webp'),
    avif: encoderOptions(spec, 'avif'),
    png: encoderOptions(spec, 'png'),
  }
  return encode(pipeline, format, settings)
}
