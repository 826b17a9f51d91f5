import type { CollectionSlug, Payload } from 'payload'

import path from 'node:path'

import { localStore } from './local'
import { s3SettingsFromEnv, s3Store } from './s3'
import type { FileStore } from './types'

export type { FileStore, ListedObject, StoredFile } from './types'
export { localStore } from './local'
export { type S3Settings, s3SettingsFromEnv, s3Store } from './s3'

/**
 * The store of one upload collection: the bucket named by `S3_BUCKET` (objects under
 * `<slug>/`) when it is set, else the directory `dir`. Read from the environment when the config
 * is built, like PRESS_PHOTOS_DIR.
 */
export function storeFromEnv(
  slug: string,
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): FileStore {
  const s3 = s3SettingsFromEnv(env)
  return s3 ? s3Store(s3, `${slug}/`) : localStore(path.resolve(dir))
}

/** Stores chosen when the config was built, by collection slug (the config holds no class instances). */
const registered = new Map<string, FileStore>()

export function registerStore(slug: string, store: FileStore): void {
  registered.set(slug, store)
}

/**
 * The store every reader goes through (file routes, press kit, pre-access links): the one the
 * collection writes to, else Payload's own local directory for an upload collection we do not manage.
 */
export function storeOf(payload: Payload, slug: string): FileStore {
  const known = registered.get(slug)
  if (known) return known
  const upload = payload.collections[slug as CollectionSlug]?.config.upload
  if (!upload) throw new Error(`storage: "${slug}" is not an upload collection`)
  return localStore(path.resolve(upload.staticDir || slug))
}

export function registeredStores(): Array<[string, FileStore]> {
  return [...registered.entries()]
}
