/** Bildnachweis.txt: per photo what a journalist must print next to it and may do with it. */
import { LICENCE_OPTIONS } from '../../src/fields/licences'
import { bothLanguages, inBothLanguages, type MessageKey } from '../../src/i18n'

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

/** "Bildunterschrift / Caption: …": one line of a photo, its label in both languages. */
const line = (key: MessageKey, value: string) => `   ${inBothLanguages(key)}: ${value}`

/** Journalists of either language read the file: every line in German and English (src/i18n). */
export function creditsText(title: string, entries: CreditEntry[]): string {
  const blocks = entries.map((entry, index) => {
    const number = `${index + 1}.`
    if (entry.state === 'withdrawn') {
      return `${number} ${inBothLanguages('creditsWithdrawn')}\n   ${inBothLanguages('creditsWithdrawnNote')}`
    }
    const lines = [
      `${number} ${entry.fileName}`,
      entry.state === 'missing' ? `   ${inBothLanguages('creditsFileMissing')}` : '',
      entry.caption ? line('creditsCaption', entry.caption) : '',
      line('creditsCredit', entry.credit),
      entry.copyrightHolder ? line('creditsCopyrightHolder', entry.copyrightHolder) : '',
      line('creditsLicence', licenceLabel(entry.licence)),
      entry.licenceNote ? line('creditsLicenceNote', entry.licenceNote) : '',
      entry.width && entry.height ? line('creditsSize', `${entry.width} × ${entry.height} px`) : '',
    ]
    return lines.filter(Boolean).join('\n')
  })
  const terms = bothLanguages('creditsTerms')
  const header = [inBothLanguages('creditsTitle'), title, '', `${terms.de} /`, terms.en].join('\n')
  return `${header}\n\n${blocks.length ? blocks.join('\n\n') : inBothLanguages('creditsNoPhotos')}\n`
}
