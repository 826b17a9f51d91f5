import type { CollectionBeforeChangeHook, Field, FieldHook } from 'payload'

import { hasRole } from '../../../src/access/predicates'
import { l } from '../../../src/fields/labels'
import { hashToken, linkExpiry, newNonce, tokenFor } from '../tokens'
import type { ResolvedPressPreviewOptions } from '../types'

type LinkData = {
  release?: number | { id: number } | null
  nonce?: string | null
  tokenHash?: string | null
  expiresAt?: string | null
  revoked?: boolean | null
  revokedAt?: string | null
  createdBy?: number | null
}

const idOf = (value: LinkData['release']) =>
  typeof value === 'object' && value !== null ? value.id : value

/** The link a recipient opens; `serverURL` is the CMS's public address. */
export function previewURL(serverURL: string, apiRoute: string, token: string): string {
  return `${serverURL}${apiRoute}/press-preview/${token}`
}

/**
 * On create: a fresh nonce and token hash (whatever the request sent), the expiry from the
 * release's Sperrfrist, the creator. On update: nonce and hash never change, so a link stays the
 * link it was; a new link is a new document.
 */
export const assignToken =
  (options: ResolvedPressPreviewOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const link = data as LinkData
    if (operation !== 'create') {
      const original = (originalDoc ?? {}) as LinkData
      link.nonce = original.nonce
      link.tokenHash = original.tokenHash
      return link
    }
    link.nonce = newNonce()
    link.tokenHash = hashToken(tokenFor(link.nonce, req.payload.secret))
    link.createdBy = req.user?.collection === 'users' ? req.user.id : null
    if (!link.expiresAt) {
      // Only the Sperrfrist is read, to date the link; the creator (press, admin or the send job)
      // already may see the release.
      const releaseID = idOf(link.release)
      const release = releaseID
        ? await req.payload.findByID({
            collection: options.releases,
            id: releaseID,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
            req,
          })
        : null
      link.expiresAt = linkExpiry(
        (release as { embargo?: string | null } | null)?.embargo,
        options.validDays,
      ).toISOString()
    }
    return link
  }

/** Records when a link was revoked; un-revoking clears the date. */
export const stampRevocation: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const link = data as LinkData
  const wasRevoked = Boolean((originalDoc as LinkData | undefined)?.revoked)
  if (link.revoked && !wasRevoked) link.revokedAt = new Date().toISOString()
  if (link.revoked === false) link.revokedAt = null
  return link
}

/** The recipient's link, shown to press and admin (derived, never stored). */
export function previewLinkField(_options: ResolvedPressPreviewOptions): Field {
  const deriveLink: FieldHook = ({ siblingData, req }) => {
    const nonce = (siblingData as LinkData).nonce
    return nonce
      ? previewURL(
          req.payload.config.serverURL,
          req.payload.config.routes.api,
          tokenFor(nonce, req.payload.secret),
        )
      : null
  }
  return {
    name: 'link',
    type: 'text',
    virtual: true,
    label: l('Persönlicher Link', 'Personal link'),
    access: { read: hasRole('admin', 'press') },
    admin: {
      readOnly: true,
      description: l('Nur an diese Person weitergeben.', 'Give this link to this person only.'),
    },
    hooks: { afterRead: [deriveLink] },
  }
}
