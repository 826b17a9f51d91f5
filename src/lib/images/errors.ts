/**
 * Every refusal of an upload goes through this class so the HTTP layer can map
 * it to a status and show the editor a bilingual sentence that says what to do.
 */
import { type Bilingual, bothLanguages, joinLanguages } from '../../i18n'

export type ImageRejectionCode =
  | 'empty'
  | 'corrupt'
  | 'too-many-bytes'
  | 'too-many-pixels'
  | 'unsupported-type'
  | 'heic-not-decodable'
  | 'unusable-dimensions'

export type ImageRejectionStatus = 400 | 413 | 415 | 422

export class ImageRejectedError extends Error {
  override readonly name = 'ImageRejectedError'
  readonly status: ImageRejectionStatus
  readonly code: ImageRejectionCode
  readonly messageDe: string
  readonly messageEn: string

  constructor(
    code: ImageRejectionCode,
    status: ImageRejectionStatus,
    message: Bilingual,
    options?: { cause?: unknown },
  ) {
    super(joinLanguages(message), options)
    this.code = code
    this.status = status
    this.messageDe = message.de
    this.messageEn = message.en
  }
}

export function isImageRejectedError(value: unknown): value is ImageRejectedError {
  return value instanceof ImageRejectedError
}

/** Sizes written the German way in German ("2,5 MB") and the English way in English ("2.5 MB"). */
const inBothFormats = (format: (value: number, locale: string) => string, value: number) => ({
  de: format(value, 'de-DE'),
  en: format(value, 'en-GB'),
})

/** The sentences are in the translation table (src/i18n, keys `image…`). */
export const rejections = {
  empty: (): ImageRejectedError =>
    new ImageRejectedError('empty', 400, bothLanguages('imageEmpty')),

  corrupt: (cause?: unknown): ImageRejectedError =>
    new ImageRejectedError('corrupt', 400, bothLanguages('imageCorrupt'), { cause }),

  tooManyBytes: (bytes: number, maxBytes: number): ImageRejectedError =>
    new ImageRejectedError(
      'too-many-bytes',
      413,
      bothLanguages('imageTooManyBytes', {
        megabytes: inBothFormats(formatMegabytes, bytes),
        maxMegabytes: inBothFormats(formatMegabytes, maxBytes),
      }),
    ),

  tooManyPixels: (width: number, height: number, maxPixels: number): ImageRejectedError =>
    new ImageRejectedError(
      'too-many-pixels',
      413,
      bothLanguages('imageTooManyPixels', {
        width,
        height,
        megapixels: inBothFormats(formatMegapixels, width * height),
        maxMegapixels: inBothFormats(formatMegapixels, maxPixels),
      }),
    ),

  /** `detected`: a format name, or `{ de, en }` where it needs translating. */
  unsupportedType: (detected: string | Bilingual): ImageRejectedError =>
    new ImageRejectedError(
      'unsupported-type',
      415,
      bothLanguages('imageUnsupportedType', { detected }),
    ),

  heicNotDecodable: (cause?: unknown): ImageRejectedError =>
    new ImageRejectedError('heic-not-decodable', 415, bothLanguages('imageHeicNotDecodable'), {
      cause,
    }),

  unusableDimensions: (
    width: number,
    height: number,
    minEdge: number,
    maxAspect: number,
  ): ImageRejectedError =>
    new ImageRejectedError(
      'unusable-dimensions',
      422,
      bothLanguages('imageUnusableDimensions', { width, height, minEdge, maxAspect }),
    ),
} as const

function formatMegabytes(bytes: number, locale: string): string {
  return (bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })
}

function formatMegapixels(pixels: number, locale: string): string {
  return (pixels / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })
}
