/**
 * plugins/input-guard: the checks refuse what the database cannot run, and nothing else.
 *
 * User stories: "As a frontend developer, every query I write correctly keeps working, and a
 * wrong one tells me what to fix." "As an editor, linking existing photos, members and events
 * saves as before; a link to something that does not exist names the field."
 */
import type { Config } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { inputGuard } from '../../../plugins/input-guard'
import { fileFor, minimalData } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let admin: TestUser
let photoIds: number[]
let memberIds: number[]
let releaseId: number
let documentFile: string

beforeAll(async () => {
  ctx = await bootPayload()
  const { payload } = ctx
  admin = await createUser(payload, ctx.api, ['admin'])
  const make = async (
    collection: Parameters<typeof minimalData>[0],
    label: string,
    extra: Record<string, unknown> = {},
  ) =>
    (await payload.create({
      collection,
      data: { ...minimalData(collection, label), ...extra },
      file: await fileFor(collection),
      overrideAccess: true,
    })) as { id: number; filename?: string }
  photoIds = [
    (await make('photos', 'guard-photo-1')).id,
    (await make('photos', 'guard-photo-2')).id,
    (await make('photos', 'guard-photo-3')).id,
  ]
  memberIds = [
    (await make('members', 'guard-member-1')).id,
    (await make('members', 'guard-member-2')).id,
  ]
  await make('venues', 'guard-venue') // found by the /venues query below
  releaseId = (
    await make('press-releases', 'guard-release', {
      _status: 'published',
      displayDate: '2026-11-20T10:00:00.000Z',
    })
  ).id
  documentFile = (await make('documents', 'guard-document')).filename!
})

afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('valid queries keep working (no false refusals)', () => {
  const anonymous = [
    '/press-releases?where[or][0][and][0][title][like]=guard&where[or][1][slug][equals]=guard-release',
    '/press-releases?where[or][0][slug][equals]=x&where[or][1][previousSlugs.slug][equals]=x',
    '/press-releases?where[displayDate][greater_than]=2026-01-01T00:00:00.000Z&sort=-displayDate',
    '/press-releases?sort=title,-createdAt&select[title]=true&select[slug]=true',
    '/press-releases?locale=all',
    '/press-releases?locale=*&fallback-locale=null',
    '/press-releases?locale=en&fallback-locale=none',
    '/press-releases?depth=5&limit=5&page=1',
    '/press-releases?where[id][in]=1,2,3&where[heroPhoto][exists]=false',
    '/venues?where[geo.latitude][greater_than]=51.4&where[name][contains]=guard',
    '/events?where[venues][in]=1,2&where[start][less_than]=2031-01-01',
    '/members?where[kind][equals]=freelancer',
    '/globals/association?locale=en&depth=1',
  ]
  it.each(anonymous)('anonymous GET %s → 200', async (path) => {
    const response = await ctx.api.get(path)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  })

  const staff = [
    '/press-releases?draft=true&where[_status][equals]=draft',
    '/press-releases?limit=0',
    '/press-releases/versions?sort=-updatedAt&where[latest][equals]=true',
    '/photos?where[renditions.filename][exists]=true',
  ]
  it.each(staff)('admin GET %s → 200', async (path) => {
    const response = await ctx.api.get(path, { token: admin.token })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  })

  it('a version query by parent id and a by-id read of an existing release answer 200', async () => {
    const versions = await ctx.api.get(
      `/press-releases/versions?where[parent][equals]=${releaseId}`,
      { token: admin.token },
    )
    expect(versions.status).toBe(200)
    expect(versions.body.totalDocs).toBeGreaterThan(0)
    expect((await ctx.api.get(`/press-releases/${releaseId}`)).status).toBe(200)
  })

  it('GraphQL lists with where, sort and paging answer without errors', async () => {
    const response = await ctx.api.graphql(
      `{ PressReleases(where: { title: { like: "guard" } }, sort: "-displayDate", limit: 5, page: 1) { docs { id title } } }`,
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.PressReleases.docs.map((doc: { id: number }) => doc.id)).toContain(
      releaseId,
    )
  })
})

