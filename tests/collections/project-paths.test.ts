import { randomBytes } from 'node:crypto'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshEveryProjectPath } from '../../collections/hooks/projectPath'
import { writeMainColumns } from '../../collections/hooks/projectPath/columns'
import { responseCacheState } from '../../src/lib/http/cache/store'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

/*
 * "Klasse vernetzt" pages form a tree; path and breadcrumbs are derived from the parents. These tests
 * protect two promises: nothing of an unpublished parent reaches a reader through a published page,
 * and moving a parent never changes what its subpages publish or what staff drafted.
 */

let ctx: TestContext
let press: TestUser
let editor: TestUser

const word = () => `w${randomBytes(4).toString('hex')}`
const text = (body: unknown) => JSON.stringify(body)
const crumbs = (doc: { breadcrumbs?: { label?: string | null; url?: string | null }[] }) =>
  (doc.breadcrumbs ?? []).map((crumb) => ({ label: crumb.label, url: crumb.url }))

type Page = { id: number; slug: string; path: string; title: string }

/** A page as the press office makes it over REST: published unless `draft`. */
async function page(
  title: string,
  { parent, draft = false }: { parent?: number; draft?: boolean } = {},
): Promise<Page> {
  const response = await ctx.api.post('/projects', {
    token: press.token,
    query: draft ? { draft: 'true' } : {},
    body: { title, ...(parent ? { parent } : {}), ...(draft ? {} : { _status: 'published' }) },
  })
  expect(response.status, text(response.body)).toBe(201)
  return response.body.doc
}

async function patch(
  id: number,
  body: Record<string, unknown>,
  query: Record<string, unknown> = {},
) {
  const response = await ctx.api.patch(`/projects/${id}`, { token: press.token, query, body })
  expect(response.status, text(response.body)).toBe(200)
  return response.body.doc
}

const anonymous = async (id: number, query: Record<string, unknown> = {}) =>
  ctx.api.get(`/projects/${id}`, { query })

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

