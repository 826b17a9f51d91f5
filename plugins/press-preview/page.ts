/**
 * The page a journalist sees behind a personal link: the release with its Sperrfrist on top,
 * photos with credits and downloads. Not indexable, never cached, no third-party resources.
 */
import type { SerializedEditorState } from 'lexical'

import { convertLexicalToHTML, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import { defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'

import { BERLIN } from '../../src/lib/berlin'
import { escapeHTML } from '../../src/lib/richtext/escape'
import type { PreviewPhoto } from './photos'
import type { PreviewRelease } from './resolve'

export type PreviewPageData = {
  release: PreviewRelease
  locale: 'de' | 'en'
  photos: Array<{ photo: PreviewPhoto; screenURL: string; printURL: string }>
  attachments: Array<{ filename: string; url: string }>
  pressKitURL: string | null
  boilerplate?: string | null
  responsiblePerson?: string | null
}

const TEXT = {
  de: {
    embargo: (when: string) => `SPERRFRIST: ${when} Uhr`,
    embargoNote:
      'Vertraulich bis zum Ablauf der Sperrfrist. Dieser Link ist persönlich; bitte nicht weitergeben.',
    photos: 'Fotos',
    print: 'Druckfassung herunterladen',
    attachments: 'Anhänge',
    pressKit: 'Pressemappe (ZIP) herunterladen',
    about: 'Über uns',
    contacts: 'Pressekontakt',
    responsible: 'V.i.S.d.P.',
    credit: 'Foto',
    invalidTitle: 'Link nicht gültig',
    invalid:
      'Dieser Link ist nicht (mehr) gültig. Bitte wenden Sie sich an die Pressestelle des Kreative Klasse e.V.',
  },
  en: {
    embargo: (when: string) => `EMBARGOED UNTIL ${when} (Berlin time)`,
    embargoNote:
      'Confidential until the embargo lifts. This link is personal; please do not pass it on.',
    photos: 'Photos',
    print: 'Download print version',
    attachments: 'Attachments',
    pressKit: 'Download press kit (ZIP)',
    about: 'About us',
    contacts: 'Press contact',
    responsible: 'Responsible under press law',
    credit: 'Photo',
    invalidTitle: 'Link not valid',
    invalid:
      'This link is not (or no longer) valid. Please contact the press office of Kreative Klasse e.V.',
  },
}

/** "26.11.2026, 19:00" in Berlin time, as the press writes a Sperrfrist. */
export function formatEmbargo(iso: string, locale: 'de' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: BERLIN,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))
}

/** The body as HTML; inline photos only when the link may show them (withdrawn ones are left out). */
export function bodyHTML(
  body: unknown,
  photoURLs: Map<string, { url: string; photo: PreviewPhoto }>,
  locale: 'de' | 'en',
): string {
  if (!body || typeof body !== 'object' || !('root' in body)) return ''
  const upload: HTMLConverters['upload'] = ({ node }) => {
    const { value } = node as unknown as { value?: number | { id: number } }
    const id = typeof value === 'object' && value !== null ? value.id : value
    const shown = id === undefined ? undefined : photoURLs.get(String(id))
    if (!shown) return ''
    return figure(shown.url, shown.photo, locale)
  }
  return convertLexicalToHTML({
    data: body as SerializedEditorState,
    disableContainer: true,
    converters: { ...defaultHTMLConverters, upload },
  })
}

function figure(url: string, photo: PreviewPhoto, locale: 'de' | 'en'): string {
  const caption = [photo.caption, photo.credit ? `${TEXT[locale].credit}: ${photo.credit}` : '']
    .filter(Boolean)
    .join(' — ')
  return `<figure><img src="${escapeHTML(url)}" alt="${escapeHTML(photo.alt)}"><figcaption>${escapeHTML(caption)}</figcaption></figure>`
}

export function previewPage(data: PreviewPageData): string {
  const { release, locale } = data
  const text = TEXT[locale]
  const photoURLs = new Map(
    data.photos.map(({ photo, screenURL }) => [String(photo.id), { url: screenURL, photo }]),
  )
  const embargo =
    release.embargo && new Date(release.embargo).getTime() > Date.now()
      ? `<p class="embargo"><strong>${escapeHTML(text.embargo(formatEmbargo(release.embargo, locale)))}</strong><br>${escapeHTML(text.embargoNote)}</p>`
      : ''
  const photos = data.photos.length
    ? `<h2>${text.photos}</h2>${data.photos
        .map(
          ({ photo, screenURL, printURL }) =>
            `${figure(screenURL, photo, locale)}<p><a href="${escapeHTML(printURL)}" download>${text.print}</a></p>`,
        )
        .join('')}`
    : ''
  const attachments = data.attachments.length
    ? `<h2>${text.attachments}</h2><ul>${data.attachments.map((file) => `<li><a href="${escapeHTML(file.url)}">${escapeHTML(file.filename)}</a></li>`).join('')}</ul>`
    : ''
  const contacts = (release.pressContacts ?? []).length
    ? `<h2>${text.contacts}</h2><ul>${(release.pressContacts ?? [])
        .map(
          (contact) =>
            `<li>${escapeHTML([contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(', '))}</li>`,
        )
        .join('')}</ul>`
    : ''
  const dateline = release.dateline ? `<strong>${escapeHTML(release.dateline)}</strong> – ` : ''
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHTML(release.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}.embargo{background:#fff3cd;border:2px solid #b58105;padding:1rem}img{max-width:100%;height:auto}figcaption{font-size:.9em;color:#444}</style>
</head><body>
${embargo}
<h1>${escapeHTML(release.title)}</h1>
<p>${dateline}<em>${escapeHTML(release.teaser)}</em></p>
${bodyHTML(release.body, photoURLs, locale)}
${photos}
${attachments}
${data.pressKitURL ? `<p><a href="${escapeHTML(data.pressKitURL)}">${text.pressKit}</a></p>` : ''}
${data.boilerplate ? `<h2>${text.about}</h2><p>${escapeHTML(data.boilerplate)}</p>` : ''}
${contacts}
${data.responsiblePerson ? `<p>${text.responsible}: ${escapeHTML(data.responsiblePerson)}</p>` : ''}
</body></html>`
}

export function invalidLinkPage(): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>${TEXT.de.invalidTitle} / ${TEXT.en.invalidTitle}</title></head>
<body><h1>${TEXT.de.invalidTitle} / ${TEXT.en.invalidTitle}</h1><p>${TEXT.de.invalid}</p><p lang="en">${TEXT.en.invalid}</p></body></html>`
}
