import { createHash, randomBytes } from 'node:crypto'
import path from 'node:path'

import { slugify } from '../../src/lib/slugify'

const MAX_BASE_LENGTH = 60

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

/**
 * "../../Übersicht März #2.JPG" → "uebersicht-maerz-2-<token>": slug-transliterated, path parts
 * dropped, and a random token so two simultaneous uploads of the same name (even of the same
 * bytes) never compete for one file name — Payload's own check-then-write renaming is racy.
 */
export function storedBaseName(uploadName: string | undefined): string {
  const leaf = (uploadName ?? '').split(/[\\/]/).pop() ?? ''
  const stem = leaf.replace(/\.[^.]*$/, '')
  const slug = slugify(stem).slice(0, MAX_BASE_LENGTH).replace(/-+$/, '') || 'foto'
  return `${slug}-${randomBytes(5).toString('hex')}`
}

/** Rendition file name: changes whenever its bytes change (content hash). */
export function renditionFileName(
  base: string,
  size: string,
  bytes: Uint8Array,
  ext: string,
): string {
  return `${base}-${size}-${sha256(bytes).slice(0, 10)}.${ext}`
}

/** Names we ever write: lower-case ASCII, digits, dash, one dot extension. */
export const SAFE_STORED_NAME = /^[a-z0-9][a-z0-9-]*\.[a-z0-9]+$/

export function resolveInside(dir: string, filename: string): string | null {
  if (!SAFE_STORED_NAME.test(filename)) return null
  const full = path.resolve(dir, filename)
  return path.dirname(full) === path.resolve(dir) ? full : null
}
