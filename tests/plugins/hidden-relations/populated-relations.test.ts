/**
 * plugins/hidden-relations together with plugins/public-list-limit.
 *
 * User story: "As a reader of the association's websites I get every photo, member and project of a
 * public press release in full — however long the list or the gallery — and I never learn that a
 * withdrawn photo, a member without consent or an unpublished project is attached to it."
 *
 * Releases are published and not under embargo, so their photos stay public whatever rule decides
 * which photos a release makes public; the hidden photo is hidden by `withdrawn: true`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

type Doc = { id: number; [key: string]: unknown }

let ctx: TestContext
let editor: TestUser

const run = marker('populate')
const HERO_RELEASES = 20
const GALLERY_SIZE = 30

const heroReleases: Doc[] = []
const heroPhotos: Doc[] = []
const galleryPhotos: Doc[] = []
let withdrawn: Doc
let consenting: Doc
let withoutConsent: Doc
let publishedProject: Doc
let draftProject: Doc
let galleryRelease: Doc

const text = (body: unknown) => JSON.stringify(body)
const ourReleases = { title: { like: run } }
// Whole releases (a list is slim without `full`) and photos with the members they show (not in the
// default photo shape), so every level of relations is in the answer.
const WHOLE = {
  full: 1,
  populate: { photos: { alt: true, url: true, filename: true, peopleShown: true } },
}

/** A populated photo: the object a frontend renders, with file URL and alt text. */
function expectFullPhoto(value: unknown, expected: Doc, where: string): void {
  expect(typeof value, `${where}: ${text(value)}`).toBe('object')
  const photo = value as { id?: number; url?: string; alt?: string }
  expect(photo?.id, where).toBe(expected.id)
  expect(photo.alt, where).toBe(expected.alt)
  expect(photo.url, where).toMatch(/\/api\/photos\/file\//)
}

/** The release with the gallery, as the public must see it at depth ≥ 1. */
function expectPublicGalleryRelease(release: Record<string, unknown>, where: string): void {
  expect(release.heroPhoto, `${where}: withdrawn hero`).toBeNull()
  const gallery = release.gallery as unknown[]
  expect(gallery, where).toHaveLength(GALLERY_SIZE)
  gallery.forEach((photo, index) =>
    expectFullPhoto(photo, galleryPhotos[index]!, `${where} gallery[${index}]`),
  )
  expect(
    (release.relatedMembers as Array<{ id: number }>).map((member) => member.id),
    where,
  ).toEqual([consenting.id])
  expect(
    (release.relatedProjects as Array<{ id: number }>).map((project) => project.id),
    where,
  ).toEqual([publishedProject.id])
  expect(text(release), where).not.toContain(String(withdrawn.alt))
  expect(text(release), where).not.toContain(String(withoutConsent.name))
  expect(text(release), where).not.toContain(String(draftProject.title))
}

beforeAll(async () => {
  ctx = await bootPayload()
  editor = await createUser(ctx.payload, ctx.api, ['editor'])

  withdrawn = await createContent(
    ctx.payload,
    'photos',
    { withdrawn: true },
    { label: `${run} zurückgezogen` },
  )
  consenting = await createContent(
    ctx.payload,
    'members',
    { consent: { given: true } },
    { label: `${run} Einverstanden` },
  )
  withoutConsent = await createContent(
    ctx.payload,
    'members',
    { consent: { given: false } },
    { label: `${run} Ohne Einwilligung` },
  )
  publishedProject = await createContent(
    ctx.payload,
    'projects',
    { _status: 'published' },
    { label: `${run} Projekt` },
  )
  draftProject = await createContent(
    ctx.payload,
    'projects',
    { _status: 'draft' },
    { label: `${run} Entwurf` },
  )

  for (let index = 0; index < GALLERY_SIZE; index++) {
    // The first gallery photo shows both members: at depth 2 its own relations are populated too.
    const people = index === 0 ? { peopleShown: [consenting.id, withoutConsent.id] } : {}
    galleryPhotos.push(
      await createContent(ctx.payload, 'photos', people, { label: `${run} Galerie ${index}` }),
    )
  }
  const gallery = galleryPhotos.map((photo) => photo.id)
  gallery.splice(15, 0, withdrawn.id)
  galleryRelease = await createContent(
    ctx.payload,
    'press-releases',
    {
      _status: 'published',
      displayDate: '2026-01-01T10:00:00.000Z',
      heroPhoto: withdrawn.id,
      gallery,
      relatedMembers: [withoutConsent.id, consenting.id],
      relatedProjects: [draftProject.id, publishedProject.id],
    },
    { label: `${run} Galerie` },
  )

  for (let index = 0; index < HERO_RELEASES; index++) {
    const photo = await createContent(
      ctx.payload,
      'photos',
      {},
      { label: `${run} Aufmacher ${index}` },
    )
    heroPhotos.push(photo)
    heroReleases.push(
      await createContent(
        ctx.payload,
        'press-releases',
        // Newest first (the default sort), after the gallery release.
        {
          _status: 'published',
          displayDate: new Date(Date.UTC(2026, 1, 1 + index)).toISOString(),
          heroPhoto: photo.id,
        },
        { label: `${run} Mitteilung ${index}` },
      ),
    )
  }
}, 600_000)

describe('every relation a reader may see is populated in full, whatever the list cap', () => {
  it.each([20, 25])(
    'an anonymous REST list with limit=%i gets every hero photo as a full object (depth 1)',
    async (limit) => {
      const response = await ctx.api.get('/press-releases', {
        query: { limit, depth: 1, where: ourReleases, ...WHOLE },
      })
      expect(response.status).toBe(200)
      const docs = response.body.docs as Array<Record<string, unknown> & { id: number }>
      expect(docs).toHaveLength(Math.min(limit, HERO_RELEASES + 1))
      for (const doc of docs) {
        if (doc.id === galleryRelease.id) {
          expectPublicGalleryRelease(doc, `list limit=${limit}`)
          continue
        }
        const index = heroReleases.findIndex((release) => release.id === doc.id)
        expectFullPhoto(doc.heroPhoto, heroPhotos[index]!, `list limit=${limit}, release ${index}`)
      }
      const heroesShown = docs.filter((doc) => doc.id !== galleryRelease.id).length
      expect(heroesShown).toBe(HERO_RELEASES)
    },
  )

  it('an anonymous REST list at depth 2 populates the heroes and the 30 gallery photos, and their members', async () => {
    const response = await ctx.api.get('/press-releases', {
      query: { limit: 25, depth: 2, where: ourReleases, ...WHOLE },
    })
    expect(response.status).toBe(200)
    const docs = response.body.docs as Array<Record<string, unknown> & { id: number }>
    expect(docs).toHaveLength(HERO_RELEASES + 1)
    const release = docs.find((doc) => doc.id === galleryRelease.id)!
    expectPublicGalleryRelease(release, 'list depth=2')
    const shown = (
      release.gallery as Array<{ peopleShown: Array<{ id: number; name: string }> }>
    )[0]!.peopleShown
    expect(shown.map((member) => member.name)).toEqual([consenting.name])
  })

  it.each([1, 2])(
    'an anonymous REST read by id at depth %i populates all 30 gallery photos and hides the withdrawn one',
    async (depth) => {
      const response = await ctx.api.get(`/press-releases/${galleryRelease.id}`, {
        query: { depth },
      })
      expect(response.status).toBe(200)
      expectPublicGalleryRelease(response.body, `by id depth=${depth}`)
    },
  )

  it('an anonymous GraphQL list gets all 20 hero photos and the 30 gallery photos, without errors', async () => {
    const response = await ctx.api.graphql(
      `query ($run: String) { PressReleases(limit: 25, where: { title: { like: $run } }) {
        docs { id heroPhoto { id url alt } gallery { id url alt } relatedMembers { id name } relatedProjects { id title } }
      } }`,
      { run },
    )
    expect(response.body.errors).toBeUndefined()
    const docs = response.body.data.PressReleases.docs as Array<
      Record<string, unknown> & { id: number }
    >
    expect(docs).toHaveLength(HERO_RELEASES + 1)
    for (const doc of docs) {
      if (doc.id === galleryRelease.id) {
        expectPublicGalleryRelease(doc, 'GraphQL list')
        continue
      }
      const index = heroReleases.findIndex((release) => release.id === doc.id)
      expectFullPhoto(doc.heroPhoto, heroPhotos[index]!, `GraphQL list, release ${index}`)
    }
  })

  it('an anonymous GraphQL read by id gets the 30 gallery photos and null for the withdrawn hero', async () => {
    const response = await ctx.api.graphql(
      `query ($id: Int!) { PressRelease(id: $id) {
        id heroPhoto { id url alt } gallery { id url alt } relatedMembers { id name } relatedProjects { id title }
      } }`,
      { id: galleryRelease.id },
    )
    expect(response.body.errors).toBeUndefined()
    expectPublicGalleryRelease(response.body.data.PressRelease, 'GraphQL by id')
  })
})

describe('relations a reader may not see are null or left out, never a bare id', () => {
  it('staff get the withdrawn photo, the member without consent and the draft project populated', async () => {
    const response = await ctx.api.get(`/press-releases/${galleryRelease.id}`, {
      token: editor.token,
      query: { depth: 1 },
    })
    expect(response.status).toBe(200)
    expectFullPhoto(response.body.heroPhoto, withdrawn, 'staff hero')
    expect(response.body.gallery).toHaveLength(GALLERY_SIZE + 1)
    expectFullPhoto(response.body.gallery[15], withdrawn, 'staff gallery[15]')
    expect(response.body.relatedMembers.map((member: Doc) => member.id)).toEqual([
      withoutConsent.id,
      consenting.id,
    ])
    expect(response.body.relatedProjects.map((project: Doc) => project.id)).toEqual([
      draftProject.id,
      publishedProject.id,
    ])

    const graphql = await ctx.api.graphql(
      'query ($id: Int!) { PressRelease(id: $id) { heroPhoto { id } gallery { id } } }',
      { id: galleryRelease.id },
      { token: editor.token },
    )
    expect(graphql.body.data.PressRelease.heroPhoto.id).toBe(withdrawn.id)
    expect(graphql.body.data.PressRelease.gallery).toHaveLength(GALLERY_SIZE + 1)
  })

  it('at depth 0 an anonymous reader gets the ids of visible documents only', async () => {
    const response = await ctx.api.get(`/press-releases/${galleryRelease.id}`, {
      query: { depth: 0 },
    })
    expect(response.status).toBe(200)
    expect(response.body.heroPhoto).toBeNull()
    expect(response.body.gallery).toEqual(galleryPhotos.map((photo) => photo.id))
    expect(response.body.relatedMembers).toEqual([consenting.id])
    expect(response.body.relatedProjects).toEqual([publishedProject.id])

    const staff = await ctx.api.get(`/press-releases/${galleryRelease.id}`, {
      token: editor.token,
      query: { depth: 0 },
    })
    expect(staff.body.heroPhoto).toBe(withdrawn.id)
    expect(staff.body.gallery).toContain(withdrawn.id)
  })

  it('below the last populated level (depth 1: the gallery photos’ own members) hidden ids are gone too', async () => {
    const response = await ctx.api.get(`/press-releases/${galleryRelease.id}`, {
      query: { depth: 1, populate: WHOLE.populate },
    })
    expect(response.body.gallery[0].peopleShown).toEqual([consenting.id])
  })

  it('the Local API with overrideAccess: false answers like the public API', async () => {
    const release = await ctx.payload.findByID({
      collection: 'press-releases',
      id: galleryRelease.id,
      depth: 1,
      overrideAccess: false,
    })
    expectPublicGalleryRelease(release as unknown as Record<string, unknown>, 'Local API')
    const trusted = await ctx.payload.findByID({
      collection: 'press-releases',
      id: galleryRelease.id,
      depth: 0,
    })
    expect(trusted.heroPhoto).toBe(withdrawn.id)
  })
})

describe('the association profile (a global)', () => {
  let previous: { board?: unknown; logo?: unknown }

  beforeAll(async () => {
    const association = await ctx.payload.findGlobal({ slug: 'association', depth: 0 })
    previous = { board: association.board, logo: association.logo }
    await ctx.payload.updateGlobal({
      slug: 'association',
      data: { board: [withoutConsent.id, consenting.id], logo: withdrawn.id },
    })
  })

  afterAll(async () => {
    await ctx.payload.updateGlobal({ slug: 'association', data: previous as never })
  })

  it.each([0, 1])(
    'an anonymous reader at depth %i sees neither the member without consent nor the withdrawn logo',
    async (depth) => {
      const response = await ctx.api.get('/globals/association', { query: { depth } })
      expect(response.status).toBe(200)
      expect(response.body.logo).toBeNull()
      const board = (response.body.board as Array<number | { id: number }>).map((member) =>
        typeof member === 'object' ? member.id : member,
      )
      expect(board).toEqual([consenting.id])
      if (depth === 1) expect(typeof response.body.board[0]).toBe('object')
    },
  )
})

describe('rich text: inline photos and internal links', () => {
  let release: Doc
  const textNode = (text: string) => ({
    type: 'text',
    text,
    version: 1,
    format: 0,
    mode: 'normal',
    style: '',
    detail: 0,
  })
  const uploadNode = (photo: Doc) => ({
    type: 'upload',
    version: 3,
    id: `node-${photo.id}`,
    fields: {},
    format: '',
    relationTo: 'photos',
    value: photo.id,
  })
  const linkNode = (project: Doc) => ({
    type: 'link',
    version: 3,
    direction: null,
    format: '',
    indent: 0,
    fields: {
      linkType: 'internal',
      newTab: false,
      doc: { relationTo: 'projects', value: project.id },
    },
    children: [textNode('Projekt')],
  })

  beforeAll(async () => {
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              textNode('Siehe '),
              linkNode(draftProject),
              textNode(' und '),
              linkNode(publishedProject),
            ],
          },
          uploadNode(withdrawn),
          uploadNode(galleryPhotos[0]!),
        ],
      },
    }
    release = await createContent(
      ctx.payload,
      'press-releases',
      { _status: 'published', body },
      { label: `${run} Fließtext` },
    )
  })

  type Node = {
    type: string
    value?: unknown
    fields?: { doc?: { value?: unknown } | null }
    children?: Node[]
  }
  const nodes = (body: { root: Node }): Node[] => {
    const all: Node[] = []
    const visit = (node: Node) => {
      all.push(node)
      node.children?.forEach(visit)
    }
    visit(body.root)
    return all
  }

  it.each([0, 1])(
    'an anonymous reader at depth %i gets no id of the withdrawn photo or the draft project from the body',
    async (depth) => {
      const response = await ctx.api.get(`/press-releases/${release.id}`, { query: { depth } })
      expect(response.status).toBe(200)
      const all = nodes(response.body.body)
      const uploads = all.filter((node) => node.type === 'upload').map((node) => node.value)
      const links = all
        .filter((node) => node.type === 'link')
        .map((node) => node.fields?.doc?.value ?? null)
      expect(uploads[0]).toBeNull()
      expect(links[0]).toBeNull()
      if (depth === 0) {
        expect(uploads[1]).toBe(galleryPhotos[0]!.id)
        expect(links[1]).toBe(publishedProject.id)
      } else {
        expectFullPhoto(uploads[1], galleryPhotos[0]!, 'inline photo')
        expect((links[1] as Doc | null)?.id ?? links[1]).toBe(publishedProject.id)
      }
      expect(text(response.body)).not.toContain(String(withdrawn.alt))
      expect(text(response.body)).not.toContain(String(draftProject.title))
    },
  )

  it('an anonymous GraphQL reader gets no id of the withdrawn photo or the draft project from the body', async () => {
    const response = await ctx.api.graphql('query ($id: Int!) { PressRelease(id: $id) { body } }', {
      id: release.id,
    })
    expect(response.body.errors).toBeUndefined()
    const all = nodes(response.body.data.PressRelease.body)
    const uploads = all.filter((node) => node.type === 'upload').map((node) => node.value)
    const links = all
      .filter((node) => node.type === 'link')
      .map((node) => node.fields?.doc?.value ?? null)
    expect(uploads[0]).toBeNull()
    expect(links[0]).toBeNull()
    expect([uploads[1], (uploads[1] as Doc | null)?.id]).toContain(galleryPhotos[0]!.id)
    expect(text(response.body)).not.toContain(String(withdrawn.alt))
    expect(text(response.body)).not.toContain(String(draftProject.title))
  })

  it('staff get both inline photos and both links', async () => {
    const response = await ctx.api.get(`/press-releases/${release.id}`, {
      token: editor.token,
      query: { depth: 1 },
    })
    const all = nodes(response.body.body)
    expect(
      all.filter((node) => node.type === 'upload').map((node) => (node.value as Doc).id),
    ).toEqual([withdrawn.id, galleryPhotos[0]!.id])
  })
})

