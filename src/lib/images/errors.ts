/**
 * Every refusal of an upload goes through this class so the HTTP layer can map
 * it to a status and show the editor a bilingual sentence that says what to do.
 */
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
    messageDe: string,
    messageEn: string,
    options?: { cause?: unknown },
  ) {
    super(`${messageDe} / ${messageEn}`, options)
    this.code = code
    this.status = status
    this.messageDe = messageDe
    this.messageEn = messageEn
  }
}

export function isImageRejectedError(value: unknown): value is ImageRejectedError {
  return value instanceof ImageRejectedError
}

const ACCEPTED_DE = 'Bitte laden Sie JPEG, PNG, WebP, AVIF oder HEIC hoch.'
const ACCEPTED_EN = 'Please upload JPEG, PNG, WebP, AVIF or HEIC.'

export const rejections = {
  empty: (): ImageRejectedError =>
    new ImageRejectedError(
      'empty',
      400,
      `Die Datei ist leer (0 Byte). Bitte wählen Sie die Bilddatei erneut aus und laden Sie sie noch einmal hoch.`,
      `The file is empty (0 bytes). Please select the image file again and re-upload it.`,
    ),

  corrupt: (cause?: unknown): ImageRejectedError =>
    new ImageRejectedError(
      'corrupt',
      400,
      `Die Bilddatei ist beschädigt oder unvollständig übertragen. Bitte öffnen Sie sie einmal in einem Bildprogramm, speichern Sie sie neu und laden Sie sie erneut hoch.`,
      `The image file is corrupt or was not transferred completely. Please open it in an image editor, save it again and re-upload it.`,
      { cause },
    ),

  tooManyBytes: (bytes: number, maxBytes: number): ImageRejectedError =>
    new ImageRejectedError(
      'too-many-bytes',
      413,
      `Die Datei ist zu groß (${formatMegabytes(bytes)} MB, erlaubt sind höchstens ${formatMegabytes(maxBytes)} MB). Bitte exportieren Sie das Bild kleiner oder mit stärkerer Kompression.`,
      `The file is too large (${formatMegabytes(bytes, 'en-GB')} MB, the maximum is ${formatMegabytes(maxBytes, 'en-GB')} MB). Please export the image smaller or with stronger compression.`,
    ),

  tooManyPixels: (width: number, height: number, maxPixels: number): ImageRejectedError =>
    new ImageRejectedError(
      'too-many-pixels',
      413,
      `Das Bild hat zu viele Pixel (${width} × ${height} = ${formatMegapixels(width * height)} Megapixel, erlaubt sind höchstens ${formatMegapixels(maxPixels)}). Bitte verkleinern Sie das Bild, z. B. auf höchstens 8000 Pixel Kantenlänge.`,
      `The image has too many pixels (${width} × ${height} = ${formatMegapixels(width * height, 'en-GB')} megapixels, the maximum is ${formatMegapixels(maxPixels, 'en-GB')}). Please scale it down, e.g. to at most 8000 pixels on the long side.`,
    ),

  unsupportedType: (detectedDe: string, detectedEn: string = detectedDe): ImageRejectedError =>
    new ImageRejectedError(
      'unsupported-type',
      415,
      `Die Datei ist keine unterstützte Bilddatei (erkannt: ${detectedDe}). ${ACCEPTED_DE}`,
      `The file is not a supported image (detected: ${detectedEn}). ${ACCEPTED_EN}`,
    ),

  heicNotDecodable: (cause?: unknown): ImageRejectedError =>
    new ImageRejectedError(
      'heic-not-decodable',
      415,
      `HEIC/HEIF-Bilder (z. B. vom iPhone) kann dieser Server leider nicht lesen. Bitte stellen Sie am iPhone „Einstellungen › Kamera › Formate › Maximale Kompatibilität“ ein oder exportieren Sie das Foto als JPEG und laden Sie es erneut hoch.`,
      `This server cannot read HEIC/HEIF images (e.g. from an iPhone). Please set "Settings › Camera › Formats › Most Compatible" on the iPhone or export the photo as JPEG and upload it again.`,
      { cause },
    ),

  unusableDimensions: (
    width: number,
    height: number,
    minEdge: number,
    maxAspect: number,
  ): ImageRejectedError =>
    new ImageRejectedError(
      'unusable-dimensions',
      422,
      `Das Bild (${width} × ${height} Pixel) ist als Foto nicht verwendbar: Jede Seite muss mindestens ${minEdge} Pixel lang sein und das Seitenverhältnis darf höchstens ${maxAspect}:1 betragen. Bitte laden Sie eine größere oder weniger extrem beschnittene Fassung hoch.`,
      `The image (${width} × ${height} pixels) cannot be used as a photo: each side must be at least ${minEdge} pixels and the aspect ratio at most ${maxAspect}:1. Please upload a larger or less extremely cropped version.`,
    ),
} as const

function formatMegabytes(bytes: number, locale = 'de-DE'): string {
  return (bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })
}

function formatMegapixels(pixels: number, locale = 'de-DE'): string {
  return (pixels / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })
}
