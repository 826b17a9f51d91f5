export const ROLES = ['admin', 'press', 'editor', 'member'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { de: string; en: string }> = {
  admin: { de: 'Administration', en: 'Administrator' },
  press: { de: 'Pressestelle', en: 'Press office' },
  editor: { de: 'Redaktion', en: 'Editor' },
  member: { de: 'Mitglied', en: 'Member' },
}

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

export function userHasRole(user: MaybeUser, ...roles: readonly Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))
}
