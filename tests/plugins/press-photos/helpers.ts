import type { Payload } from 'payload'

import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { ApiClient, ApiResponse } from '../../helpers/api'
import { bootPayload, type TestContext } from '../../helpers/payload'

export type PhotoContext = TestContext & { dir: string }

/**
 * Boots Payload with the press-photos plugin storing into a fresh temp directory
 * (env PRESS_PHOTOS_DIR is read when the config is built, i.e. on import in bootPayload).
 */
export async function bootPhotos(): Promise<PhotoContext> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kk-press-photos-'))
  process.env.PRESS_PHOTOS_DIR = dir
  const ctx = await bootPayload()
  const photos = ctx.config.collections.find((c) => c.slug === 'photos')
  if (!photos?.custom?.pressPhotos) {
    throw new Error("pressPhotos is not registered in payload.config.ts: add pressPhotos({ collection: 'photos' }) to plugins")
  }
  if (typeof photos.upload !== 'object' || photos.upload.staticDir !== dir) throw new Error('plugin did not pick up PRESS_PHOTOS_DIR')
  return { ...ctx, dir }
}

export type UploadFields = Record<string, unknown>

export const DEFAULT_FIELDS = { alt: 'Testfoto', credit: 'Jürgen Müller', copyrightHolder: '© 2025 Kreative Klasse e.V.' }

export function uploadForm(bytes: Uint8Array, name: string, fields: UploadFields = DEFAULT_FIELDS, type = 'application/octet-stream'): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

export function upload(api: ApiClient, token: string | undefined, bytes: Uint8Array, name: string, fields?: UploadFields, type?: string): Promise<ApiResponse> {
  return api.post('/photos', { token, body: uploadForm(bytes, name, fields, type) })
}

export async function snapshot(payload: Payload, dir: string): Promise<{ rows: number; files: string[] }> {
  const { totalDocs } = await payload.count({ collection: 'photos', overrideAccess: true })
  const files = (await readdir(dir).catch(() => [] as string[])).sort()
  return { rows: totalDocs, files }
}

export type StoredDoc = {
  id: number
  filename: string
  mimeType: string
  width: number
  height: number
  filesize: number
  url: string
  contentHash: string
  takenAt?: string | null
  renditions: Array<{ name: string; filename: string; url: string; width: number; height: number; mimeType: string; filesize: number }>
}

export const fileRoute = (filename: string) => `/photos/file/${encodeURIComponent(filename)}`
