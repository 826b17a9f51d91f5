import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { Member, PressRelease } from '../../payload-types'
import { hasRole, isStaff } from './predicates'
import { userHasRole } from './roles'

const isStaffUser = (req: PayloadRequest): boolean => isStaff({ req })

const published: Where = { _status: { equals: 'published' } }

/** Staff see drafts; everyone else only what is published. */
export const publishedOrStaff: Access = ({ req }) => isStaffUser(req) || published

/** A release is public once it is published and its Sperrfrist (embargo) has passed. */
export const releaseVisible: Access = ({ req }) => {
  if (isStaffUser(req)) return true
  const embargoPassed: Where = {
    or: [
      { embargo: { exists: false } },
      { embargo: { less_than_equal: new Date().toISOString() } },
    ],
  }
  return { and: [published, embargoPassed] }
}

/** A portrait is public only with the member's consent; members always see their own. */
export const memberVisible: Access = ({ req }) => {
  if (isStaffUser(req)) return true
  const consented: Where = { 'consent.given': { equals: true } }
  if (req.user) return { or: [consented, { user: { equals: req.user.id } }] }
  return consented
}

/**
 * A photo is public once staff release it or a public document uses it (`publicFrom`, kept by the
 * press-photos plugin, may lie in the future: a release's Sperrfrist). Compared at each read, so an
 * embargo lifts for its photos at the same moment as for the release. Withdrawn (takedown): never.
 */
export const photoVisible: Access = async ({ req }) => {
  if (isStaffUser(req)) return true
  const visible: Where[] = [
    { releasedForPublic: { equals: true } },
    { publicFrom: { less_than_equal: new Date().toISOString() } },
  ]
  // A member also sees the photo of their own portrait, which they may see without consent.
  const own = await ownPortraitPhotoIDs(req)
  if (own.length) visible.push({ id: { in: own } })
  const where: Where = { and: [{ withdrawn: { not_equals: true } }, { or: visible }] }
  return where
}

/** Once per request: read access runs for every populated photo. */
async function ownPortraitPhotoIDs(req: PayloadRequest): Promise<Array<number | string>> {
  if (!req.user || req.user.collection !== 'users') return []
  const context = req.context as Record<string, unknown>
  const cached = context.ownPortraitPhotoIDs as Promise<Array<number | string>> | undefined
  if (cached) return cached
  const pending = req.payload
    .find({
      collection: 'members',
      where: { user: { equals: req.user.id } },
      depth: 0,
      limit: 10,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) =>
      docs.flatMap((member) => {
        const portrait = member.portrait
        const id = typeof portrait === 'object' && portrait !== null ? portrait.id : portrait
        return id === undefined || id === null ? [] : [id]
      }),
    )
  context.ownPortraitPhotoIDs = pending
  return pending
}

/** Admins and editors maintain all portraits; a member only the one linked to their account. */
export const ownMemberOrMaintainer: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin', 'editor')) return true
  if (userHasRole(req.user, 'member') && req.user) return { user: { equals: req.user.id } }
  return false
}

/**
 * Press and admin write and publish releases; editors may write drafts but never publish.
 * `data` is what the request wants to save, so an editor's publish attempt is refused up front.
 */
export const writeReleases: Access<PressRelease> = ({ req, data }) => {
  if (userHasRole(req.user, 'admin', 'press')) return true
  if (userHasRole(req.user, 'editor')) return data?._status !== 'published'
  return false
}

export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req)

/** Staff, or the member whose portrait this is (consent is theirs to give). */
export const staffOrOwnPortraitField: FieldAccess<Member> = ({ req, doc }) => {
  if (isStaffUser(req)) return true
  const owner = doc?.user
  const ownerID = typeof owner === 'object' && owner !== null ? owner.id : owner
  return Boolean(req.user && ownerID !== undefined && ownerID === req.user.id)
}

type MemberContact = NonNullable<Member['contact']>
export type ContactVisibility = NonNullable<MemberContact['emailVisibility']>
/** `emailVisibility`, `phoneVisibility`, `addressVisibility`: the members' choice per detail. */
export type ContactVisibilityField = Extract<keyof MemberContact, `${string}Visibility`>

/**
 * Read access for one contact detail whose visibility the member chose in `visibilityField`
 * (a sibling). Without a document (query validation of `where`/`sort`), only those who could read
 * every value may use the field, so hidden values cannot be probed by filtering.
 */
export const contactDetailAccess =
  (visibilityField: ContactVisibilityField): FieldAccess<Member, MemberContact> =>
  (args) => {
    const { req, siblingData } = args
    if (staffOrOwnPortraitField(args)) return true
    if (!siblingData) return false
    const visibility = siblingData[visibilityField]
    if (visibility === 'public') return true
    if (visibility === 'members') return userHasRole(req.user, 'member', 'admin', 'press', 'editor')
    return false
  }

/**
 * Pages the whole editorial team maintains (projects, events): public once published,
 * versions for staff, written by admin/press/editor, deleted by admin/editor.
 */
export const editorialPageAccess = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isStaff,
  update: isStaff,
  delete: hasRole('admin', 'editor'),
} satisfies Record<string, Access>
