import type { FileStore } from './store'

export type FileToWrite = { filename: string; buffer: Buffer; contentType: string }
export type { StoredFile } from './store'

/**
 * Writes every file (locally with exclusive creates: never over another upload's file) and, if any
 * write fails, removes the ones already written before rethrowing.
 */
export async function writeAll(store: FileStore, files: FileToWrite[]): Promise<void> {
  const written: string[] = []
  try {
    for (const file of files) {
      await store.put(file.filename, file.buffer, file.contentType)
      written.push(file.filename)
    }
  } catch (error) {
    await removeAll(store, written).catch(() => undefined)
    throw error
  }
}

export async function removeAll(
  store: FileStore,
  filenames: Array<string | null | undefined>,
): Promise<void> {
  await store.delete(filenames.filter((name): name is string => Boolean(name)))
}
