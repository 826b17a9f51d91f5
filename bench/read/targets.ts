import type { Request } from './load'

/**
 * The public reads bench/read measures, each with the floor route answering the same question
 * (none for search: the floor has no search). Paths are fixed for a run so that a response cache
 * and ETags can apply.
 */
export type Read = { key: string; label: string; server: Request; floor?: Request }

export type ReadSample = { slug: string; tag: string; from: string }

const GRAPHQL_LIST = `{ PressReleases(limit: 20, sort: "-displayDate") { totalDocs docs { id title slug displayDate teaser
  heroPhoto { id url alt caption credit licence width height } } } }`

export function publicReads(api: string, floor: string, sample: ReadSample): Read[] {
  const s = encodeURIComponent
  const get = (url: string): Request => ({ url, method: 'GET' })
  return [
    {
      key: 'list',
      label: 'REST list, 20 newest, depth 1',
      server: get(`${api}/press-releases?limit=20&depth=1`),
      floor: get(`${floor}/list`),
    },
    {
      key: 'tag',
      label: `REST list by tag "${sample.tag}"`,
      server: get(`${api}/press-releases?limit=20&depth=1&where[tags][equals]=${s(sample.tag)}`),
      floor: get(`${floor}/list?tag=${s(sample.tag)}`),
    },
    {
      key: 'graphql',
      label: 'GraphQL list, same shape',
      server: {
        url: `${api}/graphql`,
        method: 'POST',
        body: JSON.stringify({ query: GRAPHQL_LIST }),
      },
      floor: get(`${floor}/list`),
    },
    {
      key: 'slug',
      label: 'REST one release by slug',
      server: get(`${api}/press-releases?limit=1&depth=1&where[slug][equals]=${s(sample.slug)}`),
      floor: get(`${floor}/slug/${s(sample.slug)}`),
    },
    {
      key: 'events',
      label: 'REST next 10 events',
      server: get(
        `${api}/events?limit=10&depth=1&sort=start&where[start][greater_than_equal]=${s(sample.from)}`,
      ),
      floor: get(`${floor}/events?from=${s(sample.from)}`),
    },
    { key: 'search', label: 'search "kreativ"', server: get(`${api}/search?q=kreativ`) },
  ]
}

/** One plain request (no compression): status, body bytes, and the caching headers. */
export async function probe(
  request: Request,
): Promise<{ status: number; bytes: number; etag: string | null; cacheControl: string | null }> {
  const response = await fetch(request.url, {
    method: request.method,
    body: request.body,
    headers: {
      'accept-encoding': 'identity',
      ...(request.body ? { 'content-type': 'application/json' } : {}),
    },
    signal: AbortSignal.timeout(60_000),
  })
  const body = await response.arrayBuffer()
  return {
    status: response.status,
    bytes: body.byteLength,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
  }
}
