/**
 * The public reads every .ruhr frontend sends, as anonymous REST/GraphQL requests (path + query
 * string relative to the API route). Shared by the plan test's intent and `bench/read`.
 */
export type PublicRead = { name: string; method: 'GET' | 'POST'; path: string; body?: unknown }

export function publicReads(sample: {
  slug: string
  previousSlug: string
  tag: string
  memberID: number
  projectID: number
  eventID: number
  projectPath: string
  now: string
}): PublicRead[] {
  const s = encodeURIComponent
  return [
    { name: 'REST list, 20 newest', method: 'GET', path: '/press-releases?limit=20' },
    { name: 'REST list, page 50', method: 'GET', path: '/press-releases?limit=20&page=50' },
    {
      name: 'REST by slug',
      method: 'GET',
      path: `/press-releases?limit=1&where[slug][equals]=${s(sample.slug)}`,
    },
    {
      name: 'REST by slug or previous slug',
      method: 'GET',
      path: `/press-releases?limit=1&where[or][0][slug][equals]=${s(sample.previousSlug)}&where[or][1][previousSlugs.slug][equals]=${s(sample.previousSlug)}`,
    },
    {
      name: 'REST by previous slug only',
      method: 'GET',
      path: `/press-releases?limit=1&where[previousSlugs.slug][equals]=${s(sample.previousSlug)}`,
    },
    {
      name: 'REST filtered by tag',
      method: 'GET',
      path: `/press-releases?limit=20&where[tags][equals]=${s(sample.tag)}`,
    },
    {
      name: 'REST by related member',
      method: 'GET',
      path: `/press-releases?limit=20&where[relatedMembers][equals]=${sample.memberID}`,
    },
    {
      name: 'REST by related project',
      method: 'GET',
      path: `/press-releases?limit=20&where[relatedProjects][equals]=${sample.projectID}`,
    },
    {
      name: 'REST by related event',
      method: 'GET',
      path: `/press-releases?limit=20&where[relatedEvents][equals]=${sample.eventID}`,
    },
    {
      name: 'REST next events',
      method: 'GET',
      path: `/events?limit=10&sort=start&where[start][greater_than_equal]=${s(sample.now)}`,
    },
    {
      name: 'REST project by path',
      method: 'GET',
      path: `/projects?limit=1&where[path][equals]=${s(sample.projectPath)}`,
    },
    {
      name: 'GraphQL list, 20 newest',
      method: 'POST',
      path: '/graphql',
      body: {
        query:
          '{ PressReleases(limit: 20) { totalDocs docs { id title slug displayDate teaser heroPhoto { url alt } } } }',
      },
    },
  ]
}
