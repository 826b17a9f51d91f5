import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { PassThrough, Readable } from 'node:stream'

import { type FileStore, isPlainKey, type ListedObject, type StoredFile } from './types'

export type S3Settings = {
  bucket: string
  endpoint?: string
  region: string
  accessKeyId?: string
  secretAccessKey?: string
  forcePathStyle: boolean
}

/** The `S3_*` environment, or null when `S3_BUCKET` is not set (then files stay on the local disk). */
export function s3SettingsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'auto',
    accessKeyId: env.S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY?.trim() || undefined,
    forcePathStyle: /^(1|true|yes)$/i.test(env.S3_FORCE_PATH_STYLE?.trim() ?? ''),
  }
}

const clients = new Map<string, S3Client>()

function clientFor(settings: S3Settings): S3Client {
  const id = JSON.stringify(settings)
  let client = clients.get(id)
  if (!client) {
    client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // Plain Content-Length uploads with no trailing checksums: R2, MinIO, Hetzner and s3rver
      // do not all understand the SDK's default aws-chunked CRC trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
    clients.set(id, client)
  }
  return client
}

const isMissing = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404
}

/**
 * A private bucket (ACL never set: objects get the bucket's default, which must not be public).
 * `prefix` keeps collections apart in one bucket (`photos/`, `documents/`).
 */
export function s3Store(settings: S3Settings, prefix: string): FileStore {
  const client = clientFor(settings)
  const Bucket = settings.bucket
  const keyOf = (name: string): string | null => (isPlainKey(name) ? `${prefix}${name}` : null)

  const head = async (name: string) => {
    const Key = keyOf(name)
    if (!Key) return null
    try {
      const out = await client.send(new HeadObjectCommand({ Bucket, Key }))
      return { size: Number(out.ContentLength ?? 0), lastModified: out.LastModified ?? new Date(0) }
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  return {
    kind: 's3',
    location: `s3://${Bucket}/${prefix}`,
    async put(name, body, contentType) {
      const Key = keyOf(name)
      if (!Key) throw new Error(`unsafe file name: ${name}`)
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key,
          Body: body,
          ContentType: contentType,
          ContentLength: body.length,
        }),
      )
    },
    async get(name): Promise<StoredFile | null> {
      const info = await head(name)
      const Key = keyOf(name)
      if (!info || !Key) return null
      return {
        size: info.size,
        // Lazy: a caller that only needs the size (a ZIP's plan) opens no connection.
        open: () => {
          const out = new PassThrough()
          client
            .send(new GetObjectCommand({ Bucket, Key }))
            .then((res) => {
              const body = res.Body
              if (!(body instanceof Readable)) throw new Error(`s3: no stream for ${Key}`)
              body.on('error', (error) => out.destroy(error))
              body.pipe(out)
            })
            .catch((error: unknown) =>
              out.destroy(error instanceof Error ? error : new Error(String(error))),
            )
          return out
        },
      }
    },
    head,
    async delete(names) {
      // One request per object: DeleteObjects needs a body checksum not every S3 look-alike accepts.
      await Promise.all(
        names.map(async (name) => {
          const Key = keyOf(name)
          if (Key) await client.send(new DeleteObjectCommand({ Bucket, Key }))
        }),
      )
    },
    async *list(): AsyncIterable<ListedObject> {
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }),
        )
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue
          const key = object.Key.slice(prefix.length)
          if (key.includes('/')) continue
          yield {
            key,
            size: Number(object.Size ?? 0),
            lastModified: object.LastModified ?? new Date(0),
          }
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
    },
  }
}
