/**
 * The mail a journalist receives: German or English by their language (the release's English
 * text falls back to German where untranslated), plain text and HTML with the same content.
 */
import type { SerializedEditorState } from 'lexical'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { escapeHTML } from '../../src/lib/richtext/escape'
import { bodyHTML, formatEmbargo } from '../press-preview/page'
import type { ReleaseMail } from './types'

export type MailRelease = {
  title?: string | null
  dateline?: string | null
  teaser?: string | null
  body?: unknown
  embargo?: string | null
  boilerplateSnapshot?: string | null
  responsiblePerson?: string | null
  pressContacts?: Array<{
    name?: string | null
    role?: string | null
    email?: string | null
    phone?: string | null
  }> | null
}

export type MailContext = {
  release: MailRelease
  language: 'de' | 'en'
  linkURL: string
  linkExpiresAt: string
  boilerplate?: string | null
  responsiblePerson?: string | null
}

const TEXT = {
  de: {
    embargoSubject: (when: string) => `SPERRFRIST: ${when} Uhr`,
    plainSubject: 'Pressemitteilung',
    embargoNote: 'Veröffentlichung erst nach Ablauf der Sperrfrist.',
    link: (until: string) =>
      `Mitteilung mit Fotos, Anhängen und Pressemappe lesen (persönlicher Link, gültig bis ${until} Uhr; bitte nicht weitergeben):`,
    about: 'Über uns',
    contacts: 'Pressekontakt',
    responsible: 'V.i.S.d.P.',
    footer:
      'Sie erhalten diese Mail, weil Sie im Presseverteiler des Kreative Klasse e.V. eingetragen sind. Abmelden können Sie sich mit einem Klick über die Abmeldefunktion Ihres Mailprogramms.',
  },
  en: {
    embargoSubject: (when: string) => `EMBARGOED UNTIL ${when} (Berlin time)`,
    plainSubject: 'Press release',
    embargoNote: 'Not for publication before the embargo lifts.',
    link: (until: string) =>
      `Read the release with photos, attachments and press kit (personal link, valid until ${until}; please do not pass it on):`,
    about: 'About us',
    contacts: 'Press contact',
    responsible: 'Responsible under press law',
    footer:
      'You receive this mail because you are on the press list of Kreative Klasse e.V. Unsubscribe with one click through your mail program.',
  },
}

export function composeReleaseMail({
  release,
  language,
  linkURL,
  linkExpiresAt,
  boilerplate,
  responsiblePerson,
}: MailContext): ReleaseMail {
  const text = TEXT[language]
  const underEmbargo = Boolean(release.embargo && new Date(release.embargo).getTime() > Date.now())
  const embargoLine = underEmbargo
    ? text.embargoSubject(formatEmbargo(release.embargo!, language))
    : ''
  const title = release.title ?? ''
  const subject = `${underEmbargo ? embargoLine : text.plainSubject} – ${title}`
  const body =
    release.body && typeof release.body === 'object' && 'root' in release.body
      ? convertLexicalToPlaintext({ data: release.body as SerializedEditorState })
      : ''
  const contacts = (release.pressContacts ?? []).map((contact) =>
    [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(', '),
  )
  const linkLine = text.link(formatEmbargo(linkExpiresAt, language))
  const lead = [release.dateline, release.teaser].filter(Boolean).join(' – ')

  const plain = [
    underEmbargo ? `${embargoLine}\n${text.embargoNote}\n` : '',
    title,
    '',
    lead,
    '',
    body,
    '',
    linkLine,
    linkURL,
    boilerplate ? `\n${text.about}\n${boilerplate}` : '',
    contacts.length ? `\n${text.contacts}\n${contacts.join('\n')}` : '',
    responsiblePerson ? `\n${text.responsible}: ${responsiblePerson}` : '',
    `\n--\n${text.footer}`,
  ].join('\n')

  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHTML(subject)}</title></head><body>
${underEmbargo ? `<p style="border:2px solid #b58105;padding:8px"><strong>${escapeHTML(embargoLine)}</strong><br>${escapeHTML(text.embargoNote)}</p>` : ''}
<h1>${escapeHTML(title)}</h1>
<p><strong>${escapeHTML(release.dateline)}</strong>${release.dateline ? ' – ' : ''}<em>${escapeHTML(release.teaser)}</em></p>
${bodyHTML(release.body, new Map(), language)}
<p>${escapeHTML(linkLine)}<br><a href="${escapeHTML(linkURL)}">${escapeHTML(linkURL)}</a></p>
${boilerplate ? `<h2>${text.about}</h2><p>${escapeHTML(boilerplate)}</p>` : ''}
${contacts.length ? `<h2>${text.contacts}</h2><p>${contacts.map(escapeHTML).join('<br>')}</p>` : ''}
${responsiblePerson ? `<p>${text.responsible}: ${escapeHTML(responsiblePerson)}</p>` : ''}
<hr><p style="font-size:small">${escapeHTML(text.footer)}</p>
</body></html>`
  return { subject, text: plain, html }
}
