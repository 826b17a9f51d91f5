/**
 * Where a press release stands in its way to the public, as the list column and the dashboards
 * name it. Framework-free, so the admin cell, the dashboards and tests share one answer.
 */
import type { PressRelease, ReleaseReview } from '../../../payload-types'

export type ReviewStatus = NonNullable<ReleaseReview['status']>
export type WorkflowStatus = 'submitted' | 'returned' | 'embargoed' | 'published' | 'draft'

/** The fields of a release the status is read from (a list cell's row may carry only these). */
export type ReleaseLike = Partial<Pick<PressRelease, '_status' | 'embargo'>> & {
  review?: Pick<ReleaseReview, 'status'> | null
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