describe('a published page under an unpublished parent', () => {
  let top: Page
  let hidden: Page
  let child: Page
  let release: { id: number }
  const secret = `geheim${word()}`

  beforeAll(async () => {
    top = await page(`Klasse vernetzt ${word()}`)
    hidden = await page(`Entwurf ${secret}`, { parent: top.id, draft: true })
    child = await page(`Werkstatt ${word()}`, { parent: hidden.id })
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: `Meldung ${word()}`,
        teaser: 'Ein Anreißer.',
        relatedProjects: [child.id],
        _status: 'published',
      },
    })
    expect(created.status, text(created.body)).toBe(201)
    release = created.body.doc
  })

  it("leaves the draft parent's segment out of path and breadcrumbs", async () => {
    const response = await anonymous(child.id)
    expect(response.status).toBe(200)
    expect(response.body.path).toBe(`${top.path}/${child.slug}`)
    expect(crumbs(response.body)).toEqual([
      { label: top.title, url: top.path },
      { label: child.title, url: `${top.path}/${child.slug}` },
    ])
  })

  it('staff still see where a draft page will sit: a draft below a draft parent carries its full path', async () => {
    const draftChild = await page(`Entwurfskind ${word()}`, { parent: hidden.id, draft: true })
    expect(draftChild.path).toBe(`${hidden.path}/${draftChild.slug}`)
    const asStaff = await ctx.api.get(`/projects/${draftChild.id}`, {
      token: press.token,
      query: { draft: 'true' },
    })
    expect(crumbs(asStaff.body).map((crumb) => crumb.label)).toEqual([
      top.title,
      hidden.title,
      draftChild.title,
    ])
    expect((await anonymous(draftChild.id)).status).toBe(404)
  })

  it("never shows the draft parent's title or slug to an anonymous reader over REST at any depth", async () => {
    expect(hidden.slug).toContain(secret)
    for (const depth of [0, 1, 2, 3]) {
      for (const locale of ['de', 'en']) {
        for (const draft of ['false', 'true']) {
          const byID = await anonymous(child.id, { depth, locale, draft })
          expect(byID.status).toBe(200)
          expect(text(byID.body), `by id, depth ${depth}, ${locale}, draft=${draft}`).not.toContain(
            secret,
          )
        }
        const list = await ctx.api.get('/projects', {
          query: { depth, locale, where: { id: { in: [top.id, hidden.id, child.id] } } },
        })
        expect(list.body.docs.length).toBe(2)
        expect(text(list.body), `list, depth ${depth}`).not.toContain(secret)
        const byPath = await ctx.api.get('/projects', {
          query: { depth, locale, where: { path: { equals: `${top.path}/${child.slug}` } } },
        })
        expect(byPath.body.docs.map((doc: Page) => doc.id)).toEqual([child.id])
        expect(text(byPath.body), `by path, depth ${depth}`).not.toContain(secret)
      }
    }
    // The path with the draft's slug leads nowhere.
    const guessed = await ctx.api.get('/projects', { query: { where: { path: { like: secret } } } })
    expect(guessed.body.docs).toEqual([])
  })

  it('never shows it over GraphQL, nor in a published release that relates the page', async () => {
    const fields =
      'id title path breadcrumbs { label url doc { id title slug } } parent { id title slug path }'
    const gql = await ctx.api.graphql(
      `query ($id: Int!) { Project(id: $id) { ${fields} } Projects(where: { OR: [{ id: { equals: ${top.id} } }, { id: { equals: ${hidden.id} } }, { id: { equals: $id } }] }) { docs { ${fields} } } }`,
      { id: child.id },
    )
    expect(gql.body.data?.Project?.path, text(gql.body)).toBe(`${top.path}/${child.slug}`)
    expect(gql.body.data?.Projects?.docs?.length).toBe(2)
    expect(text(gql.body)).not.toContain(secret)

    for (const depth of [1, 2, 3]) {
      const rest = await ctx.api.get(`/press-releases/${release.id}`, { query: { depth } })
      expect(rest.status).toBe(200)
      expect(rest.body.relatedProjects[0].path).toBe(`${top.path}/${child.slug}`)
      expect(text(rest.body), `release, depth ${depth}`).not.toContain(secret)
    }
    const viaRelease = await ctx.api.graphql(
      `query ($id: Int!) { PressRelease(id: $id) { relatedProjects { ${fields} } } }`,
      { id: release.id },
    )
    expect(
      viaRelease.body.data?.PressRelease?.relatedProjects?.[0]?.path,
      text(viaRelease.body),
    ).toBe(`${top.path}/${child.slug}`)
    expect(text(viaRelease.body)).not.toContain(secret)
  })

  it("takes the parent's segment in as soon as the parent is published, and drops it when unpublished", async () => {
    const parentPublished = await patch(hidden.id, { _status: 'published' })
    const withParent = await anonymous(child.id)
    expect(withParent.body.path).toBe(`${parentPublished.path}/${child.slug}`)
    expect(crumbs(withParent.body).map((crumb) => crumb.label)).toEqual([
      top.title,
      hidden.title,
      child.title,
    ])

    await patch(hidden.id, { _status: 'draft' })
    const withoutParent = await anonymous(child.id)
    expect(withoutParent.status).toBe(200)
    expect(withoutParent.body.path).toBe(`${top.path}/${child.slug}`)
    expect(text(withoutParent.body)).not.toContain(secret)
  })
})

describe('a published parent with a pending draft', () => {
  it("keeps the parent's published title in its subpages' breadcrumbs until the draft is published", async () => {
    const parent = await page(`Offen ${word()}`)
    const child = await page(`Kind ${word()}`, { parent: parent.id })
    const draftTitle = `Neuer Titel ${word()}`
    await patch(parent.id, { title: draftTitle }, { draft: 'true' })

    const before = await anonymous(child.id)
    expect(crumbs(before.body)[0]).toEqual({ label: parent.title, url: parent.path })
    expect(text(before.body)).not.toContain(draftTitle)
    const gql = await ctx.api.graphql(
      'query ($id: Int!) { Project(id: $id) { breadcrumbs { label url } } }',
      { id: child.id },
    )
    expect(text(gql.body)).not.toContain(draftTitle)

    await patch(parent.id, { title: draftTitle, _status: 'published' })
    const after = await anonymous(child.id)
    expect(crumbs(after.body)[0]).toEqual({ label: draftTitle, url: parent.path })
  })
})