describe('relations: existing documents save, missing ones are named', () => {
  it('a release linking existing photos and members saves (201)', async () => {
    const response = await ctx.api.post('/press-releases', {
      token: admin.token,
      body: {
        title: 'Guard links',
        teaser: 'T',
        heroPhoto: photoIds[0],
        gallery: photoIds,
        relatedMembers: memberIds,
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
  })

  it('a project with a gallery block of existing photos saves (201)', async () => {
    const response = await ctx.api.post('/projects', {
      token: admin.token,
      body: {
        title: 'Guard project',
        layout: [{ blockType: 'gallery', photos: photoIds.slice(0, 2) }],
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
  })

  it('checks existence with one query per target collection, however many links', async () => {
    const find = vi.spyOn(ctx.payload.db, 'find')
    try {
      const response = await ctx.api.post('/press-releases', {
        token: admin.token,
        body: {
          title: 'Guard batch',
          teaser: 'T',
          heroPhoto: photoIds[0],
          gallery: [...photoIds, 999_999],
          relatedMembers: memberIds,
        },
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toContain('gallery.3')
      expect(response.body.errors[0].data.errors).toEqual([
        { path: 'gallery.3', message: expect.stringContaining('999999') },
      ])
      const existenceChecks = find.mock.calls
        .map(([args]) => args)
        .filter(
          (args) =>
            JSON.stringify(args.select) === '{"id":true}' &&
            'in' in ((args.where?.id as object) ?? {}),
        )
      expect(existenceChecks.map((args) => args.collection).sort()).toEqual(['members', 'photos'])
    } finally {
      find.mockRestore()
    }
  })
})

describe('limits on where', () => {
  // The query string's own parser stops at 10 brackets (4 levels); a JSON `where` or GraphQL can
  // nest deeper, so the cap is tested with JSON.
  const nested = (depth: number): Record<string, unknown> => {
    let node: Record<string, unknown> = { name: { equals: 'x' } }
    for (let level = 0; level < depth; level++) node = { [level % 2 ? 'or' : 'and']: [node] }
    return node
  }
  const asJSON = (depth: number) =>
    fetchRaw(`/venues?where=${encodeURIComponent(JSON.stringify(nested(depth)))}`)

  it('and/or nested 6 levels deep is answered, 7 levels are refused with 400', async () => {
    expect((await asJSON(6)).status).toBe(200)
    const refused = await asJSON(7)
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/höchstens 6 Ebenen.*at most 6 levels/)
  })

  it('GraphQL: 7 levels of AND/OR are refused too', async () => {
    let where = '{ name: { equals: "x" } }'
    for (let level = 0; level < 7; level++) where = `{ ${level % 2 ? 'OR' : 'AND'}: [${where}] }`
    const response = await ctx.api.graphql(`{ Venues(where: ${where}) { docs { id } } }`)
    expect(response.body.errors[0].extensions.statusCode).toBe(400)
    expect(response.body.errors[0].message).toContain('at most 6 levels')
  })

  it('more than 100 conditions are refused with 400', async () => {
    const many = {
      or: Array.from({ length: 101 }, (_, index) => ({ name: { equals: `x${index}` } })),
    }
    const refused = await fetchRaw(`/venues?where=${encodeURIComponent(JSON.stringify(many))}`)
    expect(refused.status).toBe(400)
    expect(refused.message).toContain('at most 100')
  })
})

describe('files and logging', () => {
  it('an existing PDF is still served; a recorded PDF lost from disk is a 404, not a 500', async () => {
    const served = await ctx.api.get(`/documents/file/${documentFile}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect((await ctx.api.get('/documents/file/never-uploaded.pdf')).status).toBe(404)
  })

  it('a refused input is logged below ERROR (REST)', async () => {
    const error = vi.spyOn(ctx.payload.logger, 'error')
    try {
      expect((await ctx.api.get('/press-releases?where[title][near]=1,2,3')).status).toBe(400)
      expect((await ctx.api.get('/venues?page=-5')).status).toBe(400)
      expect(error).not.toHaveBeenCalled()
    } finally {
      error.mockRestore()
    }
    expect(ctx.config.loggingLevels).toMatchObject({ InputRefused: 'info', QueryError: 'info' })
  })

  it('disabled, the plugin returns the config untouched', () => {
    const config = { collections: [], globals: [] } as unknown as Config
    expect(inputGuard({ enabled: false })(config)).toBe(config)
  })
})

/** A GET with the query string exactly as written (the api helper re-encodes and caps nesting). */
async function fetchRaw(pathAndQuery: string): Promise<{ status: number; message: string }> {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const url = `${ctx.config.serverURL}${ctx.config.routes.api}${pathAndQuery}`
  const slug = new URL(url).pathname.slice(ctx.config.routes.api.length).split('/').filter(Boolean)
  const response = await REST_GET(Promise.resolve(ctx.config))(new Request(url), {
    params: Promise.resolve({ slug }),
  })
  const body = (await response.json()) as { errors?: Array<{ message: string }> }
  return { status: response.status, message: body.errors?.[0]?.message ?? '' }
}
