import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import {
  creditExif,
  creditXmp,
  readExif,
  readTakenAt,
  readXmpCredit,
  toExifAscii,
} from '../../../src/lib/images'
import { GPS_EXIF, solid } from './fixtures'

describe('readExif', () => {
  it('reads IFD0, Exif IFD and GPS IFD written by libvips', async () => {
    const jpeg = await solid(32, 32).withExif(GPS_EXIF).jpeg().toBuffer()
    const { exif } = await sharp(jpeg).metadata()
    const summary = readExif(exif)
    expect(summary?.make).toBe('Canon')
    expect(summary?.model).toBe('EOS R6')
    expect(summary?.artist).toBe('Somebody Else')
    expect(summary?.hasGpsPointer).toBe(true)
    expect(summary?.gpsEntryCount).toBeGreaterThanOrEqual(4)
    expect(readTakenAt(exif)?.toISOString()).toBe('2024-05-06T07:08:09.000Z')
  })

  it('reads the PNG eXIf chunk (no "Exif\\0\\0" prefix)', async () => {
    const png = await solid(8, 8)
      .withExif({ IFD0: { Artist: 'PNG Person' } })
      .png()
      .toBuffer()
    expect(readExif((await sharp(png).metadata()).exif)?.artist).toBe('PNG Person')
  })

  it('survives garbage and hostile offsets', () => {
    expect(readExif(undefined)).toBeUndefined()
    expect(readExif(Buffer.from('Exif\0\0garbage'))).toBeUndefined()
    // Valid header, IFD0 offset pointing far outside the buffer.
    expect(
      readExif(Buffer.from([0x49, 0x49, 0x2a, 0x00, 0xff, 0xff, 0xff, 0x7f]))?.artist,
    ).toBeUndefined()
    // IFD0 claiming 65535 entries in a 10-byte block.
    const summary = readExif(Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0xff, 0xff]))
    expect(summary?.gpsEntryCount).toBe(0)
  })
})

describe('readTakenAt', () => {
  /** The EXIF block of a real JPEG whose camera wrote this DateTimeOriginal (and offset). */
  async function exifWith(
    dateTimeOriginal: string,
    offsetTimeOriginal?: string,
  ): Promise<Buffer | undefined> {
    const IFD2: Record<string, string> = { DateTimeOriginal: dateTimeOriginal }
    if (offsetTimeOriginal) IFD2.OffsetTimeOriginal = offsetTimeOriginal
    const jpeg = await solid(8, 8).withExif({ IFD2 }).jpeg().toBuffer()
    return (await sharp(jpeg).metadata()).exif
  }

  it('applies OffsetTimeOriginal when present', async () => {
    expect(readTakenAt(await exifWith('2024:05:06 07:08:09', '+02:00'))?.toISOString()).toBe(
      '2024-05-06T05:08:09.000Z',
    )
    expect(readTakenAt(await exifWith('2024:05:06 07:08:09', '-05:30'))?.toISOString()).toBe(
      '2024-05-06T12:38:09.000Z',
    )
  })

  // An unset camera clock writes zeros or blanks; neither is a date.
  it.each(['0000:00:00 00:00:00', '    :  :     :  :  ', 'yesterday'])(
    'refuses %j',
    async (value) => {
      const exif = await exifWith(value)
      expect(readExif(exif)).toBeDefined()
      expect(readTakenAt(exif)).toBeUndefined()
    },
  )
})

describe('credit', () => {
  it('transliterates German deliberately for EXIF ASCII and avoids libvips cutting at " ("', () => {
    expect(toExifAscii('Jürgen Müller (Kreative Klasse)')).toBe('Juergen Mueller [Kreative Klasse]')
    expect(toExifAscii('© 2025 Straße – Café')).toBe('Copyright 2025 Strasse - Cafe')
    expect(toExifAscii('Zoë 李')).toBe('Zoe ?')
  })

  it('a photographer in any script is credited readably in EXIF, with the slug transliteration', () => {
    expect(toExifAscii('Foto: Ayşe Yıldız')).toBe('Foto: Ayse Yildiz')
    expect(toExifAscii('Алексей Иванов')).toBe('Aleksey Ivanov')
    expect(toExifAscii('Αλέξανδρος Παπαδόπουλος / Łódź')).toBe('Aleksandros Papadopoylos / Lodz')
    expect(toExifAscii('Nguyễn Văn Đức')).toBe('Nguyen Van Duc')
    // Slug rules that do not belong in a credit stay out: "&" remains "&", "€" becomes "EUR", not "E".
    expect(toExifAscii('Müller & Söhne, 50 €')).toBe('Mueller & Soehne, 50 EUR')
  })

  it('keeps the exact UTF-8 text in XMP, XML-escaped', () => {
    const credit = { artist: 'Jürgen <Müller> & Co', copyright: '© 2025 "KK"' }
    const xmp = creditXmp(credit)
    expect(xmp).not.toContain('<Müller>')
    expect(readXmpCredit(xmp)).toEqual(credit)
  })

  it('round-trips through a real file with both EXIF and XMP', async () => {
    const credit = { artist: 'Jürgen Müller (KK)', copyright: '© Kreative Klasse' }
    const jpeg = await solid(8, 8)
      .withExif(creditExif(credit))
      .withXmp(creditXmp(credit))
      .jpeg()
      .toBuffer()
    const meta = await sharp(jpeg).metadata()
    expect(readExif(meta.exif)?.artist).toBe('Juergen Mueller [KK]')
    expect(readExif(meta.exif)?.copyright).toBe('Copyright Kreative Klasse')
    expect(readXmpCredit(meta.xmp)).toEqual(credit)
  })
})
