import type { Readable } from 'node:stream'

import { createReadStream } from 'node:fs'
import { mkdir, open, rm, stat } from 'node:fs/promises'

import { resolveInside } from './naming'

export type FileToWrite = { filename: string; buffer: Buffer }

/**
 * Writes every file exclusively (`wx`: never overwrites another upload's file) and, if any write
 * fails, removes the ones already written before rethrowing.
 */
export async function writeAll(dir: string, files: FileToWrite[]): Promise<void> {
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  try {
    for (const file of files) {
      const target = resolveInside(dir, file.filename)
      if (!target) throw new Error(`unsafe file name: ${file.filename}`)
      const handle = await open(target, 'wx')
      written.push(file.filename)
      try {
        await handle.writeFile(file.buffer)
      } finally {
        await handle.close()
      }
    }
  } catch (error) {
    await removeAll(dir, written)
    throw error
  }
}

export async function removeAll(dir: string, filenames: Array<string | null | undefined>): Promise<void> {
  await Promise.all(
    filenames.map(async (filename) => {
      const target = filename ? resolveInside(dir, filename) : null
      if (target) await rm(target, { force: true })
    }),
  )
}

export type StoredFile = { size: number; open: () => Readable }

/**
 * A stored original or rendition for reading (a press kit, a download): its size and a stream
 * opener, or null when the name is not one we write or the file is missing.
 */
export async function storedFile(dir: string, filename: string): Promise<StoredFile | null> {
  const target = resolveInside(dir, filename)
  if (!target) return null
  const info = await stat(target).catch(() => null)
  if (!info?.isFile()) return null
  return { size: info.size, open: () => createReadStream(target) }
}
