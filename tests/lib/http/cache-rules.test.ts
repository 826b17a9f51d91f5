import type { SanitizedConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { notModifiedSince } from '../../../src/lib/http/cache/headers'
import { isPublicRead } from '../../../src/lib/http/cache/routes'

/** Just the parts of a sanitized config the cache rules read. */
const config = {
  routes: { api: '/api' },
  globals: [{ slug: 'association' }],
  collections: [{ slug: 'press-releases' }, { slug: 'users', auth: {} }],
  custom: { publicReadEndpoints: ['/feeds/press-releases.rss', '/press-releases/:id/jsonld', 42] },
} as unknown as SanitizedConfig

describe('which anonymous reads the response cache may answer', () => {
  it('a public endpoint listed in config.custom is cached, with `:x` matching exactly one segment', () => {
    expect(isPublicRead('/api/feeds/press-releases.rss', config)).toBe(true)
    expect(isPublicRead('/api/press-releases/17/jsonld', config)).toBe(true)
  })

  it('paths that only resemble a listed endpoint, auth collections and versions are not cached', () => {
    expect(isPublicRead('/api/feeds/press-releases.atom', config)).toBe(false)
    expect(isPublicRead('/api/press-releases/17/jsonld/extra', config)).toBe(false)
    expect(isPublicRead('/api/users', config)).toBe(false)
    expect(isPublicRead('/api/press-releases/versions', config)).toBe(false)
    expect(isPublicRead('/other/feeds/press-releases.rss', config)).toBe(false)
  })
})

describe('If-Modified-Since for answers with a Last-Modified', () => {
  const lastModified = 'Thu, 26 Nov 2026 12:00:00 GMT'
  const request = (headers: Record<string, string>) =>
    new Request('http://cms.test/api/feeds/x', { headers })

  it('a feed reader that has the newest version gets 304; one with an older copy gets the feed', () => {
    expect(notModifiedSince(request({ 'if-modified-since': lastModified }), lastModified)).toBe(
      true,
    )
    expect(
      notModifiedSince(
        request({ 'if-modified-since': 'Thu, 26 Nov 2026 13:00:00 GMT' }),
        lastModified,
      ),
    ).toBe(true)
    expect(
      notModifiedSince(
        request({ 'if-modified-since': 'Thu, 26 Nov 2026 11:59:59 GMT' }),
        lastModified,
      ),
    ).toBe(false)
  })

  it('If-None-Match takes precedence, and unreadable dates or a missing Last-Modified never answer 304', () => {
    expect(
      notModifiedSince(
        request({ 'if-modified-since': lastModified, 'if-none-match': '"x"' }),
        lastModified,
      ),
    ).toBe(false)
    expect(notModifiedSince(request({ 'if-modified-since': 'gestern' }), lastModified)).toBe(false)
    expect(notModifiedSince(request({ 'if-modified-since': lastModified }), undefined)).toBe(false)
  })
})
