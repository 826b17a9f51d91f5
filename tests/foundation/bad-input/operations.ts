/**
 * Operation-level bad input: what reaches Payload's operations and the database — ids, `where`,
 * paging/sort/select/depth/locale/draft, distinct, relations to missing documents, unknown block
 * types, files missing on disk, routes a collection or global does not have. Every case names the
 * exact 4xx it must get. The runner (`../bad-input-corpus.test.ts`) sends them through the real
 * REST and GraphQL route handlers and checks status, message, time and that no row changed.
 */

/** Who sends the request: nobody, or a logged-in user with that role. */
export type Sender = 'anonymous' | 'admin' | 'editor'

/** Documents made by the runner before the corpus runs (ids are numbers in PostgreSQL). */
export type Fixtures = {
  /** The logged-in admin's user id (an edit lock names its holder). */
  adminId: number
  releaseId: number
  projectId: number
  eventId: number
  memberId: number
  venueId: number
  photoId: number
  documentId: number
  /** A document whose PDF the runner deleted from disk. */
  orphanDocumentId: number
  orphanDocumentFile: string
  /** A photo whose original file the runner deleted from disk. */
  orphanPhotoFile: string
}

export type RestRequest = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Path below `/api`, with the raw (already encoded) query string. */
  path: string
  /** Sent as JSON. */
  body?: unknown
  /** Sent as is (for request-level cases: broken JSON, multipart, encodings), with `headers`. */
  rawBody?: BodyInit
  headers?: Record<string, string>
}

export type GraphQLRequest = { graphql: string; variables?: Record<string, unknown> }

export type BadInputCase = {
  /** What is wrong with the request, in a few words. */
  name: string
  /** The class of bad input the case stands for (issue 7, deliverable 8). */
  kind: 'id' | 'where' | 'paging' | 'distinct' | 'relation' | 'block' | 'value' | 'file' | 'route'
  as: Sender
  /** The exact status the request must get. */
  status: 400 | 403 | 404 | 405 | 413 | 415 | 422
  request: (fixtures: Fixtures) => RestRequest | GraphQLRequest
  /** A word the message must contain (the field a relation error names, the refused parameter). */
  mentions?: string
  /**
   * Why this answer's message is in English only: GraphQL's own schema validation (it runs before
   * Payload, its wording is the GraphQL spec's), Payload's router for paths nothing serves, or
   * the press-photos file route (its own 404 body, owned by that plugin).
   */
  englishOnly?: 'graphql-schema' | 'payload-router' | 'press-photos'
}

const get = (path: string) => (): RestRequest => ({ method: 'GET', path })
const gql = (graphql: string, variables?: Record<string, unknown>) => (): GraphQLRequest => ({
  graphql,
  variables,
})

/** `where` nested `depth` levels deep through alternating and/or, in query-string brackets. */
export function nestedWhere(depth: number): string {
  let prefix = 'where'
  for (let level = 0; level < depth; level++) prefix += level % 2 ? '[or][0]' : '[and][0]'
  return `${prefix}[title][equals]=x`
}

/** The same as a JSON `where` (Payload parses `?where={…}`), which the bracket parser does not cap. */
export function nestedWhereJSON(depth: number): string {
  let node: Record<string, unknown> = { name: { equals: 'x' } }
  for (let level = 0; level < depth; level++) node = { [level % 2 ? 'or' : 'and']: [node] }
  return `where=${encodeURIComponent(JSON.stringify(node))}`
}

/** GraphQL `where` nested `depth` levels deep through AND/OR. */
function nestedGraphQLWhere(depth: number): string {
  let where = '{ name: { equals: "x" } }'
  for (let level = 0; level < depth; level++) where = `{ ${level % 2 ? 'OR' : 'AND'}: [${where}] }`
  return where
}

