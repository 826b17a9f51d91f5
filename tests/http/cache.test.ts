/**
 * HTTP caching over real HTTP against `next start`, with two production servers on one database.
 *
 * User stories: "As a frontend developer behind a CDN, I revalidate with ETag and get 304, and
 * logged-in answers are never stored" and "As the press office running two instances, a
 * release I publish on one is served at once by the other".
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ProductionServer, registerFirstAdmin, startProductionServer } from '../helpers/server'

let first: ProductionServer
let second: ProductionServer
let token = ''
let cookie = ''

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const marker = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`
const listURL = (server: ProductionServer, title: string) =>
  `${server.baseURL}/api/press-releases?depth=0&where[title][equals]=${encodeURIComponent(title)}`

async function json(server: ProductionServer, path: string, method: string, body: unknown) {
  const response = await fetch(`${server.baseURL}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const data = await response.json()
  expect(response.status, JSON.stringify(data)).toBeLessThan(300)
  return data
}

beforeAll(async () => {
  first = await startProductionServer({ RESPONSE_CACHE: 'on' })
  second = await startProductionServer(
    { RESPONSE_CACHE: 'on', PAYLOAD_SECRET: first.payloadSecret },
    { databaseURI: first.databaseURI },
  )
  ;({ token, cookie } = await registerFirstAdmin(first.baseURL, 'cache'))
  expect(token).toBeTruthy()
  expect(cookie).toMatch(/^payload-token=/)
}, 900_000)

afterAll(async () => {
  await second?.stop()
  await first?.stop()
})

describe('HTTP caching over real HTTP', () => {
  it('anonymous reads carry ETag, public Cache-Control and Vary, compressed or not; If-None-Match gets 304', async () => {
    const title = marker('HTTP')
    await json(first, '/press-releases', 'POST', {
      title,
      teaser: 'Anreißer',
      _status: 'published',
    })
    const url = listURL(first, title)
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.status).toBe(200)
    const etag = plain.headers.get('etag')!
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    expect(plain.headers.get('cache-control')).toBe(
      'public, max-age=30, s-maxage=60, stale-while-revalidate=30',
    )
    expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/)
    expect(plain.headers.get('vary')).toMatch(/Origin/)
    expect((await plain.json()).docs).toHaveLength(1)

    const gzip = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers.get('x-cache')).toBe('HIT')
    expect(gzip.headers.get('etag')?.replace(/^W\//, '')).toBe(etag)

    const revalidated = await fetch(url, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)
  })

  it('a logged-in reader (cookie or token) gets private, no-store and sees what the public does not', async () => {
    const title = marker('Entwurf')
    await json(first, '/press-releases', 'POST', { title, teaser: 'Anreißer' })
    const anonymous = await fetch(listURL(first, title))
    expect((await anonymous.json()).docs).toHaveLength(0)
    // As the admin in a browser sends it (Payload ignores a cookie without Origin or Sec-Fetch-Site).
    for (const headers of [
      { cookie, 'sec-fetch-site': 'same-origin' },
      { Authorization: `JWT ${token}` },
    ] as Array<Record<string, string>>) {
      const response = await fetch(listURL(first, title), { headers })
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('etag')).toBeNull()
      expect((await response.json()).docs).toHaveLength(1)
    }
  })

  it('two servers on one database: a release published on one is served by the other at once', async () => {
    const title = marker('Zwei')
    const created = await json(first, '/press-releases', 'POST', { title, teaser: 'Anreißer' })
    const url = listURL(second, title)
    expect((await (await fetch(url)).json()).docs).toHaveLength(0)
    const warm = await fetch(url)
    expect(warm.headers.get('x-cache')).toBe('HIT')
    expect((await warm.json()).docs).toHaveLength(0)

    await json(first, `/press-releases/${created.doc.id}`, 'PATCH', { _status: 'published' })
    const published = Date.now()
    let docs = 0
    while (docs === 0 && Date.now() - published < 1_000) {
      docs = (await (await fetch(url)).json()).docs.length
      if (!docs) await sleep(20)
    }
    expect(docs, 'the second server serves the release within a second of the commit').toBe(1)

    await json(first, `/press-releases/${created.doc.id}`, 'PATCH', { _status: 'draft' })
    const unpublished = Date.now()
    while (docs === 1 && Date.now() - unpublished < 1_000) {
      docs = (await (await fetch(url)).json()).docs.length
      if (docs) await sleep(20)
    }
    expect(docs, 'and drops it within a second of the unpublish').toBe(0)
  })
})
