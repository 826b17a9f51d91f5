/**
 * Photographer credit written into every output file.
 *
 * EXIF IFD0 Artist/Copyright are ASCII by specification, and libvips
 * transliterates anything else lossily ("Jürgen" becomes "Jurgen") and cuts a
 * value at " (" (it mistakes it for its own type annotation). We therefore
 * write a deliberate ASCII form into EXIF ("Juergen", brackets instead of
 * parentheses) and the exact UTF-8 text into XMP (dc:creator, dc:rights,
 * photoshop:Credit), which every consumer that cares about names reads.
 */
import type { Exif } from 'sharp'

import { toLatin } from '../slugify'

export interface PhotoCredit {
  /** Photographer, e.g. "Jürgen Müller". */
  artist: string
  /** Copyright notice, e.g. "© 2025 Kreative Klasse e.V.". */
  copyright: string
}

/** Typography with a conventional ASCII form; applied before the transliteration (which would make "€" an "E"). */
const CREDIT_SYMBOLS: [string, string][] = Object.entries({
  '©': 'Copyright',
  '®': '(R)',
  '–': '-',
  '—': '-',
  '„': '"',
  '“': '"',
  '”': '"',
  '‚': "'",
  '‘': "'",
  '’': "'",
  '€': 'EUR',
})

/** Longest value we write; EXIF has no limit, but nobody needs a novel in the credit. */
const MAX_CREDIT_LENGTH = 300

export function normaliseCreditText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_CREDIT_LENGTH)
}

/**
 * ASCII form for EXIF: the same transliteration as slugs (German rules, any script: "Ayşe Yıldız"
 * → "Ayse Yildiz", "Алексей" → "Aleksey"), then accents dropped, anything left (e.g. Chinese) "?".
 */
export function toExifAscii(value: string): string {
  const transliterated = toLatin(normaliseCreditText(value), CREDIT_SYMBOLS)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/\(/g, '[')
    .replace(/\)/g, ']')
  return transliterated.replace(/\s+/g, ' ').trim()
}

export function creditExif(credit: PhotoCredit): Exif {
  const ifd0: Record<string, string> = {}
  const artist = toExifAscii(credit.artist)
  const copyright = toExifAscii(credit.copyright)
  if (artist) ifd0.Artist = artist
  if (copyright) ifd0.Copyright = copyright
  return { IFD0: ifd0 }
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Minimal XMP packet carrying the exact (UTF-8) credit. */
export function creditXmp(credit: PhotoCredit): string {
  const artist = escapeXml(normaliseCreditText(credit.artist))
  const copyright = escapeXml(normaliseCreditText(credit.copyright))
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">',
    `<dc:creator><rdf:Seq><rdf:li>${artist}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${copyright}</rdf:li></rdf:Alt></dc:rights>`,
    `<photoshop:Credit>${artist}</photoshop:Credit>`,
    '<xmpRights:Marked>True</xmpRights:Marked>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('')
}

/** Reads the credit back from an XMP packet (used by tests and for verification). */
export function readXmpCredit(xmp: string | Uint8Array | undefined): Partial<PhotoCredit> {
  if (!xmp) return {}
  const text = typeof xmp === 'string' ? xmp : new TextDecoder('utf-8').decode(xmp)
  const unescape = (value: string | undefined): string | undefined =>
    value
      ?.replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
  const artist = /<dc:creator>\s*<rdf:Seq>\s*<rdf:li>([^<]*)<\/rdf:li>/.exec(text)?.[1]
  const copyright = /<dc:rights>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(text)?.[1]
  return { artist: unescape(artist), copyright: unescape(copyright) }
}
