import { mkdir, open, rm } from 'node:fs/promises'

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
