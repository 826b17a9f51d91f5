/**
 * The kit's text files. Windows is what most newsrooms run: plain text files get a UTF-8 byte
 * order mark and CRLF line ends, so Notepad and Word open "Über uns" and the line breaks correctly
 * (every other editor ignores the mark); the HTML file declares UTF-8 and uses CRLF as well.
 */
import { escapeHTML } from '../../src/lib/richtext/escape'
import { type KitLocale, LABELS } from './labels'

export type KitContact = {
  name: string
  role?: string | null
  email?: string | null
  phone?: string | null
}

export type KitPhotoText = { fileName: string; alt: string; caption: string }

/** Everything the release texts show, already resolved (fallbacks, locale, access). */
export type KitContent = {
  locale: KitLocale
  title: string
  dateline: string
  /** "26.11.2026": the display date in Berlin time. */
  date: string
  teaser: string
  body: { html: string; text: string }
  about: string
  contacts: KitContact[]
  responsible: string
  draft: boolean
  /** "27.11.2026 19:00" when the kit is read before the Sperrfrist ends, else null. */
  embargoUntil: string | null
  hero: KitPhotoText | null
  attachments: string[]
}

const BOM = '\uFEFF'

/** UTF-8 with BOM and CRLF. */
export function windowsText(text: string): Buffer {
  return Buffer.from(BOM + text.replace(/\r?\n/g, '\r\n'), 'utf8')
}

/** UTF-8 with CRLF, no BOM (the HTML declares its charset). */
export function crlfText(text: string): Buffer {
  return Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8')
}

function contactLines(contact: KitContact, locale: KitLocale): string[] {
  const labels = LABELS[locale]
  return [
    [contact.name, contact.role].filter(Boolean).join(', '),
    contact.email ? `${labels.email}: ${contact.email}` : '',
    contact.phone ? `${labels.phone}: ${contact.phone}` : '',
  ].filter(Boolean)
}

function notices(content: KitContent): string[] {
  const labels = LABELS[content.locale]
  return [
    content.draft ? labels.draft : '',
    content.embargoUntil ? labels.embargo(content.embargoUntil) : '',
  ].filter(Boolean)
}

export function releaseText(content: KitContent): string {
  const labels = LABELS[content.locale]
  const lead = [content.dateline, content.date].filter(Boolean).join(', ')
  const sections: string[] = [
    ...notices(content).map((notice) => `*** ${notice} ***`),
    `${labels.pressRelease}\n\n${content.title}`,
    `${lead} – ${content.teaser}`,
  ]
  if (content.body.text) sections.push(content.body.text)
  if (content.hero)
    sections.push(
      `[${labels.heroCaption}: ${content.hero.fileName}]${content.hero.caption ? ` ${content.hero.caption}` : ''}`,
    )
  if (content.about) sections.push(`${labels.about}\n\n${content.about}`)
  if (content.contacts.length) {
    sections.push(
      `${labels.contacts}\n\n${content.contacts.map((contact) => contactLines(contact, content.locale).join('\n')).join('\n\n')}`,
    )
  }
  if (content.responsible) sections.push(`${labels.responsible}: ${content.responsible}`)
  if (content.attachments.length)
    sections.push(
      `${labels.attachments}\n\n${content.attachments.map((name) => `- ${name}`).join('\n')}`,
    )
  sections.push(labels.photosNote)
  return `${sections.join('\n\n')}\n`
}

const STYLE =
  'body{font-family:Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em;line-height:1.5}' +
  'img{max-width:100%;height:auto}figure{margin:1.5em 0}figcaption{font-size:.9em;color:#444}' +
  '.notice{border:2px solid #b00;color:#b00;padding:.5em;font-weight:bold}.kicker{letter-spacing:.1em;font-size:.8em}'

export function releaseHtml(content: KitContent): string {
  const labels = LABELS[content.locale]
  const e = escapeHTML
  const lead = [content.dateline, content.date].filter(Boolean).join(', ')
  const parts: string[] = [
    ...notices(content).map((notice) => `<p class="notice">${e(notice)}</p>`),
    `<p class="kicker">${e(labels.pressRelease)}</p>`,
    `<h1>${e(content.title)}</h1>`,
  ]
  if (content.hero) {
    const caption = content.hero.caption
      ? `<figcaption>${e(content.hero.caption)}</figcaption>`
      : ''
    parts.push(
      `<figure><img src="${e(content.hero.fileName)}" alt="${e(content.hero.alt)}">${caption}</figure>`,
    )
  }
  parts.push(`<p><strong>${e(lead)} – ${e(content.teaser)}</strong></p>`)
  if (content.body.html) parts.push(content.body.html)
  if (content.about)
    parts.push(
      `<h2>${e(labels.about)}</h2>`,
      `<p>${e(content.about).replace(/\r?\n/g, '<br>')}</p>`,
    )
  if (content.contacts.length) {
    parts.push(`<h2>${e(labels.contacts)}</h2>`)
    for (const contact of content.contacts)
      parts.push(`<p>${contactLines(contact, content.locale).map(e).join('<br>')}</p>`)
  }
  if (content.responsible) parts.push(`<p>${e(labels.responsible)}: ${e(content.responsible)}</p>`)
  if (content.attachments.length) {
    parts.push(
      `<h2>${e(labels.attachments)}</h2>`,
      `<ul>${content.attachments.map((name) => `<li><a href="${e(name)}">${e(name)}</a></li>`).join('')}</ul>`,
    )
  }
  parts.push(`<p>${e(labels.photosNote)}</p>`)
  return [
    '<!DOCTYPE html>',
    `<html lang="${content.locale}">`,
    `<head><meta charset="utf-8"><title>${e(content.title)}</title><style>${STYLE}</style></head>`,
    `<body><article>`,
    ...parts,
    '</article></body>',
    '</html>',
    '',
  ].join('\n')
}
