import type { CollectionSlug, PayloadRequest } from 'payload'
import type { UploadConfig } from 'payload'

import { stat } from 'node:fs/promises'
import path from 'node:path'

import { notFoundResponse } from './endpoints'
import { messages, REMOTE_FILE_REFUSED } from './errors'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Payload answers a file that is recorded but missing on disk with a 500. This upload handler runs
 * after Payload's access check and before its disk read: a missing file is a 404; an existing one
 * falls through to Payload's own streaming.
 */
export function missingFileAs404(staticDir: string): UploadHandler {
  const root = path.resolve(staticDir)
  return async (req: PayloadRequest, { params }) => {
    const target = path.resolve(root, params.filename)
    // Names outside the folder are refused by Payload itself.
    if (!target.startsWith(root + path.sep)) return undefined as unknown as Response
    const exists = await stat(target)
      .then((stats) => stats.isFile())
      .catch(() => false)
    // Payload streams the file itself when a handler returns no Response.
    if (exists) return undefined as unknown as Response
    // Operators should hear of a recorded file that is lost; a made-up name is no news.
    const recorded = await req.payload.db.findOne({
      collection: params.collection as CollectionSlug,
      where: { filename: { equals: params.filename } },
      req,
    })
    if (recorded)
      req.payload.logger.warn(
        `input-guard: ${params.collection}/${params.filename} fehlt auf der Festplatte (${target})`,
      )
    return notFoundResponse(req, messages.fileMissing())
  }
}

/** `upload.externalFileHeaderFilter`: runs before Payload's server-side fetch of a `url`, so refusing here sends nothing. */
export function refuseRemoteFile(): never {
  throw new Error(REMOTE_FILE_REFUSED)
}
