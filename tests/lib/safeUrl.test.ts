import { describe, expect, it } from 'vitest'

import { isSafeUrl } from '../../src/lib/safeUrl'

/**
 * What a browser makes of a link on a page of the site: the WHATWG URL parser in Node is the one
 * Chromium and Firefox implement, so an attack "works" exactly when it leaves the site's origin.
 */
const resolvedByBrowser = (link: string) =>
  new URL(link, 'https://kreativeklasse.ruhr/presse/').href

// Site-relative at first sight, but a browser lands on another host.
const ESCAPES: string[] = [
  '/\\evil.example',
  '/\\/evil.example',
  '\\/evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  '//evil.example',
  '///evil.example',
  '/\\\tevil.example/pfad',
]

// Not an escape in every browser, but no editor types them: refused so nothing depends on parser quirks.
const REFUSED_ODDITIES: string[] = [
  '/presse/\u0000seite',
  '/presse/\u001bseite',
  '/presse/\u007fseite',
  '/presse/seite mit leerzeichen',
  '/presse/\u00a0seite',
  '/presse/\u2028seite',
  '/presse\\seite',
  '#anker\twechsel',
]

const LEGIT: string[] = [
  '/presse/seite?x=1#a',
  '/',
  '/presse',
  '/klasse-vernetzt/werkstattgespraeche',
  '/suche?q=kunst%20und%20kultur&seite=2',
  '/presse/m%C3%A4rz',
  '#kontakt',
  ' /presse/seite ',
  'https://kreativeklasse.ruhr/presse',
  'http://example.org/a\\b',
  'mailto:presse@kreativeklasse.ruhr',
  'tel:+492011234567',
]

describe('rich-text links: a site-relative link never leaves the site', () => {
  it.each(ESCAPES)('%j is refused (a browser would open another host)', (link) => {
    // The attack is real: a browser resolves the link to evil.example, not to our site.
    expect(new URL(resolvedByBrowser(link)).host).toBe('evil.example')
    expect(isSafeUrl(link)).toBe(false)
  })

  it.each(REFUSED_ODDITIES)(
    '%j is refused (backslash, control character or whitespace)',
    (link) => {
      expect(isSafeUrl(link)).toBe(false)
    },
  )

  it.each(LEGIT)('%j stays allowed', (link) => {
    expect(isSafeUrl(link)).toBe(true)
  })

  it('every allowed site-relative link resolves to the site itself', () => {
    for (const link of LEGIT.filter((entry) => /^\s*[/#]/.test(entry))) {
      expect(new URL(resolvedByBrowser(link.trim())).host).toBe('kreativeklasse.ruhr')
    }
  })

  it('scripts stay refused, however they are disguised', () => {
    for (const link of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      expect(isSafeUrl(link)).toBe(false)
    }
  })
})
