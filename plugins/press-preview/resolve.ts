/**
 * Turns a token from a URL into what it may open: the link (not revoked, not expired) and its
 * release as the press office sent it. Every refusal is the same 404, so a link cannot be told
 * apart from a made-up one.
 */
import type { PayloadRequest } from 'payload'

import { OPENINGS, PREVIEWS } from './collections'
import { hashToken, TOKEN_PATTERN } from './tokens'
import type { ResolvedPressPreviewOptions } from './types'

export type PreviewLink = {
  id: number
  recipientEmail: string
  recipientName?: string | null
  language?: 'de' | 'en' | null
  expiresAt?: string | null
  revoked?: boolean | null
  release: number | { id: number }
}

export type PreviewRelease = {
  id: number
  slug?: string | null
  title?: string | null
  dateline?: string | null
  teaser?: string | null
  body?: unknown
  embargo?: string | null
  displayDate?: string | null
  _status?: 'draft' | 'published' | null
  heroPhoto?: number | { id: number } | null
  heroCaption?: string | null
  gallery?: Array<number | { id: number }> | null
  attachments?: Array<number | { id: number }> | null
  pressContacts?: Array<{
    name?: string | null
    role?: string | null
    email?: string | null
    phone?: string | null
  }> | null
  boilerplateSnapshot?: string | null
  responsiblePerson?: string | null
}

export type ResolvedPreview = {
  link: PreviewLink
  release: PreviewRelease
  locale: 'de' | 'en'
  isPublic: boolean
}

export const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' && value !== null ? value.id : value

/** A release anyone may read: published and its Sperrfrist (if any) passed. */
export function releaseIsPublic(release: PreviewRelease, now = Date.now()): boolean {
  return (
    release._status === 'published' &&
    (!release.embargo || new Date(release.embargo).getTime() <= now)
  )
}

export async function resolvePreview(
  req: PayloadRequest,
  token: string,
  options: ResolvedPressPreviewOptions,
): Promise<ResolvedPreview | null> {
  if (!TOKEN_PATTERN.test(token)) return null
  // The token is the reader's authorisation: the lookup itself cannot go through a user's access.
  const { docs } = await req.payload.find({
    collection: PREVIEWS,
    where: { tokenHash: { equals: hashToken(token) } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const link = docs[0] as PreviewLink | undefined
  if (!link || link.revoked || !link.expiresAt || new Date(link.expiresAt).getTime() <= Date.now())
    return null
  const locale = link.language === 'en' ? 'en' : 'de'
  const release = (await req.payload.findByID({
    collection: options.releases,
    id: idOf(link.release)!,
    depth: 0,
    locale,
    fallbackLocale: 'de',
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as PreviewRelease | null
  if (!release) return null
  return { link, release, locale, isPublic: releaseIsPublic(release) }
}

/** Every opening is kept for the press office: who (the link's recipient), when, what. */
export async function logOpening(
  req: PayloadRequest,
  preview: ResolvedPreview,
  resource: 'page' | 'file' | 'attachment' | 'press-kit' | 'public',
): Promise<void> {
  await req.payload.create({
    collection: OPENINGS,
    data: {
      preview: preview.link.id,
      release: preview.release.id,
      recipientEmail: preview.link.recipientEmail,
      openedAt: new Date().toISOString(),
      resource,
    },
    overrideAccess: true,
    req,
  })
}
