import type { PressRelease } from '../../payload-types'
import { berlinParts } from '../../src/lib/germanDate'
import { slugify, toLatin } from '../../src/lib/slugify'

const pad = (value: number) => String(value).padStart(2, '0')

/** "2026-11-26": the release's display date as a day in Berlin (a release dated 00:30 Berlin time is that day, not the UTC day before). */
export function berlinDay(value: string | Date): string {
  const { year, month, day } = berlinParts(new Date(value))
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * A part of a file name that every file system and mail client keeps: "Jürgen Müller" →
 * "Juergen-Mueller", "Ayşe Yıldız / dpa" → "Ayse-Yildiz-dpa". Letters keep their case (it is a
 * name, not a URL); anything else becomes one dash. `fallback` when nothing is left.
 */
export function fileNamePart(
  text: string | null | undefined,
  fallback: string,
  maxLength = 60,
): string {
  const ascii = toLatin(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return ascii.slice(0, maxLength).replace(/-+$/, '') || fallback
}

/** "2026-11-26_aus-dem-revier": what every file of the kit (and the kit itself) starts with. */
export function kitBaseName(
  release: Pick<PressRelease, 'id' | 'slug' | 'title' | 'displayDate' | 'createdAt'>,
): string {
  const slug = release.slug || slugify(release.title ?? '') || `pressemitteilung-${release.id}`
  return `${berlinDay(release.displayDate ?? release.createdAt)}_${slug}`
}

/** Hands out file names once each: a second "…_Kreative-Klasse.jpg" becomes "…_Kreative-Klasse_2.jpg". */
export class UniqueNames {
  private readonly taken = new Set<string>()

  take(stem: string, extension: string): string {
    for (let attempt = 1; ; attempt += 1) {
      const name = attempt === 1 ? `${stem}.${extension}` : `${stem}_${attempt}.${extension}`
      if (!this.taken.has(name.toLowerCase())) {
        // Case-insensitive: Windows and macOS would unpack "A.jpg" and "a.jpg" into one file.
        this.taken.add(name.toLowerCase())
        return name
      }
    }
  }
}

/**
 * `attachment` with the name in both forms (RFC 6266): `filename` for old clients (ASCII, quotes
 * and backslashes removed) and `filename*` (RFC 8187, UTF-8, percent-encoded) for the rest.
 */
export function contentDisposition(fileName: string): string {
  const ascii = toLatin(fileName).replace(/[^A-Za-z0-9._-]+/g, '_')
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
