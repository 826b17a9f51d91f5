/**
 * The press office's Sperrfrist is only ever a future time: setting or moving it into the past
 * (which would publish at once) is refused over REST, GraphQL and for drafts/autosave, clearing it
 * publishes now, and a release whose Sperrfrist has since passed is edited and republished as usual.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { de, en } from '../../src/i18n/translations'
import { databasePool } from '../../src/lib/database/resilience'
import { marker } from '../helpers/content'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let press: TestUser

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()
const text = (body: unknown) => JSON.stringify(body)

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
})

async function createRelease(
  body: Record<string, unknown>,
  query: Record<string, unknown> = {},
  headers?: Record<string, string>,
) {
  return ctx.api.post('/press-releases', {
    token: press.token,
    query,
    headers,
    body: { title: marker('Sperrfrist'), teaser: 'Ein Anreißer.', ...body },
  })
}

/** As the clock would: the stored Sperrfrist (document and every version) moves into the past. */
async function letEmbargoPass(id: number, at: string) {
  const pool = databasePool(ctx.payload)
  if (!pool) throw new Error('no database pool')
  await pool.query('update press_releases set embargo = $1 where id = $2', [at, id])
  await pool.query('update _press_releases_v set version_embargo = $1 where parent_id = $2', [
    at,
    id,
  ])
}

/** German by default; no English half tacked on. */
function expectPastEmbargoRefusal(response: { status: number; body: unknown }) {
  expect(response.status, text(response.body)).toBe(400)
  expect(text(response.body)).toContain(de.embargoInPast)
  expect(de.embargoInPast).toMatch(/^Die Sperrfrist muss in der Zukunft liegen/)
  expect(text(response.body)).not.toContain(en.embargoInPast)
}

describe('Sperrfrist only in the future', () => {
  it('the press office cannot create a release with a Sperrfrist in the past (REST, published and draft)', async () => {
    const past = inHours(-1)
    expectPastEmbargoRefusal(await createRelease({ _status: 'published', embargo: past }))
    expectPastEmbargoRefusal(await createRelease({ embargo: past }, { draft: 'true' }))
    const none = await ctx.payload.count({
      collection: 'press-releases',
      where: { embargo: { equals: past } },
      overrideAccess: true,
    })
    expect(none.totalDocs).toBe(0)
  })

  it('moving a future Sperrfrist into the past is refused, also by draft saves and autosave; nothing changes', async () => {
    const future = inHours(48)
    const created = await createRelease({ _status: 'published', embargo: future })
    expect(created.status, text(created.body)).toBe(201)
    const id = created.body.doc.id
    const past = inHours(-0.1)
    expectPastEmbargoRefusal(
      await ctx.api.patch(`/press-releases/${id}`, { token: press.token, body: { embargo: past } }),
    )
    expectPastEmbargoRefusal(
      await ctx.api.patch(`/press-releases/${id}`, {
        token: press.token,
        query: { draft: 'true' },
        body: { embargo: past },
      }),
    )
    expectPastEmbargoRefusal(
      await ctx.api.patch(`/press-releases/${id}`, {
        token: press.token,
        query: { draft: 'true', autosave: 'true' },
        body: { embargo: past },
      }),
    )
    const stored = await ctx.payload.findByID({
      collection: 'press-releases',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(new Date(stored.embargo!).toISOString()).toBe(future)
    expect((await ctx.api.get(`/press-releases/${id}`)).status).toBe(404)
  })

  it('GraphQL refuses a past Sperrfrist on create and update with the same message', async () => {
    const past = inHours(-2)
    const create = await ctx.api.graphql(
      'mutation ($data: mutationPressReleaseInput!) { createPressRelease(data: $data) { id } }',
      { data: { title: marker('gql'), teaser: 'Anreißer', embargo: past, _status: 'published' } },
      { token: press.token },
    )
    expect(create.body.data?.createPressRelease ?? null).toBeNull()
    expect(create.body.errors?.[0]?.extensions?.statusCode, text(create.body)).toBe(400)
    expect(text(create.body)).toContain(de.embargoInPast)

    const created = await createRelease({ _status: 'published', embargo: inHours(24) })
    const update = await ctx.api.graphql(
      'mutation ($id: Int!, $data: mutationPressReleaseUpdateInput!) { updatePressRelease(id: $id, data: $data) { id } }',
      { id: created.body.doc.id, data: { embargo: past } },
      { token: press.token },
    )
    expect(update.body.errors?.[0]?.extensions?.statusCode, text(update.body)).toBe(400)
    expect(text(update.body)).toContain(de.embargoInPast)
  })

  it('an English-speaking client (Accept-Language: en) reads the refusal in English', async () => {
    const past = inHours(-1)
    const response = await createRelease(
      { _status: 'published', embargo: past },
      {},
      { 'Accept-Language': 'en-GB,en;q=0.9' },
    )
    expect(response.status, text(response.body)).toBe(400)
    expect(text(response.body)).toContain(en.embargoInPast)
    expect(text(response.body)).not.toContain(de.embargoInPast)
  })

  it('clearing the Sperrfrist publishes now', async () => {
    const created = await createRelease({ _status: 'published', embargo: inHours(24) })
    const id = created.body.doc.id
    expect((await ctx.api.get(`/press-releases/${id}`)).status).toBe(404)
    const cleared = await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      body: { embargo: null },
    })
    expect(cleared.status, text(cleared.body)).toBe(200)
    expect((await ctx.api.get(`/press-releases/${id}`)).status).toBe(200)
  })

  it('a release whose Sperrfrist has passed gets a typo fix and is republished, its Sperrfrist unchanged', async () => {
    const created = await createRelease({
      _status: 'published',
      embargo: inHours(24),
      title: 'Pressemitteilung mit Tippfeler',
    })
    const id = created.body.doc.id
    const passed = new Date(Date.now() - 3 * 24 * 3600_000).toISOString()
    await letEmbargoPass(id, passed)
    expect((await ctx.api.get(`/press-releases/${id}`)).status).toBe(200)

    // The admin sends the whole form back, the passed Sperrfrist included.
    const current = (
      await ctx.api.get(`/press-releases/${id}`, {
        token: press.token,
        query: { depth: 0, draft: 'true' },
      })
    ).body
    const draft = await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      query: { draft: 'true', autosave: 'true' },
      body: { ...current, title: 'Pressemitteilung mit Tippfehler', _status: 'draft' },
    })
    expect(draft.status, text(draft.body)).toBe(200)
    const republished = await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      body: { ...current, title: 'Pressemitteilung mit Tippfehler', _status: 'published' },
    })
    expect(republished.status, text(republished.body)).toBe(200)
    const read = await ctx.api.get(`/press-releases/${id}`, { query: { depth: 0 } })
    expect(read.status).toBe(200)
    expect(read.body.title).toBe('Pressemitteilung mit Tippfehler')
    expect(new Date(read.body.embargo).toISOString()).toBe(passed)
  })

  it('duplicating a release whose Sperrfrist has passed starts without one', async () => {
    const created = await createRelease({ _status: 'published', embargo: inHours(24) })
    await letEmbargoPass(created.body.doc.id, inHours(-5))
    const copy = await ctx.api.post(`/press-releases/${created.body.doc.id}/duplicate`, {
      token: press.token,
    })
    expect(copy.status, text(copy.body)).toBe(200)
    expect(copy.body.doc.embargo ?? null).toBeNull()
  })
})
