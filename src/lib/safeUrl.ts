const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Links in published texts may only lead to web pages, e-mail or phone numbers, or stay on the
 * site (`/…`, `#…`): `javascript:`, `data:` and friends would run in every reader's browser.
 */
export function isSafeUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const url = value.trim()
  if (url === '') return false
  if (/^\/(?!\/)/.test(url) || url.startsWith('#')) return true
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '')
  try {
    return SAFE_PROTOCOLS.has(new URL(compact).protocol)
  } catch {
    return false
  }
}

export const UNSAFE_URL_MESSAGE =
  'Nur Links mit https://, http://, mailto:, tel: oder auf eigene Seiten (/…) sind erlaubt. / ' +
  'Only https://, http://, mailto:, tel: or site-relative (/…) links are allowed.'
