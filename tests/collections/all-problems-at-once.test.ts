/**
 * "Forms that help": a save that is wrong in several places says so once, with every field, instead
 * of one complaint per attempt (credit, then alt text, then legal basis …). Checks that hooks make
 * across fields (photo credit, end before start, past Sperrfrist, an unusable slug) join field validation; a draft
 * save, which validates no field, is still refused for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { de } from '../../src/i18n/translations'
import { createUser, type TestUser } from '../helpers/users'
import { solid } from '../lib/images/fixtures'
import { bootPhotos, type PhotoContext, snapshot, upload } from '../plugins/press-photos/helpers'

let ctx: PhotoContext
let press: TestUser
let editor: TestUser
const cleanup: Array<() => Promise<unknown>> = []

beforeAll(async () => {
  process.env.RESPONSE_CACHE = 'off'
  ctx = await bootPhotos()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo()
  await ctx.bucket?.close()
})

type Problem = { path: string; message: string }
const problemsOf = (body: { errors?: Array<{ data?: { errors?: Problem[] } }> }): Problem[] =>
  (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
const pathsOf = (body: Parameters<typeof problemsOf>[0]) =>
  problemsOf(body)
    .map((problem) => problem.path)
    .sort()

describe('a photo without credit, alt text and legal basis', () => {
  it('is refused once, naming all three, and stores neither row nor file', async () => {
    const before = await snapshot(ctx.payload)
    const bytes = await solid(320, 240).jpeg().toBuffer()
    const response = await upload(ctx.api, editor.token, bytes, 'ohne-angaben.jpg', {
      legalBasis: null,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(pathsOf(response.body)).toEqual(['alt', 'credit', 'legalBasis'])
    expect(problemsOf(response.body).find((p) => p.path === 'credit')?.message).toMatch(
      /Urheber.*photographer/,
    )
    expect(await snapshot(ctx.payload)).toEqual(before)
  })

  it('a credit of blanks is no credit', async () => {
    const bytes = await solid(320, 240).jpeg().toBuffer()
    const response = await upload(ctx.api, editor.token, bytes, 'leer.jpg', {
      alt: 'Ein Foto',
      credit: '   ',
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(pathsOf(response.body)).toEqual(['credit'])
  })
})

describe('an event ending before it starts', () => {
  it('is reported together with the missing title', async () => {
    const response = await ctx.api.post('/events', {
      token: editor.token,
      body: { start: '2030-05-02T18:00:00.000Z', end: '2030-05-02T16:00:00.000Z' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(pathsOf(response.body)).toEqual(expect.arrayContaining(['end', 'title']))
    expect(problemsOf(response.body).find((p) => p.path === 'end')?.message).toMatch(
      /Ende liegt vor dem Beginn/,
    )
  })

  it('is refused in a draft too, where no other field is checked', async () => {
    const response = await ctx.api.post('/events?draft=true', {
      token: editor.token,
      body: {
        title: 'Entwurf',
        start: '2030-05-02T18:00:00.000Z',
        end: '2030-05-02T16:00:00.000Z',
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(pathsOf(response.body)).toEqual(['end'])
  })
})

describe('a release published with a past Sperrfrist', () => {
  it('is reported together with the missing title and teaser', async () => {
    const response = await ctx.api.post('/press-releases', {
      token: press.token,
      body: { _status: 'published', embargo: '2020-01-01T10:00:00.000Z' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(pathsOf(response.body)).toEqual(expect.arrayContaining(['embargo', 'teaser', 'title']))
    expect(problemsOf(response.body).find((p) => p.path === 'embargo')?.message).toBe(
      de.embargoInPast,
    )
  })

  it('is refused as a draft too, and a valid release with it saves nothing', async () => {
    const draft = await ctx.api.post('/press-releases?draft=true', {
      token: press.token,
      body: { title: 'Entwurf mit alter Sperrfrist', embargo: '2020-01-01T10:00:00.000Z' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(400)
    expect(pathsOf(draft.body)).toEqual(['embargo'])
    const { totalDocs } = await ctx.payload.count({
      collection: 'press-releases',
      where: { title: { equals: 'Entwurf mit alter Sperrfrist' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})

describe('a member with an unusable slug and no name', () => {
  it('is told both at once', async () => {
    const response = await ctx.api.post('/members', { token: editor.token, body: { slug: '!!!' } })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(pathsOf(response.body)).toEqual(['name', 'slug'])
    expect(problemsOf(response.body).find((p) => p.path === 'slug')?.message).toMatch(
      /lateinische Buchstaben/,
    )
  })
})
