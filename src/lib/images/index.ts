export { ImageRejectedError, isImageRejectedError, rejections } from './errors'
export type { ImageRejectionCode, ImageRejectionStatus } from './errors'
export { assertAcceptedImageType, detectImageType, sniffImage } from './sniff'
export type { AcceptedFormat, DetectedImageType, RefusedFormat, SniffResult } from './sniff'
export {
  assertByteSize,
  assertWithinLimits,
  MAX_ASPECT_RATIO,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  MIN_IMAGE_EDGE,
  SAFE_INPUT_OPTIONS,
} from './limits'
export type { HeaderInfo } from './limits'
export {
  MIME_BY_FORMAT,
  ORIGINAL_ENCODER,
  renditionJobs,
  renditionName,
  SIZES,
  WEB_ENCODER,
} from './renditions'
export type {
  OutputFormat,
  RenditionGeometry,
  RenditionName,
  SizeName,
  SizeSpec,
} from './renditions'
export { CENTRE, focalCrop, normaliseFocalPoint, targetSize, workingSize } from './focal-crop'
export type { FocalPoint, Region, Size } from './focal-crop'
export { creditExif, creditXmp, readXmpCredit, toExifAscii } from './credit'
export type { PhotoCredit } from './credit'
export { readExif, readTakenAt } from './exif'
export type { ExifSummary } from './exif'
export { canDecodeHeic, processImage, processRenditions } from './process'
export type { EncodedImage, ProcessedImage, ProcessImageOptions } from './process'
