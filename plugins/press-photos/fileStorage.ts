/**
 * Plain upload collections (documents: PDFs) on the same store as the photos, through Payload's
 * own storage hooks: `disableLocalStorage` + an `upload.handlers` entry that streams from the
 * store after Payload's file-access check, plus hooks that write after the database write and
 * sweep after the transaction. Without `S3_BUCKET` the collection is left to Payload's local
 * storage untouched (readers still go through `storeOf`, which then reads its `staticDir`).
 */
import type {
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  PayloadRequest,
} from 'payload'

import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { headersWithCors } from 'payload'

import { appendHooks } from '../../src/lib/config/hooks'
import { afterTransaction, referencedNames, sweepUnreferenced } from './afterCommit'
import { type FileStore, registerStore, s3SettingsFromEnv, s3Store } from './store'

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number]

const safeDecode = (value: string): string => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * Runs after Payload's file-access check. That check looks no row up when read access is plain
 * `true` (documents), so the row is looked up here: an object no committed row names — an upload
 * whose commit failed — is never served.
 */
function serveFromStore(slug: string, store: FileStore): UploadHandler {
  return async (req: PayloadRequest, { params }) => {
    const notFound = () => {
      const headers = new Headers({
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'private, no-store',
      })
      return new Response(JSON.stringify({ errors: [{ message: 'Not Found' }] }), {
        status: 404,
        headers: headersWithCors({ headers, req }),
      })
    }
    const candidates = [...new Set([params.filename, safeDecode(params.filename)])]
    const row = (await req.payload.db.findOne({
      collection: slug as CollectionSlug,
      where: { filename: { in: candidates } },
      req,
    })) as { filename?: string | null; mimeType?: string | null } | null
    const filename = row?.filename
    const stored = filename ? await store.get(filename) : null
    if (!filename || !stored) return notFound()
    const headers = new Headers({
      'Content-Type': row.mimeType || 'application/octet-stream',
      'Content-Length': String(stored.size),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(filename)}`,
    })
    const body = Readable.toWeb(stored.open()) as unknown as ReadableStream<Uint8Array>
    return new Response(body, { status: 200, headers: headersWithCors({ headers, req }) })
  }
}

async function uploadedBytes(req: PayloadRequest): Promise<Buffer | null> {
  const file = req.file
  if (!file) return null
  if (file.data?.length) return file.data
  return file.tempFilePath ? readFile(file.tempFilePath) : null
}

function onStore(collection: CollectionConfig, store: FileStore): CollectionConfig {
  const slug = collection.slug
  const afterOperation: CollectionAfterOperationHook = async ({ operation, req, result }) => {
    if (operation !== 'create' && operation !== 'updateByID') return result
    const doc = result as unknown as Record<string, unknown>
    const filename = typeof doc.filename === 'string' ? doc.filename : undefined
    const bytes = filename ? await uploadedBytes(req) : null
    if (!filename || !bytes) return result
    await store.put(filename, bytes, req.file?.mimetype || 'application/octet-stream')
    const previous = (req.context as Record<string, unknown>)[`fileStorage:${slug}:previous`] as
      string[] | undefined
    await afterTransaction(req, async () => {
      await sweepUnreferenced(req.payload, slug, store, [filename, ...(previous ?? [])])
    })
    return result
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await afterTransaction(req, async () => {
      await sweepUnreferenced(
        req.payload,
        slug,
        store,
        referencedNames(doc as Record<string, unknown>),
      )
    })
    return doc
  }
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  return {
    ...collection,
    upload: {
      ...upload,
      disableLocalStorage: true,
      handlers: [...(upload.handlers ?? []), serveFromStore(slug, store)],
    },
    hooks: appendHooks(collection.hooks, {
      beforeChange: [
        // The replaced file's name, to sweep once the new row is committed.
        ({ data, originalDoc, req }) => {
          if (req.file && originalDoc) {
            ;(req.context as Record<string, unknown>)[`fileStorage:${slug}:previous`] =
              referencedNames(originalDoc as Record<string, unknown>)
          }
          return data
        },
      ],
      afterOperation: [afterOperation],
      afterDelete: [afterDelete],
    }),
  }
}

/** Puts `collections` on the bucket when `S3_BUCKET` is set; register before plugins that read `disableLocalStorage`. */
export const fileStorage =
  ({ collections }: { collections: string[] }) =>
  (config: Config): Config => {
    const s3 = s3SettingsFromEnv()
    if (!s3) return config
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (!collections.includes(collection.slug) || !collection.upload) return collection
        const store = s3Store(s3, `${collection.slug}/`)
        registerStore(collection.slug, store)
        return onStore(collection, store)
      }),
    }
  }
