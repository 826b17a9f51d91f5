/**
 * Other plugins list their public endpoints too: this one appends its paths and endpoints and
 * never replaces what is there; disabled, it leaves the config as it was.
 */
import type { Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { structuredData } from '../../../plugins/structured-data'
import { isPublicRead } from '../../../src/lib/http/cache/routes'

const existing = { path: '/feed', method: 'get' as const, handler: () => new Response('') }
const base = (): Config =>
  ({
    collections: [
      { slug: 'press-releases', fields: [], endpoints: [existing] },
      { slug: 'events', fields: [] },
      { slug: 'members', fields: [] },
      { slug: 'venues', fields: [] },
    ],
    custom: { publicReadEndpoints: ['/feeds/press-releases.xml'], other: 1 },
  }) as unknown as Config

describe('structuredData plugin', () => {
  it('appends its anonymous paths to custom.publicReadEndpoints and its endpoints to the three collections', () => {
    const config = structuredData()(base())
    expect(config.custom).toMatchObject({ other: 1 })
    expect(config.custom?.publicReadEndpoints).toEqual([
      '/feeds/press-releases.xml',
      '/press-releases/:id/jsonld',
      '/press-releases/slug/:slug/jsonld',
      '/events/:id/jsonld',
      '/events/slug/:slug/jsonld',
      '/members/:id/jsonld',
      '/members/slug/:slug/jsonld',
    ])
    const paths = Object.fromEntries(
      (config.collections ?? []).map((c) => [c.slug, (c.endpoints || []).map((e) => e.path)]),
    )
    expect(paths).toEqual({
      'press-releases': ['/feed', '/:id/jsonld', '/slug/:slug/jsonld'],
      events: ['/:id/jsonld', '/slug/:slug/jsonld'],
      members: ['/:id/jsonld', '/slug/:slug/jsonld'],
      venues: [],
    })
    const sanitized = {
      routes: { api: '/api' },
      globals: [],
      collections: [],
      custom: config.custom,
    } as never
    expect(isPublicRead('/api/events/slug/extraklasse-2027/jsonld', sanitized)).toBe(true)
    expect(isPublicRead('/api/members/12/jsonld', sanitized)).toBe(true)
  })

  it('disabled, it changes nothing', () => {
    const config = base()
    expect(structuredData({ enabled: false })(config)).toBe(config)
  })
})
