import { createReadStream } from 'node:fs'
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { type FileStore, isPlainKey, type ListedObject, type StoredFile } from './types'

/** A directory on the local disk (the default; what `npm run dev` and the tests use). */
export function localStore(dir: string): FileStore {
  const resolveInside = (root: string, key: string): string | null => {
    if (!isPlainKey(key)) return null
    const full = path.resolve(root, key)
    return path.dirname(full) === path.resolve(root) ? full : null
  }
  const head = async (key: string) => {
    const target = resolveInside(dir, key)
    const info = target ? await stat(target).catch(() => null) : null
    return info?.isFile() ? { size: info.size, lastModified: info.mtime } : null
  }
  return {
    kind: 'local',
    location: dir,
    async put(key, body) {
      const target = resolveInside(dir, key)
      if (!target) throw new Error(`unsafe file name: ${key}`)
      await mkdir(dir, { recursive: true })
      // Exclusive create: never overwrites another upload's file.
      const handle = await open(target, 'wx')
      try {
        await handle.writeFile(body)
      } finally {
        await handle.close()
      }
    },
    async get(key): Promise<StoredFile | null> {
      const info = await head(key)
      const target = resolveInside(dir, key)
      if (!info || !target) return null
      return { size: info.size, open: () => createReadStream(target) }
    },
    head,
    async delete(keys) {
      await Promise.all(
        keys.map(async (key) => {
          const target = resolveInside(dir, key)
          if (target) await rm(target, { force: true })
        }),
      )
    },
    async *list(): AsyncIterable<ListedObject> {
      const names = await readdir(dir).catch(() => [] as string[])
      for (const key of names) {
        const info = await head(key)
        if (info) yield { key, ...info }
      }
    },
  }
}
