/**
 * The "baseline": the straightforward sharp code one would write first —
 * a fresh sharp(input) per output file, run one after another. It produces
 * the same set of files as processImage (same sizes, formats, encoder settings
 * and metadata; cover crops centred, i.e. processImage without a focal point),
 * so the benchmark compares pipelines, not encoder settings.
 */
import sharp, { type Sharp } from 'sharp'

import { creditExif, creditXmp, type PhotoCredit } from '../../src/lib/images/credit'
import {
  encoderOptions,
  ORIGINAL_ENCODER,
  type OutputFormat,
  renditionJobs,
  type SizeSpec,
} from '../../src/lib/images/renditions'

export interface BaselineFile {
  name: string
  format: OutputFormat
  buffer: Buffer
  width: number
  height: number
}

function encode(pipeline: Sharp, format: OutputFormat, spec: SizeSpec | undefined): Sharp {
  const options = <F extends OutputFormat>(f: F) =>
    spec ? encoderOptions(spec, f) : ORIGINAL_ENCODER[f]
  switch (format) {
    case 'jpeg':
      return pipeline.flatten({ background: '#ffffff' }).jpeg(options('jpeg'))
    case 'png':
      return pipeline.png(options('png'))
    case 'webp':
      return pipeline.webp(options('webp'))
    case 'avif':
      return pipeline.avif(options('avif'))
  }
}

function resize(pipeline: Sharp, spec: SizeSpec): Sharp {
  const g = spec.geometry
  switch (g.kind) {
    case 'width':
      return pipeline.resize({ width: g.width, withoutEnlargement: true })
    case 'longSide':
      return pipeline.resize({
        width: g.size,
        height: g.size,
        fit: 'inside',
        withoutEnlargement: true,
      })
    case 'cover':
      return pipeline.resize({
        width: g.width,
        height: g.height,
        fit: 'cover',
        position: 'centre',
        withoutEnlargement: true,
      })
  }
}

/** Input is assumed to be a JPEG (the benchmark fixture), so the original stays JPEG. */
export async function sharpBaseline(input: Buffer, credit: PhotoCredit): Promise<BaselineFile[]> {
  const exif = creditExif(credit)
  const xmp = creditXmp(credit)
  const run = async (
    name: string,
    format: OutputFormat,
    spec?: SizeSpec,
  ): Promise<BaselineFile> => {
    let pipeline = sharp(input).rotate()
    if (spec) pipeline = resize(pipeline, spec)
    pipeline = encode(pipeline, format, spec).withExif(exif).withXmp(xmp).withIccProfile('srgb')
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true })
    return { name, format, buffer: data, width: info.width, height: info.height }
  }
  const files = [await run('original', 'jpeg')]
  for (const job of renditionJobs()) files.push(await run(job.name, job.format, job.spec))
  return files
}
