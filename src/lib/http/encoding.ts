/**
 * Percent-encoding checks shared by the request guard and the Next proxy (src/proxy.ts), kept
 * free of Payload imports so the proxy stays small.
 */

export const BAD_ENCODING_MESSAGE =
  'Die Adresse enthält eine ungültige Prozent-Kodierung (z. B. %FF). Bitte Sonderzeichen als UTF-8 kodieren. / ' +
  'The URL contains an invalid percent-encoding (e.g. %FF). Please encode special characters as UTF-8.'

/** False if `component` holds a `%` sequence that is not valid UTF-8 (`%FF`, `%E2%82`, a lone `%`). */
export function isWellEncoded(component: string): boolean {
  try {
    decodeURIComponent(component)
    return true
  } catch {
    return false
  }
}

/** True if the path or the query of a raw request URL does not decode. */
export function hasBadEncoding(url: string): boolean {
  const { pathname, search } = new URL(url)
  return !isWellEncoded(pathname) || !isWellEncoded(search)
}
