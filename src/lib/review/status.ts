/**
 * Where a press release stands in its way to the public, as the list column and the dashboards
 * name it. Framework-free, so the admin cell, the dashboards and tests share one answer.
 */
export type ReviewStatus = 'none' | 'submitted' | 'returned'
export type WorkflowStatus = 'submitted' | 'returned' | 'embargoed' | 'published' | 'draft'

export type ReleaseLike = {
  _status?: 'draft' | 'published' | null
  embargo?: string | null
  review?: { status?: ReviewStatus | null } | null
}

/** Review first (it asks someone to act), then the public state; a passed Sperrfrist is just "published". */
export function workflowStatus(release: ReleaseLike, now: Date = new Date()): WorkflowStatus {
  const review = release.review?.status
  if (review === 'submitted') return 'submitted'
  if (review === 'returned') return 'returned'
  if (release._status !== 'published') return 'draft'
  if (release.embargo && new Date(release.embargo).getTime() > now.getTime()) return 'embargoed'
  return 'published'
}
