/**
 * The HTML a frontend would render for a release, project or event — with the same rich-text and
 * figure rendering as feeds and `?html=1` (src/lib/richtext/html.ts), so what staff preview is
 * what readers get. Plain HTML with inline CSS: no third-party resource, no Next image optimizer.
 */
import type { PayloadRequest } from 'payload'

import type { Event, PressRelease, Project } from '../../payload-types'
import { formatGermanDate } from '../../src/lib/germanDate'
import { escapeHTML } from '../../src/lib/richtext/escape'
import { figureHTML, richTextToHTML } from '../../src/lib/richtext/html'
import { photoIDsInRichText, populatedPhoto, withdrawnPhotoIDs, withoutPhotos } from './photos'
import type { LivePreviewCollection } from './types'

export type Locale = 'de' | 'en'

const TEXT = {
  de: {
    draft: 'Vorschau (Entwurf) – nicht öffentlich',
    published: 'Vorschau – veröffentlichte Fassung',
    embargo: (when: string) => `SPERRFRIST: ${when} Uhr (Berliner Zeit)`,
    venues: 'Ort',
    free: 'Eintritt frei',
  },
  en: {
    draft: 'Preview (draft) – not public',
    published: 'Preview – the published version',
    embargo: (when: string) => `EMBARGOED UNTIL ${when} (Berlin time)`,
    venues: 'Venue',
    free: 'Free admission',
  },
}

/** Rich text as readers get it, with withdrawn photos left out (staff could read them). */
async function richText(req: PayloadRequest, value: unknown, locale: Locale): Promise<string> {
  const hidden = await withdrawnPhotoIDs(req, photoIDsInRichText(value))
  return richTextToHTML(withoutPhotos(value, hidden), { req, locale })
}

/** A populated photo as a figure with credit; nothing when it is withdrawn (populate omits that flag). */
async function hero(req: PayloadRequest, photo: unknown, caption?: string | null): Promise<string> {
  const shown = populatedPhoto(photo)
  if (!shown || (await withdrawnPhotoIDs(req, [shown.id])).size) return ''
  return figureHTML(shown, caption)
}

async function releaseBody(
  req: PayloadRequest,
  release: PressRelease,
  locale: Locale,
): Promise<string> {
  const embargo =
    release.embargo && new Date(release.embargo).getTime() > Date.now()
      ? `<p class="embargo" role="note"><strong>${escapeHTML(TEXT[locale].embargo(formatGermanDate(release.embargo, 'dayAndTime')))}</strong></p>`
      : ''
  const dateline = release.dateline
    ? `<strong class="dateline">${escapeHTML(release.dateline)}</strong> – `
    : ''
  return `${embargo}
<h1>${escapeHTML(release.title)}</h1>
<p class="teaser">${dateline}${escapeHTML(release.teaser)}</p>
${await hero(req, release.heroPhoto, release.heroCaption)}
${await richText(req, release.body, locale)}`
}

async function projectBody(req: PayloadRequest, project: Project, locale: Locale): Promise<string> {
  const blocks = await Promise.all(
    (project.layout ?? []).map(async (block) => {
      if (block.blockType === 'richText') return richText(req, block.content, locale)
      if (block.blockType === 'quote')
        return `<blockquote><p>${escapeHTML(block.quote)}</p><footer>${escapeHTML(block.attribution)}</footer></blockquote>`
      if (block.blockType === 'gallery')
        return (await Promise.all(block.photos.map((photo) => hero(req, photo)))).join('')
      return ''
    }),
  )
  return `<h1>${escapeHTML(project.title)}</h1>
<p class="teaser">${escapeHTML(project.summary)}</p>
${await hero(req, project.heroPhoto)}
${blocks.join('\n')}`
}

async function eventBody(req: PayloadRequest, event: Event, locale: Locale): Promise<string> {
  const when = [event.start, event.end]
    .filter(Boolean)
    .map((value) => formatGermanDate(value as string, event.allDay ? 'dayOnly' : 'dayAndTime'))
  const venues = (event.venues ?? []).flatMap((venue) =>
    typeof venue === 'object' && venue ? [venue.name] : [],
  )
  const [first] = event.photos ?? []
  return `<h1>${escapeHTML(event.title)}</h1>
<p class="dateline"><strong>${escapeHTML(when.join(' – '))}</strong>${venues.length ? ` · ${TEXT[locale].venues}: ${escapeHTML(venues.join(', '))}` : ''}</p>
${event.admission?.free ? `<p>${TEXT[locale].free}</p>` : event.admission?.priceNote ? `<p>${escapeHTML(event.admission.priceNote)}</p>` : ''}
${await hero(req, first)}
${await richText(req, event.description, locale)}`
}

/**
 * Reloads when the admin reports a save (draft, autosave, publish): the page is rendered on the
 * server from the stored draft. Tells the admin it is ready; messages only to and from its own origin.
 */
export const LIVE_RELOAD_SCRIPT = `(function(){if(window.parent===window)return;var o=location.origin;window.addEventListener('message',function(e){if(e.origin===o&&e.data&&e.data.type==='payload-document-event')location.reload()});window.parent.postMessage({type:'payload-live-preview',ready:true},o)})()`

export async function previewPage(
  req: PayloadRequest,
  collection: LivePreviewCollection,
  doc: PressRelease | Project | Event,
  locale: Locale,
): Promise<string> {
  const body =
    collection === 'press-releases'
      ? await releaseBody(req, doc as PressRelease, locale)
      : collection === 'projects'
        ? await projectBody(req, doc as Project, locale)
        : await eventBody(req, doc as Event, locale)
  // Photo addresses are absolute on `serverURL`; site-relative they load from whichever origin the
  // admin runs on (127.0.0.1, a LAN address) and stay within `img-src 'self'`.
  const origin = req.payload.config.serverURL
  const html = origin ? body.replaceAll(`src="${origin}/`, 'src="/') : body
  const status =
    (doc as { _status?: string })._status === 'published'
      ? TEXT[locale].published
      : TEXT[locale].draft
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHTML((doc as { title?: string | null }).title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#111}.status{font-size:.85em;color:#555;border-bottom:1px solid #ddd;padding-bottom:.5rem}.embargo{background:#fff3cd;border:2px solid #b58105;padding:.75rem 1rem}.teaser{font-size:1.1em}img{max-width:100%;height:auto}figure{margin:1.5rem 0}figcaption{font-size:.9em;color:#444}</style>
</head><body>
<p class="status">${status}</p>
${html}
<script>${LIVE_RELOAD_SCRIPT}</script>
</body></html>`
}
