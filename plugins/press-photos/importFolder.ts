/**
 * Bulk import of a folder of photos through the Local API, i.e. through the same plugin path as
 * an upload over REST (sniffing, limits, normalisation, renditions, EXIF date). Duplicates are
 * recognised by the SHA-256 of the file's bytes (`contentHash`), so re-running is safe.
 */
import type { CollectionSlug, Payload } from 'payload'

import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { inBothLanguages } from '../../src/i18n'
import { MAX_IMAGE_BYTES, rejections } from '../../src/lib/images'
import { sha256 } from './naming'

export type ImportFolderOptions = {
  folder: string
  /** Photographer, written into every file and the `credit` field. */
  credit: string
  copyrightHolder?: string
  /** A value of the collection's `licence` select. */
  licence?: string
  /** Slug of an event to attach every photo to. */
  event?: string
  collection?: string
  onProgress?: (progress: { done: number; total: number; file: string }) => void
}

export type ImportFolderResult = {
  total: number
  imported: Array<{ file: string; id: number | string; filename: string }>
  duplicates: Array<{ file: string; id: number | string }>
  failed: Array<{ file: string; error: string }>
}

const IGNORED = /^(\.|thumbs\.db$|desktop\.ini$)/i

/** "2024-05-06_Sommerfest-Bühne.jpg" → "Sommerfest Bühne (2024-05-06)"-like alt text placeholder. */
function altFromName(file: string): string {
  const stem = path.basename(file, path.extname(file)).replace(/[_-]+/g, ' ').trim()
  return stem || 'Foto'
}

export async function importFolder(
  payload: Payload,
  options: ImportFolderOptions,
): Promise<ImportFolderResult> {
  const slug = (options.collection ?? 'photos') as CollectionSlug
  const folder = path.resolve(options.folder)
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !IGNORED.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))

  let eventID: number | string | undefined
  if (options.event) {
    const { docs } = await payload.find({
      collection: 'events' as CollectionSlug,
      where: { slug: { equals: options.event } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      draft: true,
    })
    if (!docs[0])
      throw new Error(inBothLanguages('photoImportEventNotFound', { event: options.event }))
    eventID = docs[0].id
  }

  const result: ImportFolderResult = {
    total: entries.length,
    imported: [],
    duplicates: [],
    failed: [],
  }
  let done = 0
  for (const name of entries) {
    const file = path.join(folder, name)
    try {
      const info = await stat(file)
      // Refused like an oversized upload, without reading a huge file into memory.
      if (info.size > MAX_IMAGE_BYTES) throw rejections.tooManyBytes(info.size, MAX_IMAGE_BYTES)
      const data = await readFile(file)
      const hash = sha256(data)
      const existing = await payload.find({
        collection: slug,
        where: { contentHash: { equals: hash } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const duplicate = existing.docs[0]
      if (duplicate) {
        result.duplicates.push({ file: name, id: duplicate.id })
      } else {
        const doc = (await payload.create({
          collection: slug,
          overrideAccess: true,
          data: {
            alt: altFromName(name),
            credit: options.credit,
            ...(options.copyrightHolder ? { copyrightHolder: options.copyrightHolder } : {}),
            ...(options.licence ? { licence: options.licence } : {}),
            ...(eventID !== undefined ? { event: eventID } : {}),
          } as never,
          file: { data, name, mimetype: 'application/octet-stream', size: data.length },
        })) as unknown as { id: number | string; filename: string }
        result.imported.push({ file: name, id: doc.id, filename: doc.filename })
      }
    } catch (error) {
      result.failed.push({
        file: name,
        error: error instanceof Error ? error.message : String(error),
      })
    }
    done++
    options.onProgress?.({ done, total: entries.length, file: name })
  }
  return result
}
