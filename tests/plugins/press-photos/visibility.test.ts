/**
 * User story: "As the press office, I upload the group photo for a release under Sperrfrist and
 * trust that nobody — not by id, list, count, GraphQL, a file URL, a rendition or through another
 * document — sees the photo (its caption names place and topic) before the Sperrfrist ends; and
 * that a photo nothing public uses stays private until we release it."
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshPhotoVisibility } from '../../../plugins/press-photos'
import { responseCacheState } from '../../../src/lib/http/cache/store'
import { createContent, marker } from '../../helpers/content'
import { createUser, type TestUser } from '../../helpers/users'
import { noisyJpeg } from '../../lib/images/fixtures'
import { bootPhotos, fileRoute, type PhotoContext, type StoredDoc, upload } from './helpers'

let ctx: PhotoContext
let press: TestUser
let editor: TestUser

beforeAll(async () => {
  ctx = await bootPhotos()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

const fileURLs = (doc: StoredDoc) =>
  [doc.filename, ...doc.renditions.map((r) => r.filename)].map(fileRoute)

async function freshPhoto(caption: string): Promise<StoredDoc> {
  const created = await upload(ctx.api, editor.token, await noisyJpeg(640, 480), `${caption}.jpg`, {
    alt: caption,
    caption,
    credit: 'Jürgen Müller',
    // Server-owned: ignored on every write, or any editor could publish a photo under embargo.
    publicFrom: '2000-01-01T00:00:00.000Z',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc as StoredDoc
}

/** Every way an anonymous reader could reach the photo; `true` where it answered with the photo. */
async function anonymousSees(photo: StoredDoc, caption: string) {
  const byID = await ctx.api.get(`/photos/${photo.id}`)
  const list = await ctx.api.get('/photos', {
    query: { where: { id: { equals: photo.id } }, limit: 100 },
  })
  const count = await ctx.api.get('/photos/count', {
    query: { where: { id: { equals: photo.id } } },
  })
  const graphql = await ctx.api.graphql(
    'query ($id: Int!) { Photo(id: $id) { id caption } Photos(where: { id: { equals: $id } }) { totalDocs docs { caption } } }',
    {
      id: photo.id,
    },
  )
  const files = await Promise.all(
    fileURLs(photo).map(async (url) => (await ctx.api.get(url)).status),
  )
  return {
    byID: byID.status === 200 && byID.body.caption === caption,
    list: list.body.docs.some((doc: { caption?: string }) => doc.caption === caption),
    count: count.body.totalDocs > 0,
    graphqlByID: graphql.body.data?.Photo?.caption === caption,
    graphqlList: graphql.body.data?.Photos?.totalDocs > 0,
    files: files.map((status) => status === 200),
    notFoundOtherwise: byID.status === 200 || byID.status === 404,
  }
}

const hidden = (files: number) => ({
  byID: false,
  list: false,
  count: false,
  graphqlByID: false,
  graphqlList: false,
  files: Array(files).fill(false),
  notFoundOtherwise: true,
})
const shown = (files: number) => ({
  byID: true,
  list: true,
  count: true,
  graphqlByID: true,
  graphqlList: true,
  files: Array(files).fill(true),
  notFoundOtherwise: true,
})

async function publicFrom(id: number): Promise<string | null> {
  const doc = await ctx.payload.findByID({
    collection: 'photos',
    id,
    overrideAccess: true,
    depth: 0,
  })
  return ((doc as { publicFrom?: string | null }).publicFrom ?? null) as string | null
}

