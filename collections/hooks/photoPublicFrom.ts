/**
 * When a document that uses a photo makes it public — the same rules as the documents' own read
 * access in src/access/content.ts, but as a moment (possibly in the future) instead of a yes/no,
 * so a release's photos become visible exactly when its Sperrfrist ends. Used by the
 * press-photos plugin (`publicFrom` option) to keep each photo's `publicFrom`.
 */
import type { Member } from '../../payload-types'
import type { PublicFromRule } from '../../plugins/press-photos'

const date = (value: unknown): Date | null =>
  typeof value === 'string' || value instanceof Date ? new Date(value) : null

/** Published releases, from their Sperrfrist if they have one (releaseVisible). */
const release: PublicFromRule = (doc) => {
  if (doc._status !== 'published') return null
  return date(doc.embargo) ?? date(doc.firstPublishedAt) ?? date(doc.updatedAt)
}

/** Projects and events: once published (publishedOrStaff). */
const published: PublicFromRule = (doc) =>
  doc._status === 'published' ? date(doc.updatedAt) : null

/** A portrait only with the member's consent (memberVisible): without it the portrait photo stays private. */
const member: PublicFromRule = (doc) => {
  // The plugin's rules see any collection's document; this one is a member's.
  const consent = doc.consent as Member['consent']
  return consent?.given ? (date(consent.date) ?? date(doc.updatedAt)) : null
}

/** The association profile is public as a whole (its logo, for instance). */
const always: PublicFromRule = (doc) => date(doc.updatedAt) ?? new Date(0)

export const photoPublicFrom = {
  collections: {
    'press-releases': release,
    projects: published,
    events: published,
    members: member,
  },
  globals: { association: always },
}
