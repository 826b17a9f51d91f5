/**
 * What a write to a press release means for the public, from the stored main row before and after.
 * Under a Sperrfrist a release is not public: its publication says nothing (a receiver would fetch
 * it, or worse, a CDN would cache the URL) until `embargo-lifted`, fired by the queue at that time.
 */
export type ReleaseState = { published: boolean; embargo: number | null; updatedAt: string | null }

export type ReleaseChange = {
  fire: 'published' | 'updated' | 'unpublished' | 'embargo-lifted' | null
  /** Queue an embargo-lift check at this moment. */
  liftAt: Date | null
}

export const isVisible = (state: ReleaseState | null, now: number): boolean =>
  Boolean(state?.published && (state.embargo === null || state.embargo <= now))

const isEmbargoed = (state: ReleaseState | null, now: number): boolean =>
  Boolean(state?.published && state.embargo !== null && state.embargo > now)

export function releaseChange(
  before: ReleaseState | null,
  after: ReleaseState | null,
  now: number,
): ReleaseChange {
  const wasVisible = isVisible(before, now)
  if (isVisible(after, now)) {
    if (wasVisible)
      return { fire: before!.updatedAt !== after!.updatedAt ? 'updated' : null, liftAt: null }
    // The Sperrfrist was cleared early: public from now on, as at a lift.
    if (isEmbargoed(before, now)) return { fire: 'embargo-lifted', liftAt: null }
    return { fire: 'published', liftAt: null }
  }
  if (isEmbargoed(after, now)) {
    const sameEmbargo = isEmbargoed(before, now) && before!.embargo === after!.embargo
    return {
      fire: wasVisible ? 'unpublished' : null,
      liftAt: sameEmbargo ? null : new Date(after!.embargo!),
    }
  }
  return { fire: wasVisible ? 'unpublished' : null, liftAt: null }
}

export function releaseState(
  row: { _status?: string | null; embargo?: string | null; updatedAt?: string | null } | null,
): ReleaseState | null {
  if (!row) return null
  return {
    published: row._status === 'published',
    embargo: row.embargo ? new Date(row.embargo).getTime() : null,
    updatedAt: row.updatedAt ?? null,
  }
}
