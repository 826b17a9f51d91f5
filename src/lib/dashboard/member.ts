/** A member's dashboard: straight to her own portrait, and whether it is public (her consent). */
import { adminPath, asReader, type DashboardReader } from './common'

export type MemberDashboard = {
  portrait: { id: number; name: string; href: string; public: boolean } | null
}

export async function memberDashboard(reader: DashboardReader): Promise<MemberDashboard> {
  // Only staff may filter by the `user` link (field access), so the link is looked up as the access
  // rules themselves do (src/access/content.ts); the portrait is then read with her own access.
  const { docs } = await reader.payload.find({
    collection: 'members',
    where: { user: { equals: reader.user.id } },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  const id = docs[0]?.id
  if (id === undefined) return { portrait: null }
  const member = await reader.payload.findByID({
    collection: 'members',
    id,
    depth: 0,
    disableErrors: true,
    ...asReader(reader),
  })
  if (!member) return { portrait: null }
  return {
    portrait: {
      id: member.id,
      name: member.name,
      href: adminPath(reader.payload, `/collections/members/${member.id}`),
      public: member.consent?.given === true,
    },
  }
}
