import sharp from 'sharp'
import yauzl from 'yauzl'

import { guardedRoutes } from '../../../src/lib/http/routes'
import type { TestContext } from '../../helpers/payload'

export const kitPath = (id: number | string) => `/press-releases/${id}/press-kit.zip`

/** The raw Response of the real REST route (behind the guard), body unread: ZIP bytes stay bytes. */
export async function getKit(
  ctx: TestContext,
  id: number | string,
  {
    token,
    headers = {},
    query = '',
  }: { token?: string; headers?: Record<string, string>; query?: string } = {},
): Promise<Response> {
  const request = new Request(`${ctx.api.url(kitPath(id))}${query}`, {
    headers: { ...headers, ...(token ? { authorization: `JWT ${token}` } : {}) },
  })
  const slug = ['press-releases', String(id), 'press-kit.zip']
  return guardedRoutes(ctx.config).GET(request, { params: Promise.resolve({ slug }) })
}

export type UnzippedEntry = { data: Buffer; compressionMethod: number; size: number }

/** Every entry of a ZIP, read with yauzl (a real, strict reader). */
export function unzip(zip: Buffer): Promise<Map<string, UnzippedEntry>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      zip,
      { lazyEntries: true, strictFileNames: true, validateEntrySizes: true },
      (error, file) => {
        if (error || !file) return reject(error)
        const entries = new Map<string, UnzippedEntry>()
        file.on('error', reject)
        file.on('end', () => resolve(entries))
        file.on('entry', (entry: yauzl.Entry) => {
          file.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) return reject(streamError)
            const chunks: Buffer[] = []
            stream.on('data', (chunk: Buffer) => chunks.push(chunk))
            stream.on('error', reject)
            stream.on('end', () => {
              entries.set(entry.fileName, {
                data: Buffer.concat(chunks),
                compressionMethod: entry.compressionMethod,
                size: entry.uncompressedSize,
              })
              file.readEntry()
            })
          })
        })
        file.readEntry()
      },
    )
  })
}

/** A JPEG of seeded noise: every seed gives different bytes (and a different content hash). */
export async function noiseJpeg(width: number, height: number, seed: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  let state = seed >>> 0 || 1
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    pixels[i] = (state >>> 16) & 0xff
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()
}

export function pdfForm(bytes: Buffer, name: string, fields: Record<string, unknown>): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

/** The Berlin calendar day of an instant, computed independently of the plugin ("2026-11-26"). */
export const berlinDate = (iso: string): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(iso))
