/**
 * The upload path: every new file (REST, admin, Local API, import script) is sniffed, limited,
 * decoded and re-encoded by processImage in `beforeOperation` — before Payload's own
 * generateFileData ever sees it — and Payload then only records the normalised original.
 * Files are written in `afterOperation`, i.e. only once validation and the database write have
 * succeeded, so a refused upload leaves neither a row nor a file; a commit that fails afterwards
 * leaves files no row names, which nothing serves and the sweep (or the cleanup job) removes.
 */
import type {
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { readFile, rm } from 'node:fs/promises'
import { buffer } from 'node:stream/consumers'
import pLimit from 'p-limit'
import { APIError, executeAccess, ValidationError } from 'payload'

import { inBothLanguages, translate } from '../../src/i18n'
import {
  type FocalPoint,
  isImageRejectedError,
  MAX_IMAGE_BYTES,
  type ProcessedImage,
  processImage,
  processRenditions,
  rejections,
  renditionJobs,
} from '../../src/lib/images'
import { afterTransaction, sweepUnreferenced } from './afterCommit'
import { renditionFileName, SAFE_STORED_NAME, sha256, storedBaseName } from './naming'
import { type FileToWrite, writeAll } from './storage'
import type { FileStore } from './store'
import type { StoredRendition } from './types'

type Doc = Record<string, unknown> & { id?: number | string }

type Pending = {
  filename: string
  files: FileToWrite[]
  renditions: StoredRendition[]
  /** Payload's own file fields, describing the stored normalised original. */
  original: { mimeType: string; filesize: number; width: number; height: number }
  contentHash?: string
  takenAt?: string
  /** Files of the previous version, removed once the new ones are written. */
  replaces: string[]
  /** Only the renditions are new: the original keeps its name, bytes and URL (a new focal point). */
  keepsOriginal: boolean
  reached: boolean
}

const PENDING = 'pressPhotos:pending'

function pendingOf(req: PayloadRequest): Map<string, Pending> {
  const context = req.context as Record<string, unknown>
  let map = context[PENDING] as Map<string, Pending> | undefined
  if (!map) {
    map = new Map()
    context[PENDING] = map
  }
  return map
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

const num = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined
}

export function storedFilenames(doc: Doc | undefined | null): string[] {
  if (!doc) return []
  const renditions = Array.isArray(doc.renditions)
    ? (doc.renditions as Array<{ filename?: unknown }>)
    : []
  return [doc.filename, ...renditions.map((r) => r.filename)].filter(
    (f): f is string => typeof f === 'string',
  )
}

export type IngestContext = { slug: string; store: FileStore; maxConcurrentProcessing: number }

export function createIngestHooks({ slug, store, maxConcurrentProcessing }: IngestContext) {
  // A process-wide pool: decoding 24 MP costs ~280 MB, so only a few at once.
  const limit = pLimit(Math.max(1, maxConcurrentProcessing))

  const beforeOperation: CollectionBeforeOperationHook = async ({
    args,
    operation,
    req,
    collection,
  }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const op = args as { data?: Doc; id?: number | string; overrideAccess?: boolean }
    const file = req.file
    if (operation === 'update' && op.id === undefined) {
      if (file) throw new APIError(translate(req.t)('photoReplaceOneAtATime'), 400, undefined, true)
      // The credit is embedded in every file of a photo; a bulk edit would leave the files' credit stale.
      if (op.data && ('credit' in op.data || 'copyrightHolder' in op.data)) {
        throw new APIError(inBothLanguages('photoCreditOneAtATime'), 400, undefined, true)
      }
      return args
    }
    if (operation === 'create' && !file) return args

    // Access first: nobody without write access may make the server decode an image.
    if (!op.overrideAccess) {
      await executeAccess(
        { req, data: op.data, id: op.id },
        operation === 'create' ? collection.access.create : collection.access.update,
      )
    }
    const data: Doc = op.data ?? {}
    const original =
      operation === 'update'
        ? ((await req.payload.findByID({
            collection: slug as CollectionSlug,
            id: op.id as number | string,
            req,
            overrideAccess: true,
            depth: 0,
          })) as unknown as Doc)
        : undefined

    const focalPoint = readFocalPoint(req, data, original)
    const credit = text(data.credit) ?? text(original?.credit)
    // No credit, no file: the credit field's validation reports it together with every other
    // missing field (one answer, not one per save); nothing is decoded for a save that must fail.
    if (!credit) {
      if (file) unprocessedUploads(req).add(slug)
      return args
    }
    const copyright =
      text(data.copyrightHolder) ??
      text(original?.copyrightHolder) ??
      `© ${new Date().getFullYear()} ${credit}`

    if (
      !file &&
      original &&
      needsReprocessing(data, original, focalPoint) &&
      !creditChanged(data, original)
    ) {
      // Only the focal point moved: new renditions cut from the stored original, which stays as it
      // is — its URL is in press kits and mails and must keep serving the same bytes.
      return refocus({ args, data, original, focalPoint, credit, copyright, req })
    }

    let bytes: Buffer | undefined
    let uploadName: string | undefined
    let contentHash: string | undefined
    if (file) {
      if ((file as { truncated?: boolean }).truncated)
        throw toApiError(rejections.tooManyBytes(file.size, MAX_IMAGE_BYTES))
      bytes =
        file.tempFilePath && !file.data?.length ? await readFile(file.tempFilePath) : file.data
      if (file.tempFilePath) await rm(file.tempFilePath, { force: true })
      uploadName = file.name
      contentHash = bytes?.length ? sha256(bytes) : undefined
    } else if (original && needsReprocessing(data, original, focalPoint)) {
      // The credit changed: it is embedded in every file, the original's too, so every file is
      // re-derived from the stored normalised original under new names (Payload itself would
      // re-fetch it over HTTP, which this storage does not support).
      bytes = await readOriginal(original)
      if (!bytes) return args
      uploadName = original.filename as string
      contentHash = text(original.contentHash)
    } else {
      return args
    }
    if (!bytes) throw toApiError(rejections.empty())

    let processed: ProcessedImage
    try {
      const input = bytes
      processed = await limit(() =>
        processImage(input, { credit: { artist: credit, copyright }, focalPoint }),
      )
    } catch (error) {
      throw toApiError(error)
    }

    const base = storedBaseName(uploadName)
    const filename = `${base}.${processed.original.ext}`
    const files: FileToWrite[] = [
      { filename, buffer: processed.original.buffer, contentType: processed.original.mime },
    ]
    const renditions = renditionsOf(base, processed.renditions, files)
    const keepTakenAt = data.takenAt ?? original?.takenAt
    pendingOf(req).set(filename, {
      filename,
      files,
      renditions,
      original: {
        mimeType: processed.original.mime,
        filesize: processed.original.buffer.length,
        width: processed.original.width,
        height: processed.original.height,
      },
      contentHash,
      takenAt: !keepTakenAt && processed.takenAt ? processed.takenAt.toISOString() : undefined,
      replaces: storedFilenames(original),
      keepsOriginal: false,
      reached: false,
    })
    // Payload records (and would store) only this: the normalised re-encode, never the upload.
    req.file = {
      name: filename,
      data: processed.original.buffer,
      mimetype: processed.original.mime,
      size: processed.original.buffer.length,
    }
    if (focalPoint) op.data = { ...data, focalX: focalPoint.x, focalY: focalPoint.y }
    return args
  }

  const readOriginal = async (original: Doc): Promise<Buffer | undefined> => {
    const name =
      typeof original.filename === 'string' && SAFE_STORED_NAME.test(original.filename)
        ? original.filename
        : undefined
    const stored = name ? await store.get(name) : null
    return stored ? buffer(stored.open()).catch(() => undefined) : undefined
  }

  type RefocusArgs = {
    args: Parameters<CollectionBeforeOperationHook>[0]['args']
    data: Doc
    original: Doc
    focalPoint: FocalPoint | undefined
    credit: string
    copyright: string
    req: PayloadRequest
  }

  const refocus = async ({
    args,
    data,
    original,
    focalPoint,
    credit,
    copyright,
    req,
  }: RefocusArgs) => {
    const bytes = await readOriginal(original)
    if (!bytes) return args
    let processed: Awaited<ReturnType<typeof processRenditions>>
    try {
      processed = await limit(() =>
        processRenditions(bytes, { credit: { artist: credit, copyright }, focalPoint }),
      )
    } catch (error) {
      throw toApiError(error)
    }
    const filename = original.filename as string
    const files: FileToWrite[] = []
    const renditions = renditionsOf(filename.replace(/\.[^.]*$/, ''), processed.renditions, files)
    pendingOf(req).set(filename, {
      filename,
      files,
      renditions,
      original: {
        mimeType: original.mimeType as string,
        filesize: original.filesize as number,
        width: original.width as number,
        height: original.height as number,
      },
      contentHash: text(original.contentHash),
      replaces: storedFilenames({ renditions: original.renditions }),
      keepsOriginal: true,
      reached: false,
    })
    if (focalPoint)
      (args as { data?: Doc }).data = { ...data, focalX: focalPoint.x, focalY: focalPoint.y }
    return args
  }

  /** Runs last among beforeChange hooks: the plugin's fields are server-owned. */
  const beforeChange: CollectionBeforeChangeHook = ({ data, req, operation, originalDoc }) => {
    const map = pendingOf(req)
    let entry = typeof data.filename === 'string' ? map.get(data.filename) : undefined
    const kept =
      typeof originalDoc?.filename === 'string' ? map.get(originalDoc.filename) : undefined
    if (!entry && kept?.keepsOriginal && !req.file) entry = kept
    if (!entry) {
      const open = [...map.values()].filter((candidate) => !candidate.reached)
      if (open.length === 1 && req.file) entry = open[0]
    }
    if (!entry) {
      // No new file: keep what is stored. Deleting the keys is not enough — by now `data` holds
      // Payload's fallback copy of every field, and the database adapter replaces array rows
      // with whatever `data` carries (a missing array means "no rows").
      const previous = operation === 'update' ? (originalDoc as Doc | undefined) : undefined
      data.renditions = Array.isArray(previous?.renditions)
        ? (previous.renditions as Array<Record<string, unknown>>).map(
            ({ url: _url, ...row }) => row,
          )
        : []
      data.contentHash = previous?.contentHash ?? null
      return data
    }
    entry.reached = true
    // Payload measured its own re-encode (it re-encodes WebP/GIF/TIFF with `animated: true`,
    // dropping our EXIF/XMP); the file on disk is ours, so describe ours.
    Object.assign(data, entry.original)
    data.filename = entry.filename
    data.renditions = entry.renditions
    data.contentHash = entry.contentHash ?? (originalDoc as Doc | undefined)?.contentHash ?? null
    if (entry.takenAt && !data.takenAt) data.takenAt = entry.takenAt
    return data
  }

  /**
   * After the database write (and every other hook) succeeded, before the commit: put the files
   * into the store. They are servable only once the row naming them is committed; after the
   * transaction the names no committed row holds are removed (see afterCommit.ts).
   */
  const afterOperation: CollectionAfterOperationHook = async ({ operation, req, result }) => {
    if (operation !== 'create' && operation !== 'updateByID' && operation !== 'update')
      return result
    // Still inside the transaction: a file that was never processed (no credit) must not be
    // recorded, even if the collection no longer required a credit.
    if (unprocessedUploads(req).delete(slug)) throw creditMissing(req, slug)
    const map = pendingOf(req)
    for (const [key, entry] of map) {
      if (!entry.reached) continue
      map.delete(key)
      await writeAll(store, entry.files)
      const names = [...entry.files.map((f) => f.filename), ...entry.replaces]
      await afterTransaction(req, async () => {
        await sweepUnreferenced(req.payload, slug, store, names)
      })
    }
    return result
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await afterTransaction(req, async () => {
      await sweepUnreferenced(req.payload, slug, store, storedFilenames(doc as Doc))
    }).catch((error: unknown) =>
      req.payload.logger.warn({ err: error, msg: 'press-photos: could not remove deleted files' }),
    )
    return doc
  }

  return { beforeOperation, beforeChange, afterOperation, afterDelete }
}

const UNPROCESSED = 'pressPhotos:unprocessed'

/** Collections whose upload in this request was left unprocessed for want of a credit. */
function unprocessedUploads(req: PayloadRequest): Set<string> {
  const context = req.context as Record<string, unknown>
  const set = (context[UNPROCESSED] as Set<string> | undefined) ?? new Set<string>()
  context[UNPROCESSED] = set
  return set
}

export const CREDIT_MESSAGE = inBothLanguages('photoCreditMissing')

function creditMissing(req: PayloadRequest, slug: string): ValidationError {
  return new ValidationError({
    collection: slug,
    errors: [{ path: 'credit', message: CREDIT_MESSAGE }],
    req,
  })
}

/** Rendition rows for `base`, their files appended to `files`. */
function renditionsOf(
  base: string,
  images: ProcessedImage['renditions'],
  files: FileToWrite[],
): StoredRendition[] {
  return renditionJobs().map((job) => {
    const image = images[job.name]
    const renditionFile = renditionFileName(base, job.spec.size, image.buffer, image.ext)
    files.push({ filename: renditionFile, buffer: image.buffer, contentType: image.mime })
    return {
      name: job.name,
      filename: renditionFile,
      width: image.width,
      height: image.height,
      mimeType: image.mime,
      filesize: image.buffer.length,
    }
  })
}

function readFocalPoint(
  req: PayloadRequest,
  data: Doc,
  original: Doc | undefined,
): FocalPoint | undefined {
  const edits = (
    req.query as { uploadEdits?: { focalPoint?: { x?: unknown; y?: unknown } } } | undefined
  )?.uploadEdits
  const x = num(edits?.focalPoint?.x) ?? num(data.focalX) ?? num(original?.focalX)
  const y = num(edits?.focalPoint?.y) ?? num(data.focalY) ?? num(original?.focalY)
  if (x === undefined || y === undefined) return undefined
  const clamp = (v: number) => Math.min(100, Math.max(0, Math.round(v)))
  return { x: clamp(x), y: clamp(y) }
}

const changed = (data: Doc, original: Doc, key: string) =>
  key in data && (text(data[key]) ?? null) !== (text(original[key]) ?? null)

/** The credit (and copyright) is embedded in every file, the original's too. */
const creditChanged = (data: Doc, original: Doc) =>
  changed(data, original, 'credit') || changed(data, original, 'copyrightHolder')

function needsReprocessing(data: Doc, original: Doc, focal: FocalPoint | undefined): boolean {
  const focalChanged =
    focal !== undefined && (focal.x !== num(original.focalX) || focal.y !== num(original.focalY))
  return creditChanged(data, original) || focalChanged
}

export const REFUSED_UPLOAD = 'RefusedUpload'

/** A named error, so the config can log refused uploads at `info` instead of `error`. */
class RefusedUploadError extends APIError<{ code: string }> {
  constructor(message: string, status: number, code: string) {
    super(message, status, { code }, true)
    this.name = REFUSED_UPLOAD
  }
}

function toApiError(error: unknown): Error {
  if (isImageRejectedError(error))
    return new RefusedUploadError(error.message, error.status, error.code)
  return error instanceof Error ? error : new Error(String(error))
}