const idCases: BadInputCase[] = [
  {
    name: 'id that is not a number',
    kind: 'id',
    as: 'anonymous',
    status: 404,
    request: get('/press-releases/abc'),
  },
  {
    name: 'id 1e9999 (infinite)',
    kind: 'id',
    as: 'anonymous',
    status: 404,
    request: get('/press-releases/1e9999'),
  },
  {
    name: 'id beyond bigint',
    kind: 'id',
    as: 'anonymous',
    status: 404,
    request: get('/press-releases/99999999999999999999'),
  },
  { name: 'negative id', kind: 'id', as: 'anonymous', status: 404, request: get('/venues/-1') },
  { name: 'fractional id', kind: 'id', as: 'anonymous', status: 404, request: get('/venues/1.5') },
  {
    name: 'id beyond integer',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: get('/members/4294967296'),
  },
  {
    name: 'id with a NUL byte',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: get('/events/1%00'),
  },
  {
    name: 'id that is not a number, logged in',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: get('/projects/abc'),
  },
  {
    name: 'PATCH by a non-numeric id',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: () => ({ method: 'PATCH', path: '/venues/abc', body: { name: 'X' } }),
  },
  {
    name: 'DELETE by a non-numeric id',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: () => ({ method: 'DELETE', path: '/venues/abc' }),
  },
  {
    name: 'DELETE by an id beyond bigint',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: () => ({ method: 'DELETE', path: '/photos/99999999999999999999' }),
  },
  {
    name: 'version id that is not a number',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: get('/press-releases/versions/abc'),
  },
  {
    name: 'restore a non-numeric version',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: () => ({ method: 'POST', path: '/press-releases/versions/abc' }),
  },
  {
    name: 'duplicate a non-numeric id',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: () => ({ method: 'POST', path: '/venues/abc/duplicate' }),
  },
  {
    name: 'GraphQL: id that is not a number',
    kind: 'id',
    as: 'anonymous',
    status: 400,
    request: gql('{ PressRelease(id: "abc") { id } }'),
    englishOnly: 'graphql-schema',
  },
  {
    name: 'GraphQL: id beyond bigint',
    kind: 'id',
    as: 'admin',
    status: 400,
    request: gql('{ Venue(id: "99999999999999999999") { id } }'),
    englishOnly: 'graphql-schema',
  },
  {
    name: 'GraphQL: update by a non-numeric id',
    kind: 'id',
    as: 'admin',
    status: 400,
    request: gql('mutation { updateVenue(id: "abc", data: { name: "X" }) { id } }'),
    englishOnly: 'graphql-schema',
  },
  {
    name: 'GraphQL: id that does not exist',
    kind: 'id',
    as: 'anonymous',
    status: 404,
    request: gql('{ PressRelease(id: 999999) { id } }'),
  },
  {
    name: 'GraphQL: negative id',
    kind: 'id',
    as: 'admin',
    status: 404,
    request: gql('{ Venue(id: -1) { id } }'),
  },
  {
    name: 'GraphQL: delete by a non-numeric id',
    kind: 'id',
    as: 'admin',
    status: 400,
    request: gql('mutation { deleteVenue(id: "1e9999") { id } }'),
    englishOnly: 'graphql-schema',
  },
]