describe('press photos follow what uses them', () => {
  it('a photo introduced by a release under Sperrfrist is invisible on every path until the Sperrfrist, then visible', async () => {
    const caption = marker('Geheimer Ort, geheimes Thema')
    const photo = await freshPhoto(caption)
    const embargo = new Date(Date.now() + 3_600_000)
    const release = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: marker('Sperrfrist'),
        teaser: 'Anreißer',
        heroPhoto: photo.id,
        gallery: [photo.id],
        embargo: embargo.toISOString(),
        _status: 'published',
      },
    })
    expect(release.status, JSON.stringify(release.body)).toBe(201)
    const releaseID = release.body.doc.id

    // Staff see everything, the bookkeeping included.
    expect(new Date((await publicFrom(photo.id)) ?? 0).getTime()).toBe(embargo.getTime())
    const staff = await ctx.api.get(`/photos/${photo.id}`, { token: editor.token })
    expect(staff.status).toBe(200)
    expect(staff.body.caption).toBe(caption)
    for (const url of fileURLs(photo))
      expect((await ctx.api.get(url, { token: editor.token })).status, url).toBe(200)

    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
    expect((await ctx.api.get(`/press-releases/${releaseID}`)).status).toBe(404)
    // The bookkeeping field is never readable (nor queryable) by the public.
    expect(
      (await ctx.api.get('/photos', { query: { where: { publicFrom: { exists: true } } } })).status,
    ).toBe(400)

    // The press office brings the Sperrfrist forward to a few seconds from now (only future ones are
    // accepted): the photo follows, and without any job or polling the first read after it sees the photo.
    const lift = new Date(Date.now() + 4_000)
    const moved = await ctx.api.patch(`/press-releases/${releaseID}`, {
      token: press.token,
      body: { embargo: lift.toISOString(), _status: 'published' },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(new Date((await publicFrom(photo.id)) ?? 0).getTime()).toBe(lift.getTime())
    const stillBefore = Date.now() < lift.getTime() - 500
    const early = await ctx.api.get(`/photos/${photo.id}`)
    if (stillBefore) expect(early.status).toBe(404)
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, lift.getTime() - Date.now()) + 20),
    )
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))
    const populated = await ctx.api.get(`/press-releases/${releaseID}`, { query: { depth: 1 } })
    expect(populated.status).toBe(200)
    expect(populated.body.heroPhoto?.caption).toBe(caption)
    expect(populated.body.gallery?.[0]?.caption).toBe(caption)
    const anonymous = await ctx.api.get(`/photos/${photo.id}`)
    expect(anonymous.body.publicFrom).toBeUndefined()
    expect(anonymous.body.releasedForPublic).toBeUndefined()
  })

  it('the photo is not populated into another public document while its release is under Sperrfrist', async () => {
    const caption = marker('Vorab-Motiv')
    const photo = await freshPhoto(caption)
    const member = await createContent(ctx.payload, 'members', {
      portrait: photo.id,
      consent: { given: false },
    })
    await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: marker('Sperrfrist'),
        teaser: 'Anreißer',
        heroPhoto: photo.id,
        embargo: new Date(Date.now() + 3_600_000).toISOString(),
        _status: 'published',
      },
    })
    // A member without consent is no public use either; once consent is given the photo follows.
    await ctx.payload.update({
      collection: 'members',
      id: member.id,
      data: { consent: { given: true } },
      overrideAccess: true,
    })
    const withConsent = await ctx.api.get(`/members/${member.id}`, { query: { depth: 1 } })
    expect(withConsent.status).toBe(200)
    expect(withConsent.body.portrait?.caption).toBe(caption)

    await ctx.payload.update({
      collection: 'members',
      id: member.id,
      data: { consent: { given: false } },
      overrideAccess: true,
    })
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
  })

  it('an unused photo is private until staff release it explicitly; withdrawal beats every release', async () => {
    const caption = marker('Archivbild')
    const photo = await freshPhoto(caption)
    expect(await publicFrom(photo.id)).toBeNull()
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
    await ctx.api.patch(`/photos/${photo.id}`, {
      token: editor.token,
      body: { publicFrom: '2000-01-01T00:00:00.000Z' },
    })
    expect(await publicFrom(photo.id)).toBeNull()

    const released = await ctx.api.patch(`/photos/${photo.id}`, {
      token: editor.token,
      body: { releasedForPublic: true },
    })
    expect(released.status).toBe(200)
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))

    await ctx.api.patch(`/photos/${photo.id}`, { token: editor.token, body: { withdrawn: true } })
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
  })

  it('a photo used only by a draft stays private; unpublishing or deleting the only public user makes it private again', async () => {
    const caption = marker('Projektfoto')
    const photo = await freshPhoto(caption)
    const project = await ctx.api.post('/projects', {
      token: editor.token,
      body: { title: marker('Projekt'), heroPhoto: photo.id, _status: 'draft' },
    })
    expect(project.status, JSON.stringify(project.body)).toBe(201)
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))

    await ctx.api.patch(`/projects/${project.body.doc.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))

    // A pending draft that drops the photo changes nothing the public sees.
    await ctx.api.patch(`/projects/${project.body.doc.id}`, {
      token: editor.token,
      query: { draft: 'true' },
      body: { heroPhoto: null, _status: 'draft' },
    })
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))

    await ctx.api.patch(`/projects/${project.body.doc.id}`, {
      token: editor.token,
      body: { heroPhoto: photo.id, _status: 'draft' },
    })
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
    expect(await publicFrom(photo.id)).toBeNull()

    await ctx.api.patch(`/projects/${project.body.doc.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))
    await ctx.payload.delete({
      collection: 'projects',
      id: project.body.doc.id,
      overrideAccess: true,
    })
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
  })

  it('a photo in a gallery block of a published project is public (reference paths through blocks)', async () => {
    const caption = marker('Galeriebild')
    const photo = await freshPhoto(caption)
    const project = await ctx.api.post('/projects', {
      token: editor.token,
      body: {
        title: marker('Galerie'),
        layout: [{ blockType: 'gallery', photos: [photo.id] }],
        _status: 'published',
      },
    })
    expect(project.status, JSON.stringify(project.body)).toBe(201)
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))
  })

  it('scheduled publishing goes through the same bookkeeping', async () => {
    const caption = marker('Geplant')
    const photo = await freshPhoto(caption)
    const draft = await ctx.api.post('/press-releases', {
      token: press.token,
      body: { title: marker('Geplant'), teaser: 'Anreißer', heroPhoto: photo.id, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
    // The input as the admin's schedule drawer queues it (see tests/collections/scheduled-publish.test.ts).
    const job = await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: String(draft.body.doc.id) },
        user: { relationTo: 'users', value: press.id },
      } as never,
      waitUntil: new Date(Date.now() - 1_000),
    })
    await ctx.payload.jobs.run({ where: { id: { equals: job.id } } })
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))
  })

  it('existing photos get their visibility from scratch (the migration that adds publicFrom)', async () => {
    const caption = marker('Bestandsfoto')
    const photo = await freshPhoto(caption)
    await ctx.api.post('/projects', {
      token: editor.token,
      body: { title: marker('Bestand'), heroPhoto: photo.id, _status: 'published' },
    })
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))
    // As after adding the column: every existing photo starts without publicFrom, i.e. private.
    await ctx.payload.db.updateOne({
      collection: 'photos',
      id: photo.id,
      data: { publicFrom: null },
    })
    // Writes past Payload's operations announce nothing: whoever makes them clears the response cache.
    responseCacheState().invalidate()
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))

    await refreshPhotoVisibility(ctx.payload)
    responseCacheState().invalidate()
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))
  })

  it('publishing a release with a big gallery costs the same number of reads as with a small one (no query per photo)', async () => {
    const readsToPublish = async (photoCount: number) => {
      const photos = await Promise.all(
        Array.from({ length: photoCount }, () => createContent(ctx.payload, 'photos')),
      )
      const draft = await ctx.payload.create({
        collection: 'press-releases',
        data: {
          title: marker('Galerie'),
          teaser: 'Anreißer',
          gallery: photos.map((p) => p.id as number),
          _status: 'draft',
        },
        draft: true,
        overrideAccess: true,
        depth: 0,
      })
      const db = ctx.payload.db
      const counted = ['find', 'findOne', 'queryDrafts', 'findGlobal', 'count'] as const
      const originals = counted.map((name) => db[name])
      let reads = 0
      let writes = 0
      const originalUpdateOne = db.updateOne
      counted.forEach((name, i) => {
        ;(db as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          reads++
          return (originals[i] as (...a: unknown[]) => unknown).apply(db, args)
        }
      })
      db.updateOne = ((...args: Parameters<typeof db.updateOne>) => {
        if ((args[0] as { collection: string }).collection === 'photos') writes++
        return originalUpdateOne.apply(db, args)
      }) as typeof db.updateOne
      try {
        await ctx.payload.update({
          collection: 'press-releases',
          id: draft.id,
          data: { _status: 'published' },
          overrideAccess: true,
          depth: 0,
        })
      } finally {
        counted.forEach(
          (name, i) => ((db as unknown as Record<string, unknown>)[name] = originals[i]),
        )
        db.updateOne = originalUpdateOne
      }
      for (const photo of photos) expect(await publicFrom(photo.id as number)).not.toBeNull()
      return { reads, writes }
    }
    const small = await readsToPublish(2)
    const big = await readsToPublish(20)
    expect(small.writes).toBe(2)
    expect(big.writes).toBe(20)
    expect(big.reads).toBe(small.reads)
  })

  it("a photo set as the association's logo is public (globals count too)", async () => {
    const caption = marker('Vereinslogo')
    const photo = await freshPhoto(caption)
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
    await ctx.payload.updateGlobal({
      slug: 'association',
      data: { logo: photo.id },
      overrideAccess: true,
    })
    expect(await anonymousSees(photo, caption)).toEqual(shown(fileURLs(photo).length))
    await ctx.payload.updateGlobal({
      slug: 'association',
      data: { logo: null },
      overrideAccess: true,
    })
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
  })

  it("a photo embedded in the rich text of a published release or a project's text block is public, and listed as used", async () => {
    const lexical = (photoID: number) => ({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'upload',
            version: 3,
            format: '',
            relationTo: 'photos',
            value: photoID,
            fields: null,
            id: marker('node'),
          },
        ],
      },
    })
    const inBody = await freshPhoto(marker('Im Text'))
    const release = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: marker('Mit Bild im Text'),
        teaser: 'Anreißer',
        body: lexical(inBody.id),
        _status: 'draft',
      },
    })
    expect(release.status, JSON.stringify(release.body)).toBe(201)
    expect((await ctx.api.get(`/photos/${inBody.id}`)).status).toBe(404)
    await ctx.api.patch(`/press-releases/${release.body.doc.id}`, {
      token: press.token,
      body: { _status: 'published' },
    })
    const shownRelease = await ctx.api.get(`/press-releases/${release.body.doc.id}`, {
      query: { depth: 1 },
    })
    expect(shownRelease.body.body.root.children[0].value.id).toBe(inBody.id)
    expect((await ctx.api.get(`/photos/${inBody.id}`)).status).toBe(200)
    const usage = await ctx.api.get(`/photos/${inBody.id}/usage`, { token: editor.token })
    expect(usage.body.usedIn).toEqual([
      expect.objectContaining({
        collection: 'press-releases',
        id: release.body.doc.id,
        paths: ['body'],
      }),
    ])

    const inBlock = await freshPhoto(marker('Im Textblock'))
    const project = await ctx.api.post('/projects', {
      token: editor.token,
      body: {
        title: marker('Textblock'),
        layout: [{ blockType: 'richText', content: lexical(inBlock.id) }],
        _status: 'published',
      },
    })
    expect(project.status, JSON.stringify(project.body)).toBe(201)
    expect((await ctx.api.get(`/photos/${inBlock.id}`)).status).toBe(200)
    expect(await publicFrom(inBody.id)).not.toBeNull()
  })

  it('a member sees the photo of their own portrait without consent; nobody else does', async () => {
    const caption = marker('Eigenes Porträt')
    const photo = await freshPhoto(caption)
    const owner = await createUser(ctx.payload, ctx.api, ['member'])
    const other = await createUser(ctx.payload, ctx.api, ['member'])
    await createContent(ctx.payload, 'members', {
      portrait: photo.id,
      consent: { given: false },
      user: owner.id,
    })
    expect((await ctx.api.get(`/photos/${photo.id}`, { token: owner.token })).status).toBe(200)
    expect((await ctx.api.get(fileRoute(photo.filename), { token: owner.token })).status).toBe(200)
    expect((await ctx.api.get(`/photos/${photo.id}`, { token: other.token })).status).toBe(404)
    expect(await anonymousSees(photo, caption)).toEqual(hidden(fileURLs(photo).length))
  })
})
