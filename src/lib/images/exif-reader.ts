/**
 * A deliberately small, defensive reader for the EXIF (TIFF) block sharp hands
 * out as `metadata().exif`. It only follows IFD0, the Exif sub-IFD and the GPS
 * IFD, checks every offset against the buffer, and never loops on a cycle, so
 * hostile EXIF can at worst yield "no data".
 */

export interface ExifSummary {
  artist?: string
  copyright?: string
  make?: string
  model?: string
  dateTimeOriginal?: string
  offsetTimeOriginal?: string
  /** Number of entries in the GPS IFD; 0 when there is none. */
  gpsEntryCount: number
  hasGpsPointer: boolean
}

const TAG_MAKE = 0x010f
const TAG_MODEL = 0x0110
const TAG_ARTIST = 0x013b
const TAG_COPYRIGHT = 0x8298
const TAG_EXIF_IFD = 0x8769
const TAG_GPS_IFD = 0x8825
const TAG_DATETIME_ORIGINAL = 0x9003
const TAG_OFFSET_TIME_ORIGINAL = 0x9011

const TYPE_ASCII = 2
const TYPE_LONG = 4
const TYPE_UNDEFINED = 7
const MAX_ENTRIES_PER_IFD = 512

interface Entry {
  tag: number
  type: number
  count: number
  /** Offset of the 4-byte value/offset field inside the TIFF block. */
  fieldOffset: number
}

class TiffView {
  private readonly view: DataView
  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  get length(): number {
    return this.bytes.length
  }
  u16(offset: number): number | undefined {
    return offset >= 0 && offset + 2 <= this.length ? this.view.getUint16(offset, this.little) : undefined
  }
  u32(offset: number): number | undefined {
    return offset >= 0 && offset + 4 <= this.length ? this.view.getUint32(offset, this.little) : undefined
  }
}

/** Strips the "Exif\0\0" prefix JPEG/WebP/AVIF carry; PNG eXIf starts directly with the TIFF header. */
function tiffBlock(exif: Uint8Array): TiffView | undefined {
  let start = 0
  if (exif.length >= 6 && String.fromCharCode(...exif.subarray(0, 4)) === 'Exif' && exif[4] === 0 && exif[5] === 0) {
    start = 6
  }
  const tiff = exif.subarray(start)
  if (tiff.length < 8) return undefined
  const order = String.fromCharCode(tiff[0] ?? 0, tiff[1] ?? 0)
  if (order !== 'II' && order !== 'MM') return undefined
  const view = new TiffView(tiff, order === 'II')
  return view.u16(2) === 42 ? view : undefined
}

function readIfd(view: TiffView, offset: number): Entry[] {
  const count = view.u16(offset)
  if (count === undefined || count > MAX_ENTRIES_PER_IFD) return []
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    const base = offset + 2 + i * 12
    const tag = view.u16(base)
    const type = view.u16(base + 2)
    const valueCount = view.u32(base + 4)
    if (tag === undefined || type === undefined || valueCount === undefined) break
    entries.push({ tag, type, count: valueCount, fieldOffset: base + 8 })
  }
  return entries
}

function readAscii(view: TiffView, entry: Entry): string | undefined {
  if (entry.type !== TYPE_ASCII && entry.type !== TYPE_UNDEFINED) return undefined
  const start = entry.count <= 4 ? entry.fieldOffset : view.u32(entry.fieldOffset)
  if (start === undefined || start + entry.count > view.length) return undefined
  const raw = view.bytes.subarray(start, start + entry.count)
  const end = raw.indexOf(0)
  // EXIF ASCII is 7-bit by spec, but cameras write UTF-8 (or Latin-1); UTF-8 with
  // replacement characters is the most useful reading for a human.
  const text = new TextDecoder('utf-8').decode(end === -1 ? raw : raw.subarray(0, end)).trim()
  return text.length > 0 ? text : undefined
}

function readPointer(view: TiffView, entry: Entry | undefined): number | undefined {
  if (!entry || entry.count !== 1 || (entry.type !== TYPE_LONG && entry.type !== 13)) return undefined
  const offset = view.u32(entry.fieldOffset)
  return offset !== undefined && offset >= 8 && offset < view.length ? offset : undefined
}

export function readExif(exif: Uint8Array | undefined): ExifSummary | undefined {
  if (!exif) return undefined
  const view = tiffBlock(exif)
  if (!view) return undefined
  const ifd0Offset = view.u32(4)
  if (ifd0Offset === undefined) return undefined
  const ifd0 = readIfd(view, ifd0Offset)
  const find = (entries: Entry[], tag: number): Entry | undefined => entries.find((e) => e.tag === tag)
  const text = (entries: Entry[], tag: number): string | undefined => {
    const entry = find(entries, tag)
    return entry ? readAscii(view, entry) : undefined
  }

  const exifOffset = readPointer(view, find(ifd0, TAG_EXIF_IFD))
  const exifIfd = exifOffset !== undefined && exifOffset !== ifd0Offset ? readIfd(view, exifOffset) : []
  const gpsEntry = find(ifd0, TAG_GPS_IFD)
  const gpsOffset = readPointer(view, gpsEntry)
  const gpsIfd = gpsOffset !== undefined && gpsOffset !== ifd0Offset ? readIfd(view, gpsOffset) : []

  return {
    artist: text(ifd0, TAG_ARTIST),
    copyright: text(ifd0, TAG_COPYRIGHT),
    make: text(ifd0, TAG_MAKE),
    model: text(ifd0, TAG_MODEL),
    dateTimeOriginal: text(exifIfd, TAG_DATETIME_ORIGINAL),
    offsetTimeOriginal: text(exifIfd, TAG_OFFSET_TIME_ORIGINAL),
    gpsEntryCount: gpsIfd.length,
    hasGpsPointer: gpsEntry !== undefined,
  }
}

/**
 * EXIF DateTimeOriginal ("YYYY:MM:DD HH:MM:SS") as a Date.
 * With OffsetTimeOriginal ("+02:00") the instant is exact. Without it the camera
 * recorded only wall-clock time; we then return that wall-clock time as UTC so
 * that formatting in UTC shows exactly what the camera showed.
 */
export function parseExifDate(value: string | undefined, offset?: string): Date | undefined {
  if (!value) return undefined
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim())
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number]
  if (year < 1826 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  if (hour > 23 || minute > 59 || second > 60) return undefined
  let utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59))
  const date = new Date(utc)
  // Date.UTC silently rolls 31 February into March; such values are garbage.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  const zone = offset ? /^([+-])(\d{2}):(\d{2})$/.exec(offset.trim()) : null
  if (zone) {
    const minutes = Number(zone[2]) * 60 + Number(zone[3])
    utc -= (zone[1] === '-' ? -1 : 1) * minutes * 60_000
  }
  return new Date(utc)
}

export function readTakenAt(exif: Uint8Array | undefined): Date | undefined {
  const summary = readExif(exif)
  return parseExifDate(summary?.dateTimeOriginal, summary?.offsetTimeOriginal)
}