const whereCases: BadInputCase[] = [
  {
    name: 'id in with words',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/press-releases?where[id][in]=a,b'),
    mentions: 'id',
  },
  {
    name: 'id equals a word',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/venues?where[id][equals]=abc'),
  },
  {
    name: 'id greater than beyond bigint',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/venues?where[id][greater_than]=99999999999999999999'),
  },
  {
    name: 'near on a text field',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/press-releases?where[title][near]=1,2,3'),
    mentions: 'near',
  },
  {
    name: 'date that does not parse',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/press-releases?where[displayDate][greater_than]=tomorrow'),
    mentions: 'displayDate',
  },
  {
    name: 'date equals a word',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/events?where[start][equals]=soon'),
  },
  {
    name: 'number that does not parse',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/venues?where[geo.latitude][greater_than]=north'),
  },
  {
    name: 'NUL byte in a text value',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/press-releases?where[title][equals]=a%00b'),
  },
  {
    name: 'NUL byte in a like value',
    kind: 'where',
    as: 'admin',
    status: 400,
    request: get('/venues?where[name][like]=%00'),
  },
  {
    name: 'like on a number',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/venues?where[geo.latitude][like]=5'),
  },
  {
    name: 'contains on a date',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/events?where[start][contains]=2031'),
  },
  {
    name: 'exists=maybe',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/venues?where[website][exists]=maybe'),
  },
  {
    name: 'unknown operator',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/venues?where[name][sounds_like]=x'),
  },
  {
    name: 'unknown field',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/venues?where[nope][equals]=x'),
  },
  {
    name: 'and/or nested 12 levels',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: () => ({ method: 'GET', path: `/venues?${nestedWhere(12)}` }),
  },
  {
    name: 'JSON where nested 20 levels',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    mentions: '6',
    request: () => ({ method: 'GET', path: `/venues?${nestedWhereJSON(20)}` }),
  },
  {
    name: 'JSON where with 500 conditions',
    kind: 'where',
    as: 'admin',
    status: 400,
    mentions: '100',
    request: () => ({
      method: 'GET',
      path: `/venues?where=${encodeURIComponent(JSON.stringify({ or: Array.from({ length: 500 }, (_, index) => ({ name: { equals: String(index) } })) }))}`,
    }),
  },
  {
    name: 'JSON where with a word as id',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: () => ({
      method: 'GET',
      path: `/venues?where=${encodeURIComponent('{"id":{"equals":"abc"}}')}`,
    }),
  },
  {
    name: 'GraphQL: AND/OR nested 20 levels',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    mentions: '6',
    request: () => ({ graphql: `{ Venues(where: ${nestedGraphQLWhere(20)}) { docs { id } } }` }),
  },
  {
    name: 'relationship path with a word as id',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/events?where[venues][equals]=abc'),
  },
  {
    name: 'relationship in with words',
    kind: 'where',
    as: 'admin',
    status: 400,
    request: get('/press-releases?where[heroPhoto][in]=x,y'),
  },
  {
    name: 'nested relationship id that is a word',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/events?where[venues.id][equals]=x'),
  },
  {
    name: 'select value out of range with a NUL byte',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/members?where[kind][equals]=%00'),
  },
  {
    name: 'count with a date that does not parse',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: get('/events/count?where[start][less_than]=yesterday'),
  },
  {
    name: 'versions with id in words',
    kind: 'where',
    as: 'admin',
    status: 400,
    request: get('/press-releases/versions?where[parent][in]=a,b'),
  },
  {
    name: 'PATCH many where id in words',
    kind: 'where',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'PATCH',
      path: '/venues?where[id][in]=a,b',
      body: { city: 'Bochum' },
    }),
  },
  {
    name: 'DELETE many where date does not parse',
    kind: 'where',
    as: 'admin',
    status: 400,
    request: () => ({ method: 'DELETE', path: '/events?where[start][greater_than]=never' }),
  },
  {
    name: 'GraphQL: id in with words',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: gql('{ Venues(where: { id: { in: ["a", "b"] } }) { docs { id } } }'),
    englishOnly: 'graphql-schema',
  },
  {
    name: 'GraphQL: date that does not parse',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: gql('{ Events(where: { start: { greater_than: "tomorrow" } }) { docs { id } } }'),
    englishOnly: 'graphql-schema',
  },
  {
    name: 'GraphQL: relationship equals a word',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: gql('{ Events(where: { venues: { equals: "abc" } }) { docs { id } } }'),
  },
  {
    name: 'GraphQL: relationship in words',
    kind: 'where',
    as: 'admin',
    status: 400,
    request: gql('{ PressReleases(where: { heroPhoto: { in: ["x", "y"] } }) { docs { id } } }'),
  },
  {
    name: 'select option that does not exist',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    mentions: 'kind',
    request: get('/members?where[kind][in]=freelancer,astronaut'),
  },
  {
    name: 'GraphQL: like on a date',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    englishOnly: 'graphql-schema',
    request: gql('{ Events(where: { start: { like: "2031" } }) { docs { id } } }'),
  },
  {
    name: 'GraphQL: NUL byte in a text value',
    kind: 'where',
    as: 'anonymous',
    status: 400,
    request: gql('{ Venues(where: { name: { equals: "a\\u0000b" } }) { docs { id } } }'),
  },
]

