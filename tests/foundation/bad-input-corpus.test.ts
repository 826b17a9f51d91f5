/**
 * The bad-input corpus (issue 7, deliverable 8).
 *
 * User story: "As the association, I want every malformed or impossible request — a made-up id, a
 * query the database cannot run, a link to a document that does not exist — to get a clear 4xx
 * telling the sender what to fix, so that the CMS never answers 500, never hangs and never changes
 * data because of it."
 *
 * The cases live in `bad-input/*.ts` (one module per class of input); this runner sends each
 * through the real REST and GraphQL route handlers, anonymously or with a login, and checks the
 * exact status, a German and English message, the time, and that no table changed.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { unlink } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { fileFor, minimalData } from '../helpers/content'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { type BadInputCase, type Fixtures, type GraphQLRequest, operationCases, type RestRequest, type Sender } from './bad-input/operations'

// Request-level cases (encodings, body size, malformed JSON, multipart) join here as their own module.
const CASES: BadInputCase[] = [...operationCases]
const TIME_LIMIT_MS = 2_000

type Answer = { status: number; message: string; ms: number; loggedAsError: boolean }

let ctx: TestContext
let fixtures: Fixtures
const tokens: Partial<Record<Sender, string>> = {}
const answers = new Map<BadInputCase, Answer>()
let checksumsBefore: Map<string, string>

/** One md5 per table of the public schema, over every row's text. */
async function tableChecksums(): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
  await client.connect()
  try {
    const { rows } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    const sums = new Map<string, string>()
    for (const { tablename } of rows) {
      const quoted = `"${tablename.replaceAll('"', '""')}"`
      const result = await client.query<{ sum: string }>(
        `SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t::text), '')) AS sum FROM ${quoted} t`,
      )
      sums.set(tablename, result.rows[0]!.sum)
    }
    return sums
  } finally {
    await client.end()
  }
}

function headersFor(as: Sender, json: boolean): Headers {
  const headers = new Headers()
  if (json) headers.set('content-type', 'application/json')
  const token = tokens[as]
  if (token) headers.set('authorization', `JWT ${token}`)
  return headers
}

/** Builds the raw `Request` itself, so paths and queries reach Payload exactly as written. */
async function send(testCase: BadInputCase): Promise<Omit<Answer, 'loggedAsError'>> {
  const config = Promise.resolve(ctx.config)
  const base = `${ctx.config.serverURL}${ctx.config.routes.api}`
  const request = testCase.request(fixtures)
  const started = performance.now()
  let response: Response
  if ('graphql' in request) {
    const { graphql, variables } = request as GraphQLRequest
    response = await GRAPHQL_POST(config)(
      new Request(`${base}${ctx.config.routes.graphQL}`, {
        method: 'POST',
        headers: headersFor(testCase.as, true),
        body: JSON.stringify({ query: graphql, variables }),
      }),
    )
  } else {
    const { method, path: target, body, rawBody, headers: extra } = request as RestRequest
    const url = `${base}${target}`
    const slug = new URL(url).pathname.slice(ctx.config.routes.api.length).split('/').filter(Boolean).map(decodeURIComponent)
    const handler = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }[method](config)
    const headers = headersFor(testCase.as, body !== undefined)
    for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value)
    response = await handler(
      new Request(url, { method, headers, body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)) }),
      { params: Promise.resolve({ slug }) },
    )
  }
  const text = await response.text()
  const ms = performance.now() - started
  let parsed: { errors?: Array<{ message?: string; extensions?: { statusCode?: number } }> } | undefined
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  const first = parsed?.errors?.[0]
  // GraphQL answers 200 with `errors`; the error's own status is what the sender acts on. An error
  // without one was raised by GraphQL's own validation against the schema, before Payload ran: 400.
  const status = 'graphql' in request && response.status === 200 && first ? (first.extensions?.statusCode ?? 400) : response.status
  return { status, message: first?.message ?? text.slice(0, 200), ms }
}

