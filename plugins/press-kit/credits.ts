/** Bildnachweis.txt: per photo what a journalist must print next to it and may do with it. */
import { LICENCE_OPTIONS } from '../../src/fields/licences'
import { WITHDRAWN } from './labels'

/** One photo of the release, in kit order; a withdrawn one carries nothing but its place. */
export type CreditEntry =
  | {
      state: 'included' | 'missing'
      fileName: string
      caption: string
      credit: string
      copyrightHolder: string
      licence: string
      licenceNote: string
      width?: number | null
      height?: number | null
    }
  | { state: 'withdrawn' }

/** "Frei für redaktionelle Nutzung mit Urhebernennung / Free for editorial use with credit". */
export function licenceLabel(value: string): string {
  const option = LICENCE_OPTIONS.find((candidate) => candidate.value === value)
  if (!option) return value
  const label = option.label
  return typeof label === 'string' ? label : [label.de, label.en].filter(Boolean).join(' / ')
}

export function creditsText(title: string, entries: CreditEntry[]): string {
  const blocks = entries.map((entry, index) => {
    const number = `${index + 1}.`
    if (entry.state === 'withdrawn') {
      return `${number} ${WITHDRAWN}\n   Dieses Foto wurde zurückgezogen und ist nicht Teil der Pressemappe. / This photo has been withdrawn and is not part of the press kit.`
    }
    const lines = [
      `${number} ${entry.fileName}`,
      entry.state === 'missing' ? '   Datei nicht verfügbar / file not available' : '',
      entry.caption ? `   Bildunterschrift / Caption: ${entry.caption}` : '',
      `   Foto / Credit: ${entry.credit}`,
      entry.copyrightHolder ? `   Rechteinhaber / Copyright holder: ${entry.copyrightHolder}` : '',
      `   Lizenz / Licence: ${licenceLabel(entry.licence)}`,
      entry.licenceNote ? `   Lizenzhinweis / Licence note: ${entry.licenceNote}` : '',
      entry.width && entry.height ? `   Größe / Size: ${entry.width} × ${entry.height} px` : '',
    ]
    return lines.filter(Boolean).join('\n')
  })
  const header = [
    'Bildnachweis / Photo credits',
    title,
    '',
    'Die Fotos dürfen nur mit der angegebenen Urhebernennung (§ 13 UrhG) und im Rahmen der Lizenz verwendet werden. /',
    'Use the photos only with the credit given (§ 13 German Copyright Act) and within their licence.',
  ].join('\n')
  return `${header}\n\n${blocks.length ? blocks.join('\n\n') : 'Keine Fotos / No photos'}\n`
}