const pagingCases: BadInputCase[] = [
  {
    name: 'page=-5',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/press-releases?page=-5'),
    mentions: 'page',
  },
  {
    name: 'page=abc',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/venues?page=abc'),
  },
  { name: 'page=0', kind: 'paging', as: 'admin', status: 400, request: get('/venues?page=0') },
  {
    name: 'page=1e9999',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/venues?page=1e9999'),
  },
  {
    name: 'limit=-1',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/venues?limit=-1'),
  },
  {
    name: 'limit=abc',
    kind: 'paging',
    as: 'admin',
    status: 400,
    request: get('/venues?limit=abc'),
  },
  {
    name: 'limit=1.5',
    kind: 'paging',
    as: 'admin',
    status: 400,
    request: get('/members?limit=1.5'),
  },
  {
    name: 'depth=abc',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/press-releases?depth=abc'),
  },
  {
    name: 'depth=-1',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/venues?depth=-1'),
  },
  {
    name: 'sort by an unknown field',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/venues?sort=unknownField'),
    mentions: 'unknownField',
  },
  {
    name: 'sort by a hidden field',
    kind: 'paging',
    as: 'anonymous',
    status: 403,
    request: get('/users?sort=hash'),
  },
  {
    name: 'select an unknown field',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/venues?select[unknown]=true'),
    mentions: 'unknown',
  },
  {
    name: 'populate an unknown collection',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/press-releases?populate[nope][title]=true'),
  },
  {
    name: 'locale=xx',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/press-releases?locale=xx'),
    mentions: 'locale',
  },
  {
    name: 'fallback-locale=xx',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/venues?fallback-locale=xx'),
  },
  {
    name: 'draft=maybe',
    kind: 'paging',
    as: 'admin',
    status: 400,
    request: get('/press-releases?draft=maybe'),
    mentions: 'draft',
  },
  {
    name: 'page=-5 on versions',
    kind: 'paging',
    as: 'admin',
    status: 400,
    request: get('/press-releases/versions?page=-5'),
  },
  {
    name: 'locale=xx on a global',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/globals/association?locale=xx'),
  },
  {
    name: 'depth=abc on a global',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: get('/globals/association?depth=abc'),
  },
  {
    name: 'page=-5 by id',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: ({ venueId }) => ({ method: 'GET', path: `/venues/${venueId}?depth=abc` }),
  },
  {
    name: 'GraphQL: page -5',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: gql('{ Venues(page: -5) { docs { id } } }'),
  },
  {
    name: 'GraphQL: limit -1',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: gql('{ Venues(limit: -1) { docs { id } } }'),
  },
  {
    name: 'GraphQL: page beyond the cap',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: gql('{ Venues(page: 2000000000) { docs { id } } }'),
  },
  {
    name: 'GraphQL: unknown locale',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    englishOnly: 'graphql-schema',
    request: gql('{ Venues(locale: xx) { docs { id } } }'),
  },
  {
    name: 'GraphQL: sort by an unknown field',
    kind: 'paging',
    as: 'anonymous',
    status: 400,
    request: gql('{ Venues(sort: "unknownField") { docs { id } } }'),
  },
]

// Payload 3.90 has no REST route for distinct values (only the Local API): `/distinct` is read as
// an id, which can never match a numeric id.
const distinctCases: BadInputCase[] = [
  {
    name: 'distinct of an unknown field',
    kind: 'distinct',
    as: 'admin',
    status: 404,
    request: get('/press-releases/distinct?field=x'),
  },
  {
    name: 'distinct without a field',
    kind: 'distinct',
    as: 'admin',
    status: 404,
    request: get('/venues/distinct'),
  },
  {
    name: 'distinct of a hidden field',
    kind: 'distinct',
    as: 'admin',
    status: 404,
    request: get('/users/distinct?field=hash'),
  },
  {
    name: 'distinct anonymously of an unknown field',
    kind: 'distinct',
    as: 'anonymous',
    status: 404,
    request: get('/venues/distinct?field=x'),
  },
  {
    name: 'distinct with page=-5',
    kind: 'distinct',
    as: 'admin',
    status: 400,
    request: get('/venues/distinct?field=city&page=-5'),
  },
]

