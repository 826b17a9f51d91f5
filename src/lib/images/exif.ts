/**
 * What we read from the EXIF block sharp hands out as `metadata().exif`: the credit, the camera,
 * whether GPS is present, and when the photo was taken. Parsing is exif-reader's; this file only
 * turns its result into the few facts we use and makes hostile EXIF yield "no data", never an error.
 */
import exifReader from 'exif-reader'

export interface ExifSummary {
  artist?: string
  copyright?: string
  make?: string
  model?: string
  /** DateTimeOriginal; see {@link readTakenAt} for the time zone. */
  takenAt?: Date
  /** Number of entries in the GPS IFD; 0 when there is none. */
  gpsEntryCount: number
  hasGpsPointer: boolean
}

/**
 * exif-reader returns EXIF ASCII as a string, but bytes above 0x7f (cameras write UTF-8 or
 * Latin-1) as the raw Buffer; UTF-8 with replacement characters is the most useful reading.
 */
function text(value: unknown): string | undefined {
  let decoded: string | undefined
  if (typeof value === 'string') decoded = value
  else if (value instanceof Uint8Array) {
    const end = value.indexOf(0)
    decoded = new TextDecoder('utf-8').decode(end === -1 ? value : value.subarray(0, end))
  }
  const trimmed = decoded?.replace(/\0+$/, '').trim()
  return trimmed ? trimmed : undefined
}

/**
 * exif-reader reads "YYYY:MM:DD HH:MM:SS" as that wall-clock time in UTC. With OffsetTimeOriginal
 * ("+02:00") we make it the exact instant; without it the camera recorded only wall-clock time,
 * which stays as UTC so that formatting in UTC shows exactly what the camera showed.
 * A camera whose clock was never set writes "0000:00:00 00:00:00", which Date.UTC turns into
 * 1899-11-30: anything outside 1900–2200 is such garbage, not a date.
 */
function takenAt(original: unknown, offset: unknown): Date | undefined {
  if (!(original instanceof Date) || Number.isNaN(original.getTime())) return undefined
  const year = original.getUTCFullYear()
  if (year < 1900 || year > 2200) return undefined
  const zone = typeof offset === 'string' ? /^([+-])(\d{2}):(\d{2})$/.exec(offset.trim()) : null
  if (!zone) return original
  const minutes = Number(zone[2]) * 60 + Number(zone[3])
  return new Date(original.getTime() - (zone[1] === '-' ? -1 : 1) * minutes * 60_000)
}

export function readExif(exif: Uint8Array | undefined): ExifSummary | undefined {
  if (!exif) return undefined
  let parsed: ReturnType<typeof exifReader>
  try {
    const bytes = Buffer.isBuffer(exif)
      ? exif
      : Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength)
    parsed = exifReader(bytes)
  } catch {
    // exif-reader throws on a broken header or an offset outside the block: no usable EXIF.
    return undefined
  }
  // A truncated IFD comes back as null rather than an object.
  const image = parsed.Image ?? {}
  const photo = parsed.Photo ?? {}
  return {
    artist: text(image.Artist),
    copyright: text(image.Copyright),
    make: text(image.Make),
    model: text(image.Model),
    takenAt: takenAt(photo.DateTimeOriginal, photo.OffsetTimeOriginal),
    gpsEntryCount: parsed.GPSInfo ? Object.keys(parsed.GPSInfo).length : 0,
    hasGpsPointer: image.GPSTag !== undefined,
  }
}

/** EXIF DateTimeOriginal as a Date: exact with OffsetTimeOriginal, else the camera's wall-clock time as UTC. */
export function readTakenAt(exif: Uint8Array | undefined): Date | undefined {
  return readExif(exif)?.takenAt
}