describe('moving a parent', () => {
  it('keeps a published child with a pending draft published and unchanged; grandchildren follow; labels stay right in de and en', async () => {
    const oldHome = await page(`Alte Heimat ${word()}`)
    const newHome = await page(`Neue Heimat ${word()}`)
    const moving = await page(`Umzug ${word()}`, { parent: oldHome.id })
    const movingEnglish = `Moving ${word()}`
    await patch(moving.id, { title: movingEnglish, _status: 'published' }, { locale: 'en' })
    const child = await page(`Kind ${word()}`, { parent: moving.id })
    const grandchild = await page(`Enkel ${word()}`, { parent: child.id })
    const summary = `Veröffentlichte Zusammenfassung ${word()}`
    const layout = [{ blockType: 'videoEmbed', url: 'https://youtu.be/dQw4w9WgXcQ' }]
    await patch(child.id, { summary, layout, partners: [{ name: 'Zeche Zollverein' }] })
    const draftTitle = `Entwurf des Kindes ${word()}`
    await patch(child.id, { title: draftTitle, summary: 'Entwurfstext' }, { draft: 'true' })
    const versionsBefore = await ctx.payload.countVersions({
      collection: 'projects',
      where: { parent: { equals: child.id } },
    })

    await patch(moving.id, { parent: newHome.id })

    const published = await anonymous(child.id)
    expect(published.status, text(published.body)).toBe(200)
    expect(published.body).toMatchObject({ title: child.title, summary, _status: 'published' })
    // Blocks and other arrays of the subpage survive (only path and breadcrumbs are written).
    expect(published.body.layout.map((block: { embedURL: string }) => block.embedURL)).toEqual([
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ])
    expect(published.body.partners.map((partner: { name: string }) => partner.name)).toEqual([
      'Zeche Zollverein',
    ])
    expect(published.body.path).toBe(`${newHome.path}/${moving.slug}/${child.slug}`)
    expect(crumbs(published.body).map((crumb) => crumb.label)).toEqual([
      newHome.title,
      moving.title,
      child.title,
    ])
    const english = await anonymous(child.id, { locale: 'en' })
    expect(crumbs(english.body).map((crumb) => crumb.label)).toEqual([
      newHome.title,
      movingEnglish,
      child.title,
    ])

    const draft = await ctx.api.get(`/projects/${child.id}`, {
      token: press.token,
      query: { draft: 'true' },
    })
    expect(draft.body).toMatchObject({
      title: draftTitle,
      summary: 'Entwurfstext',
      _status: 'draft',
    })
    expect(draft.body.layout).toHaveLength(1)
    expect(draft.body.partners).toHaveLength(1)
    expect(draft.body.path).toBe(`${newHome.path}/${moving.slug}/${child.slug}`)
    const versionsAfter = await ctx.payload.countVersions({
      collection: 'projects',
      where: { parent: { equals: child.id } },
    })
    expect(versionsAfter.totalDocs).toBe(versionsBefore.totalDocs)

    const grand = await anonymous(grandchild.id)
    expect(grand.body.path).toBe(`${newHome.path}/${moving.slug}/${child.slug}/${grandchild.slug}`)
    expect(crumbs(grand.body).map((crumb) => crumb.label)).toEqual([
      newHome.title,
      moving.title,
      child.title,
      grandchild.title,
    ])
  })

  it('moves every one of 150 subpages along', { timeout: 240_000 }, async () => {
    const from = await page(`Von ${word()}`)
    const to = await page(`Nach ${word()}`)
    const parent = await page(`Viele ${word()}`, { parent: from.id })
    for (let index = 0; index < 150; index++) {
      await ctx.payload.create({
        collection: 'projects',
        data: {
          title: `Unterseite ${index} ${word()}`,
          parent: parent.id,
          projectStatus: 'running',
          _status: 'published',
        },
        depth: 0,
        overrideAccess: true,
      })
    }
    await patch(parent.id, { parent: to.id })

    const moved = await ctx.api.get('/projects', {
      query: { limit: 0, depth: 0, where: { parent: { equals: parent.id } } },
    })
    expect(moved.body.totalDocs).toBe(150)
    const wrong = moved.body.docs.filter(
      (doc: Page) => doc.path !== `${to.path}/${parent.slug}/${doc.slug}`,
    )
    expect(wrong).toEqual([])
    // Staff's view (the newest versions) moved too.
    const asStaff = await ctx.api.get('/projects', {
      token: press.token,
      query: { limit: 0, depth: 0, draft: 'true', where: { parent: { equals: parent.id } } },
    })
    expect(asStaff.body.totalDocs).toBe(150)
    expect(
      asStaff.body.docs.filter((doc: Page) => doc.path !== `${to.path}/${parent.slug}/${doc.slug}`),
    ).toEqual([])
  })

  it('deleting a parent moves its subpages up', async () => {
    const top = await page(`Oben ${word()}`)
    const middle = await page(`Mitte ${word()}`, { parent: top.id })
    const child = await page(`Unten ${word()}`, { parent: middle.id })
    // Deleting pages is for admins and editors.
    const removed = await ctx.api.delete(`/projects/${middle.id}`, { token: editor.token })
    expect(removed.status, text(removed.body)).toBe(200)
    const response = await anonymous(child.id)
    expect(response.status).toBe(200)
    expect(response.body.path).toBe(`/${child.slug}`)
    expect(crumbs(response.body)).toEqual([{ label: child.title, url: `/${child.slug}` }])
  })
})