const missing = 999_999
const relationCases: BadInputCase[] = [
  // The server must never fetch a file from an address it is given (SSRF): only uploads are taken.
  {
    name: 'create a document from a remote url instead of a file',
    kind: 'file',
    as: 'admin',
    status: 400,
    mentions: 'url',
    request: () => ({
      method: 'POST',
      path: '/documents',
      body: {
        title: 'PDF',
        filename: 'x.pdf',
        url: 'http://127.0.0.1:9/x.pdf',
        mimeType: 'application/pdf',
      },
    }),
  },
  {
    name: 'GraphQL: create a photo from a remote url',
    kind: 'file',
    as: 'editor',
    status: 400,
    mentions: 'url',
    request: gql('mutation ($data: mutationPhotoInput!) { createPhoto(data: $data) { id } }', {
      data: {
        alt: 'A',
        credit: 'C',
        licence: 'editorial_with_credit',
        legalBasis: 'no_identifiable_person',
        filename: 'x.jpg',
        url: 'http://127.0.0.1:9/x.jpg',
        mimeType: 'image/jpeg',
      },
    }),
  },
  {
    name: 'create with an upload that does not exist',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/press-releases',
      body: { title: 'R', teaser: 'T', heroPhoto: missing },
    }),
    mentions: 'heroPhoto',
  },
  {
    name: 'draft save with an upload that does not exist',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/press-releases?draft=true',
      body: { title: 'R', heroPhoto: missing },
    }),
    mentions: 'heroPhoto',
  },
  {
    name: 'autosave with a missing member',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: ({ releaseId }) => ({
      method: 'PATCH',
      path: `/press-releases/${releaseId}?draft=true&autosave=true`,
      body: { relatedMembers: [missing] },
    }),
    mentions: 'relatedMembers.0',
  },
  {
    name: 'update with a missing hasMany upload',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: ({ releaseId, photoId }) => ({
      method: 'PATCH',
      path: `/press-releases/${releaseId}`,
      body: { gallery: [photoId, missing] },
    }),
    mentions: 'gallery.1',
  },
  {
    name: 'editor draft with a missing event',
    kind: 'relation',
    as: 'editor',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/press-releases',
      body: { title: 'R', relatedEvents: [missing] },
    }),
    mentions: 'relatedEvents.0',
  },
  {
    name: 'relation inside an array (program venue)',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: ({ eventId }) => ({
      method: 'PATCH',
      path: `/events/${eventId}`,
      body: { program: [{ title: 'Talk', start: '2031-05-08T18:00:00.000Z', venue: missing }] },
    }),
    mentions: 'program.0.venue',
  },
  {
    name: 'relation inside a block (gallery photos)',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: ({ projectId }) => ({
      method: 'PATCH',
      path: `/projects/${projectId}`,
      body: { layout: [{ blockType: 'gallery', photos: [missing] }] },
    }),
    mentions: 'layout.0.photos.0',
  },
  {
    name: 'relation inside a group (partner logo)',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: ({ projectId }) => ({
      method: 'PATCH',
      path: `/projects/${projectId}`,
      body: { partners: [{ name: 'P', logo: missing }] },
    }),
    mentions: 'partners.0.logo',
  },
  {
    name: 'self relation to a missing parent',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: () => ({ method: 'POST', path: '/projects', body: { title: 'P', parent: missing } }),
    mentions: 'parent',
  },
  {
    name: 'relation id that is a word',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/press-releases',
      body: { title: 'R', teaser: 'T', heroPhoto: 'abc' },
    }),
    mentions: 'heroPhoto',
  },
  {
    name: 'relation to a missing document on a global',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: () => ({ method: 'POST', path: '/globals/association', body: { board: [missing] } }),
    mentions: 'board.0',
  },
  {
    name: 'member portrait that does not exist',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: ({ memberId }) => ({
      method: 'PATCH',
      path: `/members/${memberId}`,
      body: { portrait: missing },
    }),
    mentions: 'portrait',
  },
  {
    name: 'update many with a missing photo',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: ({ eventId }) => ({
      method: 'PATCH',
      path: `/events?where[id][equals]=${eventId}`,
      body: { photos: [missing] },
    }),
    mentions: 'photos.0',
  },
  {
    name: 'upload given as an empty object',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/press-releases?draft=true',
      body: { title: 'R', heroPhoto: {} },
    }),
  },
  {
    name: 'single upload given as a list',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: ({ photoId }) => ({
      method: 'POST',
      path: '/press-releases?draft=true',
      body: { title: 'R', heroPhoto: [photoId] },
    }),
  },
  {
    name: 'hasMany given as a single missing id',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/press-releases?draft=true',
      body: { title: 'R', gallery: missing },
    }),
  },
  {
    name: 'relation given as true',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/events?draft=true',
      body: { title: 'E', start: '2031-05-08T17:00:00.000Z', project: true },
    }),
  },
  {
    name: 'a number that does not parse',
    kind: 'value',
    as: 'admin',
    status: 400,
    mentions: 'geo.latitude',
    request: () => ({
      method: 'POST',
      path: '/venues',
      body: { name: 'V', city: 'Essen', geo: { latitude: 'north' } },
    }),
  },
  {
    name: 'draft with a select option that does not exist',
    kind: 'value',
    as: 'admin',
    status: 400,
    mentions: 'projectStatus',
    request: () => ({
      method: 'POST',
      path: '/projects?draft=true',
      body: { title: 'P', projectStatus: 'astronaut' },
    }),
  },
  {
    name: 'GraphQL: create with a missing upload',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: gql(
      `mutation { createPressRelease(data: { title: "R", teaser: "T", heroPhoto: ${missing} }) { id } }`,
    ),
    mentions: 'heroPhoto',
  },
  {
    name: 'GraphQL: draft with a missing member',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: gql(
      `mutation { createPressRelease(draft: true, data: { title: "R", relatedMembers: [${missing}] }) { id } }`,
    ),
    mentions: 'relatedMembers.0',
  },
  {
    name: 'GraphQL: update a global with a missing logo',
    kind: 'relation',
    as: 'admin',
    status: 400,
    request: gql(
      `mutation { updateAssociation(data: { name: "Kreative Klasse e.V.", logo: ${missing} }) { name } }`,
    ),
    mentions: 'logo',
  },
]

