export { ImageRejectedError, isImageRejectedError, rejections } from './errors'
export type { ImageRejectionCode, ImageRejectionStatus } from './errors'
export { detectImageType, sniffImage, assertAcceptedImageType } from './sniff'
export type { AcceptedFormat, DetectedImageType, RefusedFormat, SniffResult } from './sniff'
export {
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  MIN_IMAGE_EDGE,
  MAX_ASPECT_RATIO,
  SAFE_INPUT_OPTIONS,
  assertByteSize,
  assertWithinLimits,
} from './limits'
export type { HeaderInfo } from './limits'
export { SIZES, WEB_ENCODER, ORIGINAL_ENCODER, MIME_BY_FORMAT, renditionJobs, renditionName } from './renditions'
export type { OutputFormat, RenditionGeometry, RenditionName, SizeName, SizeSpec } from './renditions'
export { focalCrop, targetSize, workingSize, normaliseFocalPoint, CENTRE } from './focal-crop'
export type { FocalPoint, Region, Size } from './focal-crop'
export { creditExif, creditXmp, readXmpCredit, toExifAscii } from './credit'
export type { PhotoCredit } from './credit'
export { readExif, readTakenAt } from './exif'
export type { ExifSummary } from './exif'
export { processImage, processRenditions, canDecodeHeic } from './process'
export type { EncodedImage, ProcessImageOptions, ProcessedImage } from './process'
