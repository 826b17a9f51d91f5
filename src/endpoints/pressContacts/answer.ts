import type { PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { type Bilingual, inBothLanguages, inLanguage, joinLanguages } from '../../i18n'
import { escapeHTML } from '../../lib/richtext/escape'

export type { Bilingual } from '../../i18n'

const wantsHtml = (req: PayloadRequest): boolean => {
  const accept = req.headers.get('accept') ?? ''
  return accept.includes('text/html') && !accept.startsWith('application/json')
}

/**
 * Answers in German and English: a small page for a person who clicked a link in a mail, JSON for
 * everything else (`{ message }`, errors as Payload's `{ errors: [{ message }] }`). Never cached.
 */
export function answer(
  req: PayloadRequest,
  status: number,
  message: Bilingual,
  options: { form?: { action: string; button: Bilingual }; headers?: Record<string, string> } = {},
): Response {
  const headers = headersWithCors({ headers: new Headers(options.headers), req })
  headers.set('Cache-Control', 'no-store')
  const text = joinLanguages(message)
  if (!wantsHtml(req)) {
    return Response.json(status < 400 ? { message: text } : { errors: [{ message: text }] }, {
      status,
      headers,
    })
  }
  headers.set('Content-Type', 'text/html; charset=utf-8')
  // The page must not be framed or run scripts; it only ever posts back to the same endpoint.
  headers.set(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  )
  const form = options.form
    ? `<form method="post" action="${escapeHTML(options.form.action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHTML(options.form.button.de)} / ${escapeHTML(options.form.button.en)}</button></form>`
    : ''
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Kreative Klasse e.V. – ${inLanguage('de', 'pressListHeading')}</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1 style="font-size:1.3rem">${inBothLanguages('pressListHeading')}</h1>
<p>${escapeHTML(message.de)}</p><p lang="en">${escapeHTML(message.en)}</p>${form}
</body></html>`
  return new Response(html, { status, headers })
}