const blockCases: BadInputCase[] = [
  {
    name: 'unknown block type',
    kind: 'block',
    as: 'admin',
    status: 400,
    request: ({ projectId }) => ({
      method: 'PATCH',
      path: `/projects/${projectId}`,
      body: { layout: [{ blockType: 'marquee', text: 'x' }] },
    }),
    mentions: 'marquee',
  },
  {
    name: 'block without a type',
    kind: 'block',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/projects',
      body: { title: 'P', layout: [{ text: 'x' }] },
    }),
    mentions: 'layout.0',
  },
  {
    name: 'draft with an unknown block type',
    kind: 'block',
    as: 'admin',
    status: 400,
    request: () => ({
      method: 'POST',
      path: '/projects?draft=true',
      body: { title: 'P', layout: [{ blockType: 'marquee' }] },
    }),
    mentions: 'marquee',
  },
  {
    name: 'blocks that are not a list',
    kind: 'block',
    as: 'admin',
    status: 400,
    request: ({ projectId }) => ({
      method: 'PATCH',
      path: `/projects/${projectId}`,
      body: { layout: 'marquee' },
    }),
    mentions: 'layout',
  },
]

const fileCases: BadInputCase[] = [
  {
    name: 'PDF missing on disk',
    kind: 'file',
    as: 'anonymous',
    status: 404,
    request: ({ orphanDocumentFile }) => ({
      method: 'GET',
      path: `/documents/file/${orphanDocumentFile}`,
    }),
  },
  {
    name: 'PDF missing on disk, logged in',
    kind: 'file',
    as: 'admin',
    status: 404,
    request: ({ orphanDocumentFile }) => ({
      method: 'GET',
      path: `/documents/file/${orphanDocumentFile}`,
    }),
  },
  {
    name: 'photo missing on disk',
    kind: 'file',
    as: 'admin',
    status: 404,
    request: ({ orphanPhotoFile }) => ({ method: 'GET', path: `/photos/file/${orphanPhotoFile}` }),
    englishOnly: 'press-photos',
  },
  {
    name: 'file name that was never uploaded',
    kind: 'file',
    as: 'anonymous',
    status: 404,
    request: get('/documents/file/nope.pdf'),
  },
  {
    name: 'file name with a path',
    kind: 'file',
    as: 'anonymous',
    status: 403,
    request: get('/documents/file/..%2F..%2Fpackage.json'),
  },
  {
    name: 'duplicate a document whose PDF is missing',
    kind: 'file',
    as: 'admin',
    status: 404,
    request: ({ orphanDocumentId }) => ({
      method: 'POST',
      path: `/documents/${orphanDocumentId}/duplicate`,
    }),
  },
]

