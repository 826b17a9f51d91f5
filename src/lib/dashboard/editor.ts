/**
 * The editors' dashboard: photos that must not go out as they are (no credit, people shown without
 * a legal basis, "consent" claimed for a member who has not given it), and the editor's own
 * releases in review, those the press office returned first.
 */
import type { Where } from 'payload'

import { userHasRole } from '../../access/roles'
import {
  adminPath,
  asReader,
  DASHBOARD_ITEMS,
  type DashboardList,
  type DashboardReader,
} from './common'

export type PhotoProblem = 'credit' | 'legalBasis' | 'consent'
export type PhotoItem = { id: number; title: string; href: string; problems: PhotoProblem[] }
export type ReviewItem = {
  id: number
  title: string
  href: string
  status: 'submitted' | 'returned'
  comment: string | null
  at: string | null
}

export type EditorDashboard = {
  photos: DashboardList<PhotoItem> & { byProblem: Record<PhotoProblem, number> }
  ownReleases: DashboardList<ReviewItem> & { returned: number }
}

/** Which photos have which problem, as queries; withdrawn photos are no one's task any more. */
export const PHOTO_PROBLEMS: Record<PhotoProblem, Where> = {
  credit: { or: [{ credit: { exists: false } }, { credit: { equals: '' } }] },
  // People are shown, but the legal basis still says nobody identifiable is in the picture.
  legalBasis: {
    and: [{ peopleShown: { exists: true } }, { legalBasis: { equals: 'no-identifiable-person' } }],
  },
  // "Consent given" while a member shown has not given theirs.
  consent: {
    and: [
      { legalBasis: { equals: 'consent' } },
      { 'peopleShown.consent.given': { not_equals: true } },
      { peopleShown: { exists: true } },
    ],
  },
}

const notWithdrawn: Where = { withdrawn: { not_equals: true } }

export async function editorDashboard(reader: DashboardReader): Promise<EditorDashboard> {
  const [photos, ownReleases] = await Promise.all([
    photosNeedingWork(reader),
    ownReleasesInReview(reader),
  ])
  return { photos, ownReleases }
}

export async function photosNeedingWork(
  reader: DashboardReader,
): Promise<EditorDashboard['photos']> {
  // Consent and legal basis are staff matters (field access); the section is for the editorial team.
  if (!userHasRole(reader.user, 'admin', 'press', 'editor'))
    return { count: 0, items: [], byProblem: { credit: 0, legalBasis: 0, consent: 0 } }
  const problems = Object.keys(PHOTO_PROBLEMS) as PhotoProblem[]
  const counts = await Promise.all(
    problems.map((problem) =>
      reader.payload.count({
        collection: 'photos',
        where: { and: [notWithdrawn, PHOTO_PROBLEMS[problem]] },
        ...asReader(reader),
      }),
    ),
  )
  const byProblem = Object.fromEntries(
    problems.map((problem, index) => [problem, counts[index]!.totalDocs]),
  ) as Record<PhotoProblem, number>
  const any: Where = {
    and: [notWithdrawn, { or: problems.map((problem) => PHOTO_PROBLEMS[problem]) }],
  }
  const result = await reader.payload.find({
    collection: 'photos',
    where: any,
    sort: '-createdAt',
    limit: DASHBOARD_ITEMS,
    depth: 0,
    ...asReader(reader),
  })
  const shown = result.docs.map((photo) => photo.id)
  // Which problem each listed photo has: one query per problem, limited to the listed photos.
  const hits = await Promise.all(
    problems.map(async (problem) => {
      if (!shown.length || !byProblem[problem]) return new Set<number>()
      const { docs } = await reader.payload.find({
        collection: 'photos',
        where: { and: [{ id: { in: shown } }, PHOTO_PROBLEMS[problem]] },
        limit: shown.length,
        depth: 0,
        select: {},
        ...asReader(reader),
      })
      return new Set(docs.map((doc) => doc.id))
    }),
  )
  return {
    count: result.totalDocs,
    byProblem,
    items: result.docs.map((photo) => ({
      id: photo.id,
      title: photo.alt || photo.filename || `#${photo.id}`,
      href: adminPath(reader.payload, `/collections/photos/${photo.id}`),
      problems: problems.filter((_, index) => hits[index]!.has(photo.id)),
    })),
  }
}

/** The reader's submitted releases still in review; returned ones (with the comment) first. */
export async function ownReleasesInReview(
  reader: DashboardReader,
): Promise<EditorDashboard['ownReleases']> {
  // The review is staff-only; anyone else cannot even ask about it.
  if (!userHasRole(reader.user, 'admin', 'press', 'editor'))
    return { count: 0, returned: 0, items: [] }
  const mine: Where = { 'review.submittedBy': { equals: reader.user.id } }
  const [returned, all] = await Promise.all([
    reader.payload.find({
      collection: 'press-releases',
      draft: true,
      where: { and: [mine, { 'review.status': { equals: 'returned' } }] },
      sort: '-updatedAt',
      limit: DASHBOARD_ITEMS,
      depth: 0,
      ...asReader(reader),
    }),
    // `count` has no draft mode; a one-row find counts the latest drafts.
    reader.payload.find({
      collection: 'press-releases',
      draft: true,
      where: { and: [mine, { 'review.status': { in: ['submitted', 'returned'] } }] },
      limit: 1,
      depth: 0,
      select: {},
      ...asReader(reader),
    }),
  ])
  const submitted =
    returned.docs.length < DASHBOARD_ITEMS
      ? await reader.payload.find({
          collection: 'press-releases',
          draft: true,
          where: { and: [mine, { 'review.status': { equals: 'submitted' } }] },
          sort: '-review.submittedAt',
          limit: DASHBOARD_ITEMS - returned.docs.length,
          depth: 0,
          ...asReader(reader),
        })
      : { docs: [] }
  const items = [...returned.docs, ...submitted.docs].map((doc) => ({
    id: doc.id,
    title: doc.title || `#${doc.id}`,
    href: adminPath(reader.payload, `/collections/press-releases/${doc.id}`),
    status: doc.review?.status === 'returned' ? ('returned' as const) : ('submitted' as const),
    comment: doc.review?.comment ?? null,
    at: doc.review?.submittedAt ?? null,
  }))
  return { count: all.totalDocs, returned: returned.totalDocs, items }
}
