import type { PayloadRequest } from 'payload'

import { PREVIEWS } from './collections'
import { previewURL } from './hooks/linkFields'
import { tokenFor } from './tokens'

export type NewPreviewLink = { id: number; url: string; expiresAt: string }

/**
 * Makes a personal link for one recipient (used by the send job and by press staff). Runs in the
 * caller's transaction (`req`); the caller has already decided that this recipient may read the
 * release early.
 */
export async function createPreviewLink(
  req: PayloadRequest,
  args: {
    release: number
    recipientEmail: string
    recipientName?: string | null
    language?: 'de' | 'en'
  },
): Promise<NewPreviewLink> {
  const doc = (await req.payload.create({
    collection: PREVIEWS,
    data: {
      release: args.release,
      recipientEmail: args.recipientEmail,
      recipientName: args.recipientName ?? null,
      language: args.language ?? 'de',
    },
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as { id: number; nonce: string; expiresAt: string }
  const url = previewURL(
    req.payload.config.serverURL,
    req.payload.config.routes.api,
    tokenFor(doc.nonce, req.payload.secret),
  )
  return { id: doc.id, url, expiresAt: doc.expiresAt }
}