const routeCases: BadInputCase[] = [
  {
    name: 'verify with a made-up token',
    kind: 'route',
    as: 'anonymous',
    status: 404,
    request: () => ({ method: 'POST', path: '/users/verify/not-a-token' }),
  },
  {
    name: 'versions of a global without versions',
    kind: 'route',
    as: 'admin',
    status: 404,
    request: get('/globals/association/versions'),
  },
  {
    name: 'one version of a global without versions',
    kind: 'route',
    as: 'admin',
    status: 404,
    request: get('/globals/association/versions/1'),
  },
  {
    name: 'versions of a collection without versions',
    kind: 'route',
    as: 'admin',
    status: 404,
    request: get('/venues/versions'),
  },
  {
    name: 'one version of a collection without versions',
    kind: 'route',
    as: 'admin',
    status: 404,
    request: get('/venues/versions/1'),
  },
  {
    name: 'unknown collection',
    kind: 'route',
    as: 'anonymous',
    status: 404,
    request: get('/nope'),
    englishOnly: 'payload-router',
  },
  {
    name: 'unknown collection by id',
    kind: 'route',
    as: 'admin',
    status: 404,
    request: get('/nope/1'),
    englishOnly: 'payload-router',
  },
  {
    name: 'unknown global',
    kind: 'route',
    as: 'anonymous',
    status: 404,
    request: get('/globals/nope'),
    englishOnly: 'payload-router',
  },
  // Payload's internal collections (added after every plugin): preferences and edit locks.
  {
    name: 'delete a preference that does not exist',
    kind: 'route',
    as: 'admin',
    status: 404,
    request: () => ({ method: 'DELETE', path: '/payload-preferences/no-such-key' }),
  },
  {
    name: 'delete a preference that does not exist, as an editor',
    kind: 'route',
    as: 'editor',
    status: 404,
    request: () => ({ method: 'DELETE', path: '/payload-preferences/nav' }),
  },
  {
    name: 'lock a release that does not exist',
    kind: 'relation',
    as: 'admin',
    status: 400,
    mentions: 'document',
    request: ({ adminId }) => ({
      method: 'POST',
      path: '/payload-locked-documents',
      body: {
        document: { relationTo: 'press-releases', value: missing },
        user: { relationTo: 'users', value: adminId },
      },
    }),
  },
  {
    name: 'lock a photo whose id is a word',
    kind: 'relation',
    as: 'admin',
    status: 400,
    mentions: 'document',
    request: ({ adminId }) => ({
      method: 'POST',
      path: '/payload-locked-documents',
      body: {
        document: { relationTo: 'photos', value: 'abc' },
        user: { relationTo: 'users', value: adminId },
      },
    }),
  },
  {
    name: 'lock a document of a collection that does not exist',
    kind: 'relation',
    as: 'admin',
    status: 400,
    mentions: 'document',
    request: ({ adminId }) => ({
      method: 'POST',
      path: '/payload-locked-documents',
      body: {
        document: { relationTo: 'nope', value: 1 },
        user: { relationTo: 'users', value: adminId },
      },
    }),
  },
  {
    name: 'GraphQL: lock a release that does not exist',
    kind: 'relation',
    as: 'admin',
    status: 400,
    mentions: 'document',
    request: ({ adminId }) => ({
      graphql: `mutation { createPayloadLockedDocument(data: { document: { relationTo: press_releases, value: ${missing} }, user: { relationTo: users, value: ${adminId} } }) { id } }`,
    }),
  },
  {
    name: 'GraphQL: versions of a collection without versions',
    kind: 'route',
    as: 'admin',
    status: 400,
    request: gql('{ versionsVenues { docs { id } } }'),
    englishOnly: 'graphql-schema',
  },
]

export const operationCases: BadInputCase[] = [
  ...idCases,
  ...whereCases,
  ...pagingCases,
  ...distinctCases,
  ...relationCases,
  ...blockCases,
  ...fileCases,
  ...routeCases,
]
