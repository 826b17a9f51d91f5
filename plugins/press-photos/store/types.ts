import type { Readable } from 'node:stream'

/** A stored file for reading: its size and a stream opener (opened only when the bytes are needed). */
export type StoredFile = { size: number; open: () => Readable }

/** One object as listed by a store (for the orphan cleanup). */
export type ListedObject = { key: string; size: number; lastModified: Date }

/**
 * Where originals, renditions and documents live. Keys are flat file names (`SAFE_STORED_NAME`);
 * the store maps them to a directory or a bucket prefix. Nothing in a store is ever served by its
 * own URL: every byte goes out through the CMS after the row was found with the reader's access.
 */
export interface FileStore {
  readonly kind: 'local' | 's3'
  /** Human-readable location for logs (a directory or `s3://bucket/prefix`). */
  readonly location: string
  /** Writes a new object; refuses (throws) an unsafe key. */
  put(key: string, body: Buffer, contentType: string): Promise<void>
  /** The object for reading, or null when the key is unsafe or missing. */
  get(key: string): Promise<StoredFile | null>
  head(key: string): Promise<{ size: number; lastModified: Date } | null>
  /** Removes the objects; missing ones are no error. */
  delete(keys: string[]): Promise<void>
  list(): AsyncIterable<ListedObject>
}

/**
 * Keys are single file names: no path separators, no `.`/`..`, no control characters. Photo names
 * are stricter still (`SAFE_STORED_NAME`); documents keep Payload's own (sanitised) file names.
 */
export function isPlainKey(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    name !== '.' &&
    name !== '..' &&
    !/[/\\\u0000-\u001f]/.test(name)
  )
}
