import { inBothLanguages } from '../i18n'

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** A stand-in origin: a site-relative link must still point here after the browser has parsed it. */
const SITE = 'https://site.invalid'

/**
 * Browsers treat `\` as `/` and silently drop tabs and line breaks inside a URL, so `/\evil.example`
 * and `/<TAB>/evil.example` become the protocol-relative `//evil.example`. A site-relative link
 * therefore may contain none of them (nor any other control character or whitespace).
 */
const UNSAFE_IN_RELATIVE = /[\\\u0000-\u001f\u007f\s]/u

function isSiteRelative(url: string): boolean {
  if (!url.startsWith('/') && !url.startsWith('#')) return false
  if (UNSAFE_IN_RELATIVE.test(url)) return false
  // Resolve as a browser would (WHATWG URL parser): the link has to stay on the site.
  try {
    return new URL(url, SITE).origin === SITE
  } catch {
    return false
  }
}

/**
 * Links in published texts may only lead to web pages, e-mail or phone numbers, or stay on the
 * site (`/…`, `#…`): `javascript:`, `data:` and friends would run in every reader's browser.
 */
export function isSafeUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const url = value.trim()
  if (url === '') return false
  if (url.startsWith('/') || url.startsWith('#')) return isSiteRelative(url)
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '')
  // After that clean-up "\t//evil.example" or "\\\\evil.example" would be relative again: refuse.
  if (compact.startsWith('/') || compact.startsWith('\\')) return false
  try {
    return SAFE_PROTOCOLS.has(new URL(compact).protocol)
  } catch {
    return false
  }
}

export const UNSAFE_URL_MESSAGE = inBothLanguages('linkUnsafe')