beforeAll(async () => {
  ctx = await bootPayload()
  const { payload } = ctx
  tokens.admin = (await createUser(payload, ctx.api, ['admin'])).token
  tokens.editor = (await createUser(payload, ctx.api, ['editor'])).token
  const make = async (collection: Parameters<typeof minimalData>[0], extra: Record<string, unknown> = {}) =>
    (await payload.create({
      collection,
      data: { ...minimalData(collection, `corpus-${collection}`), ...extra },
      file: await fileFor(collection),
      overrideAccess: true,
    })) as { id: number; filename?: string }
  const photo = await make('photos')
  const orphanPhoto = await make('photos')
  const document = await make('documents')
  const orphanDocument = await make('documents')
  fixtures = {
    releaseId: (await make('press-releases', { _status: 'published' })).id,
    projectId: (await make('projects', { _status: 'published' })).id,
    eventId: (await make('events', { _status: 'published' })).id,
    memberId: (await make('members')).id,
    venueId: (await make('venues')).id,
    photoId: photo.id,
    documentId: document.id,
    orphanDocumentId: orphanDocument.id,
    orphanDocumentFile: orphanDocument.filename!,
    orphanPhotoFile: orphanPhoto.filename!,
  }
  const staticDir = (slug: string) => {
    const upload = ctx.config.collections.find((collection) => collection.slug === slug)?.upload
    return path.resolve(typeof upload === 'object' && upload.staticDir ? upload.staticDir : slug)
  }
  await unlink(path.join(staticDir('documents'), orphanDocument.filename!))
  await unlink(path.join(process.env.PRESS_PHOTOS_DIR ?? staticDir('photos'), orphanPhoto.filename!))

  checksumsBefore = await tableChecksums()
  const errorLog = vi.spyOn(payload.logger, 'error')
  try {
    for (const testCase of CASES) {
      errorLog.mockClear()
      const answer = await send(testCase)
      answers.set(testCase, { ...answer, loggedAsError: errorLog.mock.calls.length > 0 })
    }
  } finally {
    errorLog.mockRestore()
  }
})

afterAll(async () => {
  await ctx?.payload.destroy()
})

/** "Deutsch. / English.": two non-empty halves that are not the same text. */
function isBilingual(message: string): boolean {
  const [de, en, ...rest] = message.split(' / ')
  return rest.length === 0 && Boolean(de?.trim()) && Boolean(en?.trim()) && de!.trim() !== en!.trim()
}

describe('bad input answers a clear 4xx, never a 5xx, never a hang, never a change', () => {
  it('the corpus covers every class, over REST and GraphQL, anonymously and logged in', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80)
    const graphql = CASES.filter((testCase) => 'graphql' in testCase.request(fixtures))
    expect(graphql.length).toBeGreaterThanOrEqual(10)
    expect(CASES.length - graphql.length).toBeGreaterThanOrEqual(60)
    expect(new Set(CASES.map((testCase) => testCase.as))).toEqual(new Set(['anonymous', 'admin', 'editor']))
    expect(new Set(CASES.map((testCase) => testCase.kind))).toEqual(
      new Set(['id', 'where', 'paging', 'distinct', 'relation', 'block', 'value', 'file', 'route']),
    )
  })

  it.each(CASES.map((testCase) => [`${testCase.kind}: ${testCase.name} (${testCase.as})`, testCase] as const))(
    '%s',
    (_title, testCase) => {
      const answer = answers.get(testCase)!
      expect(answer.status, answer.message).toBe(testCase.status)
      expect(answer.ms).toBeLessThan(TIME_LIMIT_MS)
      expect(answer.message).not.toMatch(/something went wrong/i)
      if (testCase.mentions) expect(answer.message).toContain(testCase.mentions)
      if (!testCase.englishOnly) expect(isBilingual(answer.message), answer.message).toBe(true)
    },
  )

  it('no answer is a 5xx', () => {
    const failures = [...answers].filter(([, answer]) => answer.status >= 500).map(([testCase]) => testCase.name)
    expect(failures).toEqual([])
  })

  it('REST answers are logged below ERROR (a refused input is not a server error)', () => {
    // Known exceptions, each logged by Payload before any hook can act:
    // - a version id that is not a number fails in Payload's operation before `beforeOperation`;
    // - a recorded file missing on disk is worth an operator's attention.
    // GraphQL is left out: Payload's GraphQL handler logs every error it returns at ERROR.
    const allowed = new Set(['version id that is not a number', 'duplicate a document whose PDF is missing'])
    const logged = [...answers]
      .filter(([testCase, answer]) => answer.loggedAsError && !('graphql' in testCase.request(fixtures)))
      .map(([testCase]) => testCase.name)
      .filter((name) => !allowed.has(name))
    expect(logged).toEqual([])
  })

  it('afterwards no row of any table has changed', async () => {
    const after = await tableChecksums()
    expect(after.size).toBeGreaterThan(10)
    const changed = [...after].filter(([table, sum]) => checksumsBefore.get(table) !== sum).map(([table]) => table)
    expect(changed).toEqual([])
  })
})
