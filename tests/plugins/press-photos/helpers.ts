import type { Payload } from 'payload'

import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buffer } from 'node:stream/consumers'

import { storeOf } from '../../../plugins/press-photos'
import type { ApiClient, ApiResponse } from '../../helpers/api'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { startTestBucket, type TestBucket } from '../../helpers/s3'

export type PhotoContext = TestContext & { dir: string; bucket?: TestBucket }

/** `TEST_STORAGE=s3` (npm run test:s3) runs the press-photo tests against a real S3 server (s3rver). */
export const testStorage = (): 'local' | 's3' =>
  process.env.TEST_STORAGE === 's3' ? 's3' : 'local'

/**
 * Boots Payload with the press-photos plugin storing into a fresh temp directory, or with
 * `storage: 's3'` into a bucket of an s3rver started here (env PRESS_PHOTOS_DIR and S3_* are
 * read when the config is built, i.e. on import in bootPayload).
 */
export async function bootPhotos({
  storage = testStorage(),
}: { storage?: 'local' | 's3' } = {}): Promise<PhotoContext> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kk-press-photos-'))
  process.env.PRESS_PHOTOS_DIR = dir
  const bucket = storage === 's3' ? await startTestBucket() : undefined
  const ctx = await bootPayload()
  const store = storeOf(ctx.payload, 'photos')
  if (store.kind !== storage)
    throw new Error(`press photos store is ${store.kind}, expected ${storage}`)
  const photos = ctx.config.collections.find((c) => c.slug === 'photos')
  if (!photos?.custom?.pressPhotos) {
    throw new Error(
      "pressPhotos is not registered in payload.config.ts: add pressPhotos({ collection: 'photos' }) to plugins",
    )
  }
  if (typeof photos.upload !== 'object' || photos.upload.staticDir !== dir)
    throw new Error('plugin did not pick up PRESS_PHOTOS_DIR')
  return { ...ctx, dir, bucket }
}

/** A stored file's bytes, read back from the store (directory or bucket). */
export async function readStored(
  payload: Payload,
  name: string,
  collection = 'photos',
): Promise<Buffer> {
  const stored = await storeOf(payload, collection).get(name)
  if (!stored) throw new Error(`ENOENT: ${name} is not in the ${collection} store`)
  return buffer(stored.open())
}

/** Every key in the store, sorted. */
export async function storedKeys(payload: Payload, collection = 'photos'): Promise<string[]> {
  const keys: string[] = []
  for await (const object of storeOf(payload, collection).list()) keys.push(object.key)
  return keys.sort()
}

export type UploadFields = Record<string, unknown>

export const DEFAULT_FIELDS = {
  alt: 'Testfoto',
  credit: 'Jürgen Müller',
  copyrightHolder: '© 2025 Kreative Klasse e.V.',
}

export function uploadForm(
  bytes: Uint8Array,
  name: string,
  fields: UploadFields = DEFAULT_FIELDS,
  type = 'application/octet-stream',
): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

export function upload(
  api: ApiClient,
  token: string | undefined,
  bytes: Uint8Array,
  name: string,
  fields?: UploadFields,
  type?: string,
): Promise<ApiResponse> {
  return api.post('/photos', { token, body: uploadForm(bytes, name, fields, type) })
}

export async function snapshot(
  payload: Payload,
  _dir?: string,
): Promise<{ rows: number; files: string[] }> {
  const { totalDocs } = await payload.count({ collection: 'photos', overrideAccess: true })
  return { rows: totalDocs, files: await storedKeys(payload) }
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
  renditions: Array<{
    name: string
    filename: string
    url: string
    width: number
    height: number
    mimeType: string
    filesize: number
  }>
}

export const fileRoute = (filename: string) => `/photos/file/${encodeURIComponent(filename)}`