describe('versions (staff only) keep everything staff may read', () => {
  it('an editor reading the versions of the gallery release gets the withdrawn photo populated', async () => {
    const response = await ctx.api.get('/press-releases/versions', {
      token: editor.token,
      query: { depth: 1, where: { parent: { equals: galleryRelease.id } } },
    })
    expect(response.status).toBe(200)
    expectFullPhoto(response.body.docs[0].version.heroPhoto, withdrawn, 'version hero')
  })

  it('an anonymous reader cannot read versions at all', async () => {
    const response = await ctx.api.get('/press-releases/versions', {
      query: { depth: 1, where: { parent: { equals: galleryRelease.id } } },
    })
    expect(text(response.body)).not.toContain(String(withdrawn.alt))
  })
})

describe('relations inside blocks, arrays, groups and localized fields (a "Klasse vernetzt" page)', () => {
  let page: Doc

  const uploadBody = (photo: Doc) => ({
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
          id: `node-${photo.id}`,
          fields: {},
          format: '',
          relationTo: 'photos',
          value: photo.id,
        },
      ],
    },
  })

  beforeAll(async () => {
    page = await createContent(
      ctx.payload,
      'projects',
      {
        _status: 'published',
        parent: draftProject.id,
        members: [withoutConsent.id, consenting.id],
        layout: [
          { blockType: 'gallery', photos: [withdrawn.id, galleryPhotos[1]!.id] },
          { blockType: 'quote', quote: 'Zitat', attribution: 'Jemand', member: withoutConsent.id },
          { blockType: 'memberGrid', members: [withoutConsent.id, consenting.id] },
          { blockType: 'richText', content: uploadBody(withdrawn) },
        ],
        partners: [{ name: 'Partner', logo: withdrawn.id }],
        seo: { image: withdrawn.id },
      },
      { label: `${run} Unterseite` },
    )
  })

  type Page = {
    parent: unknown
    members: unknown[]
    layout: Array<{ photos?: unknown[]; member?: unknown; members?: unknown[]; content?: unknown }>
    partners: Array<{ logo: unknown }>
    seo: { image: unknown }
    breadcrumbs?: Array<{ doc?: unknown }>
  }
  const idOf = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Doc).id : value

  function expectPublicPage(body: Page, where: string, locale?: 'all'): void {
    expect(body.parent, where).toBeNull()
    expect(body.members.map(idOf), where).toEqual([consenting.id])
    expect(body.layout[0]!.photos!.map(idOf), where).toEqual([galleryPhotos[1]!.id])
    expect(body.layout[1]!.member, where).toBeNull()
    expect(body.layout[2]!.members!.map(idOf), where).toEqual([consenting.id])
    const content = (
      locale === 'all' ? (body.layout[3]!.content as { de: unknown }).de : body.layout[3]!.content
    ) as {
      root: { children: Array<{ value: unknown }> }
    }
    expect(content.root.children[0]!.value, where).toBeNull()
    expect(body.partners[0]!.logo, where).toBeNull()
    expect(body.seo.image, where).toBeNull()
    for (const crumb of body.breadcrumbs ?? [])
      expect(idOf(crumb.doc), where).not.toBe(draftProject.id)
    expect(text(body), where).not.toContain(String(withdrawn.alt))
    expect(text(body), where).not.toContain(String(withoutConsent.name))
  }

  it.each([0, 1, 2])(
    'an anonymous REST reader at depth %i sees only what is public, in every nested field',
    async (depth) => {
      const response = await ctx.api.get(`/projects/${page.id}`, { query: { depth } })
      expect(response.status).toBe(200)
      expectPublicPage(response.body, `depth=${depth}`)
    },
  )

  it('the same holds with locale=all, where localized fields hold every locale', async () => {
    const response = await ctx.api.get(`/projects/${page.id}`, {
      query: { depth: 1, locale: 'all' },
    })
    expect(response.status).toBe(200)
    expectPublicPage(response.body, 'locale=all', 'all')
  })

  it('an anonymous GraphQL reader gets null or nothing for the hidden relations, without errors', async () => {
    const response = await ctx.api.graphql(
      `query ($id: Int!) { Project(id: $id) {
        parent { id } members { id }
        layout { ... on Gallery { photos { id } } ... on Quote { member { id } } ... on MemberGrid { members { id } } }
        partners { logo { id } } seo { image { id } }
      } }`,
      { id: page.id },
    )
    expect(response.body.errors).toBeUndefined()
    const project = response.body.data.Project
    expect(project.parent).toBeNull()
    expect(project.members).toEqual([{ id: consenting.id }])
    expect(project.layout[0].photos).toEqual([{ id: galleryPhotos[1]!.id }])
    expect(project.layout[1].member).toBeNull()
    expect(project.layout[2].members).toEqual([{ id: consenting.id }])
    expect(project.partners[0].logo).toBeNull()
    expect(project.seo.image).toBeNull()
  })

  it('staff get every nested relation', async () => {
    const response = await ctx.api.get(`/projects/${page.id}`, {
      token: editor.token,
      query: { depth: 1 },
    })
    expect(idOf(response.body.parent)).toBe(draftProject.id)
    expect(response.body.layout[0].photos.map(idOf)).toEqual([withdrawn.id, galleryPhotos[1]!.id])
    expect(idOf(response.body.layout[1].member)).toBe(withoutConsent.id)
    expect(idOf(response.body.seo.image)).toBe(withdrawn.id)
  })
})
