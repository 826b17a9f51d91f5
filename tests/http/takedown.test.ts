/**
 * User story: "As the press office, when a photographer asks us to take a photo down, I withdraw it
 * once and trust that the CMS host serves it nowhere any more — no file URL, no rendition and no
 * copy that Next's image optimizer (`/_next/image`) made while the photo was public."
 *
 * Over real HTTP against `next build` + `next start`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type ProductionServer,
  registerFirstAdmin,
  root,
  startProductionServer,
} from '../helpers/server'
import { noisyJpeg } from '../lib/images/fixtures'

let server: ProductionServer
let token = ''

beforeAll(async () => {
  server = await startProductionServer()
  token = (await registerFirstAdmin(server.baseURL, 'takedown')).token
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

const staff = () => ({ Authorization: `JWT ${token}` })

type Photo = { id: number; filename: string; renditions: Array<{ filename: string }> }

/** What the optimizer would have been asked for: the sizes a frontend's <Image> requests. */
const optimizerURLs = (fileURLs: string[]) =>
  fileURLs.flatMap((url) =>
    [640, 1080].map((w) => `/_next/image?url=${encodeURIComponent(url)}&w=${w}&q=75`),
  )

/** A browser's request: it accepts WebP/AVIF, the formats the optimizer converts into. */
const get = (url: string) =>
  fetch(`${server.baseURL}${url}`, {
    headers: { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' },
  })

/**
 * Plants what an earlier build with the optimizer on would have left in `.next/cache/images`
 * (Next 16's layout: `<hash key>/<maxAge>.<expireAt>.<etag>.<upstreamEtag>.<ext>`, valid for a
 * year), so the test shows that no old copy is served either.
 */
async function plantOptimizerCache(urls: string[], bytes: Buffer): Promise<string[]> {
  const { ImageOptimizerCache } =
    (await import('next/dist/server/image-optimizer.js')) as unknown as {
      ImageOptimizerCache: {
        getCacheKey: (params: {
          href: string
          width: number
          quality: number
          mimeType: string
        }) => string
      }
    }
  const dirs: string[] = []
  for (const url of urls) {
    const { searchParams } = new URL(url, 'http://host')
    for (const mimeType of ['image/avif', 'image/webp', '']) {
      const key = ImageOptimizerCache.getCacheKey({
        href: searchParams.get('url') ?? '',
        width: Number(searchParams.get('w')),
        quality: Number(searchParams.get('q')),
        mimeType,
      })
      const dir = path.join(root, '.next', 'cache', 'images', key)
      await mkdir(dir, { recursive: true })
      await writeFile(
        path.join(dir, `31536000.${Date.now() + 31_536_000_000}.etag.upstream.webp`),
        bytes,
      )
      dirs.push(dir)
    }
  }
  return dirs
}

describe('takedown everywhere in the host', () => {
  it('a withdrawn photo is 4xx without image bytes on every URL, including optimizer URLs requested while it was public', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await noisyJpeg(1600, 1200))], { type: 'image/jpeg' }),
      'takedown.jpg',
    )
    form.append(
      '_payload',
      JSON.stringify({
        alt: 'Takedown-Test',
        caption: 'Wird zurückgezogen',
        credit: 'Jürgen Müller',
      }),
    )
    const uploaded = await fetch(`${server.baseURL}/api/photos`, {
      method: 'POST',
      headers: staff(),
      body: form,
    })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const photo = ((await uploaded.json()) as { doc: Photo }).doc

    const release = await fetch(`${server.baseURL}/api/press-releases`, {
      method: 'POST',
      headers: { ...staff(), 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Mitteilung mit Foto',
        teaser: 'Anreißer',
        heroPhoto: photo.id,
        _status: 'published',
      }),
    })
    expect(release.status).toBe(201)

    const fileURLs = [photo.filename, ...photo.renditions.map((r) => r.filename)].map(
      (f) => `/api/photos/file/${encodeURIComponent(f)}`,
    )
    expect(fileURLs.length).toBeGreaterThan(5)
    // Public while a published release uses it: every file is served.
    let originalBytes: Buffer | undefined
    for (const url of fileURLs) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type'), url).toMatch(/^image\//)
      originalBytes ??= Buffer.from(await response.arrayBuffer())
    }
    expect((await get(`/api/photos/${photo.id}`)).status).toBe(200)
    // The optimizer never serves (the CMS has no page that needs it), not even while the photo is public.
    const optimized = optimizerURLs(fileURLs)
    for (const url of optimized) {
      const response = await get(url)
      expect(response.status, url).toBeGreaterThanOrEqual(400)
      expect(response.status, url).toBeLessThan(500)
      expect(response.headers.get('content-type') ?? '', url).not.toMatch(/^image\//)
    }
    const planted = await plantOptimizerCache(optimized, originalBytes as Buffer)

    try {
      const withdrawn = await fetch(`${server.baseURL}/api/photos/${photo.id}`, {
        method: 'PATCH',
        headers: { ...staff(), 'content-type': 'application/json' },
        body: JSON.stringify({ withdrawn: true }),
      })
      expect(withdrawn.status).toBe(200)

      for (const url of [...fileURLs, `/api/photos/${photo.id}`, ...optimized]) {
        const response = await get(url)
        const body = Buffer.from(await response.arrayBuffer())
        expect(response.status, url).toBeGreaterThanOrEqual(400)
        expect(response.status, url).toBeLessThan(500)
        expect(response.headers.get('content-type') ?? '', url).not.toMatch(/^image\//)
        expect(body.includes((originalBytes as Buffer).subarray(0, 64)), url).toBe(false)
      }
      // Staff still reach it (to restore it or answer the photographer).
      expect((await fetch(`${server.baseURL}${fileURLs[0]}`, { headers: staff() })).status).toBe(
        200,
      )
    } finally {
      await Promise.all(planted.map((dir) => rm(dir, { recursive: true, force: true })))
    }
  })
})