describe('the tree stays a tree', () => {
  it('a page cannot sit below itself or its own subpages', async () => {
    const top = await page(`Wurzel ${word()}`)
    const below = await page(`Ast ${word()}`, { parent: top.id })
    for (const parent of [top.id, below.id]) {
      const response = await ctx.api.patch(`/projects/${top.id}`, {
        token: press.token,
        body: { parent },
      })
      expect(response.status, text(response.body)).toBe(400)
      expect(text(response.body)).toMatch(/unter sich selbst/)
      expect(text(response.body)).not.toMatch(/below itself/)
    }
    // An English-speaking client reads the same refusal in English.
    const english = await ctx.api.patch(`/projects/${top.id}`, {
      token: press.token,
      headers: { 'Accept-Language': 'en' },
      body: { parent: below.id },
    })
    expect(english.status, text(english.body)).toBe(400)
    expect(text(english.body)).toMatch(/A page cannot sit below itself/)
    expect(text(english.body)).not.toMatch(/unter sich selbst/)
    // Nor through a draft: the draft may be published next.
    const side = await page(`Zweig ${word()}`)
    await patch(side.id, { parent: top.id }, { draft: 'true' })
    const circle = await ctx.api.patch(`/projects/${top.id}`, {
      token: press.token,
      body: { parent: side.id },
    })
    expect(circle.status, text(circle.body)).toBe(400)
  })

  it('a client cannot write path or breadcrumbs', async () => {
    const created = await ctx.api.post('/projects', {
      token: press.token,
      body: {
        title: `Echt ${word()}`,
        path: '/gefaelscht',
        breadcrumbs: [{ label: 'Falsch', url: '/gefaelscht' }],
        _status: 'published',
      },
    })
    expect(created.status, text(created.body)).toBe(201)
    expect(created.body.doc.path).toBe(`/${created.body.doc.slug}`)
    // The answer to the save shows the breadcrumbs a later read shows.
    const reread = await anonymous(created.body.doc.id)
    expect(crumbs(reread.body)).toEqual(crumbs(created.body.doc))
    const changed = await patch(created.body.doc.id, { path: '/gefaelscht' })
    expect(changed.path).toBe(`/${created.body.doc.slug}`)
    const found = await ctx.api.get('/projects', {
      query: { where: { path: { equals: '/gefaelscht' } } },
    })
    expect(found.body.docs).toEqual([])
  })
})

describe('paths stored by an older rule', () => {
  it('are repaired by one refresh of every page', async () => {
    const parent = await page(`Alt ${word()}`)
    const child = await page(`Kind ${word()}`, { parent: parent.id })
    const leak = `altlast${word()}`
    const req = await createLocalReq({}, ctx.payload)
    // What the old hook stored under a draft parent: its slug and title.
    await writeMainColumns(req, child.id, {
      path: `/${leak}/${child.slug}`,
      breadcrumbs: [
        { label: { de: leak }, url: `/${leak}`, doc: parent.id },
        { label: { de: child.title }, url: `/${leak}/${child.slug}`, doc: child.id },
      ],
    })
    // Writes past Payload's operations announce nothing: whoever makes them clears the response cache.
    responseCacheState().invalidate()
    expect(text((await anonymous(child.id)).body)).toContain(leak)

    expect(await refreshEveryProjectPath(req)).toBeGreaterThan(1)
    responseCacheState().invalidate()
    const repaired = await anonymous(child.id)
    expect(repaired.body.path).toBe(`${parent.path}/${child.slug}`)
    expect(text(repaired.body)).not.toContain(leak)
  })
})
