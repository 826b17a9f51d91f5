/**
 * What an anonymous reader must never see, on every read path: REST list / by ID / by slug / count /
 * versions, GraphQL list / by ID / count / versions, and as a relationship populated from another
 * (public) document. Each hidden thing carries a unique marker in its text; a path leaks when that
 * marker appears anywhere in the response body.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createContent, marker } from '../helpers/content'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let editor: TestUser
let memberUser: TestUser

type Doc = { id: number; slug?: string; [key: string]: unknown }

const text = (body: unknown) => JSON.stringify(body)

/** Every anonymous REST and GraphQL read of one document; returns the bodies that contain `secret`. */
async function anonymousLeaks(
  collection: 'press-releases' | 'members' | 'photos',
  gqlType: 'PressRelease' | 'Member' | 'Photo',
  gqlPlural: 'PressReleases' | 'Members' | 'Photos',
  doc: Doc,
  secret: string,
  labelField: string,
): Promise<Record<string, unknown>> {
  const api = ctx.api
  const paths: Record<string, () => Promise<{ status: number; body: unknown }>> = {
    'REST list': () =>
      api.get(`/${collection}`, {
        query: { limit: 100, depth: 0, where: { id: { equals: doc.id } } },
      }),
    'REST list (draft=true)': () =>
      api.get(`/${collection}`, {
        query: { draft: 'true', depth: 0, where: { id: { equals: doc.id } } },
      }),
    'REST by ID': () => api.get(`/${collection}/${doc.id}`, { query: { depth: 0 } }),
    'REST by ID (draft=true)': () =>
      api.get(`/${collection}/${doc.id}`, { query: { depth: 0, draft: 'true' } }),
    'REST by slug': () =>
      api.get(`/${collection}`, { query: { depth: 0, where: { slug: { equals: doc.slug } } } }),
    'REST search by label': () =>
      api.get(`/${collection}`, { query: { depth: 0, where: { [labelField]: { like: secret } } } }),
    'GraphQL list': () =>
      api.graphql(
        `query ($id: Int!) { ${gqlPlural}(where: { id: { equals: $id } }) { totalDocs docs { id ${labelField} } } }`,
        { id: doc.id },
      ),
    'GraphQL list (draft)': () =>
      api.graphql(
        `query ($id: Int!) { ${gqlPlural}(draft: true, where: { id: { equals: $id } }) { docs { id ${labelField} } } }`,
        { id: doc.id },
      ),
    'GraphQL by ID': () =>
      api.graphql(`query ($id: Int!) { ${gqlType}(id: $id) { id ${labelField} } }`, { id: doc.id }),
    'GraphQL by ID (draft)': () =>
      api.graphql(`query ($id: Int!) { ${gqlType}(id: $id, draft: true) { id ${labelField} } }`, {
        id: doc.id,
      }),
    'GraphQL by slug': () =>
      api.graphql(
        `query ($slug: String) { ${gqlPlural}(where: { slug: { equals: $slug } }) { docs { id ${labelField} } } }`,
        { slug: doc.slug ?? null },
      ),
  }
  const leaks: Record<string, unknown> = {}
  for (const [name, read] of Object.entries(paths)) {
    const response = await read()
    if (text(response.body).includes(secret)) leaks[name] = response.body
  }
  return leaks
}

/** Counts that include the hidden document reveal it exists. */
async function anonymousCounts(collection: string, gqlCount: string, doc: Doc) {
  const rest = await ctx.api.get(`/${collection}/count`, {
    query: { where: { id: { equals: doc.id } } },
  })
  const gql = await ctx.api.graphql(
    `query ($id: Int!) { ${gqlCount}(where: { id: { equals: $id } }) { totalDocs } }`,
    { id: doc.id },
  )
  return { rest: rest.body?.totalDocs, graphql: gql.body?.data?.[gqlCount]?.totalDocs }
}

beforeAll(async () => {
  ctx = await bootPayload()
  await createUser(ctx.payload, ctx.api, ['admin'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  memberUser = await createUser(ctx.payload, ctx.api, ['member'])
})

describe('draft and embargoed press releases', () => {
  let draft: Doc
  let draftSecret: string
  let embargoed: Doc
  let embargoSecret: string

  beforeAll(async () => {
    draftSecret = marker('draft-release')
    draft = await createContent(
      ctx.payload,
      'press-releases',
      { _status: 'draft' },
      { label: draftSecret },
    )
    embargoSecret = marker('embargo-release')
    embargoed = await createContent(
      ctx.payload,
      'press-releases',
      { _status: 'published', embargo: new Date(Date.now() + 24 * 3600_000).toISOString() },
      { label: embargoSecret },
    )
  })

  it('an anonymous reader never sees a draft release on any REST or GraphQL read path', async () => {
    expect(
      Object.keys(
        await anonymousLeaks(
          'press-releases',
          'PressRelease',
          'PressReleases',
          draft,
          draftSecret,
          'title',
        ),
      ),
    ).toEqual([])
  })

  it('an anonymous reader never sees an embargoed release on any REST or GraphQL read path', async () => {
    expect(
      Object.keys(
        await anonymousLeaks(
          'press-releases',
          'PressRelease',
          'PressReleases',
          embargoed,
          embargoSecret,
          'title',
        ),
      ),
    ).toEqual([])
  })

  it('an anonymous reader counts neither a draft nor an embargoed release (REST /count and GraphQL count)', async () => {
    expect(await anonymousCounts('press-releases', 'countPressReleases', draft)).toEqual({
      rest: 0,
      graphql: 0,
    })
    expect(await anonymousCounts('press-releases', 'countPressReleases', embargoed)).toEqual({
      rest: 0,
      graphql: 0,
    })
  })

  it('an anonymous reader gets no release versions, over REST or GraphQL, while staff do', async () => {
    const rest = await ctx.api.get('/press-releases/versions', {
      query: { where: { parent: { equals: embargoed.id } } },
    })
    expect(rest.status).toBe(403)
    expect(text(rest.body)).not.toContain(embargoSecret)
    const gql = await ctx.api.graphql(
      `query ($id: JSON) { versionsPressReleases(where: { parent: { equals: $id } }) { docs { version { title } } } }`,
      { id: embargoed.id },
    )
    expect(text(gql.body)).not.toContain(embargoSecret)
    expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0)

    const staff = await ctx.api.get('/press-releases/versions', {
      token: editor.token,
      query: { where: { parent: { equals: embargoed.id } } },
    })
    expect(staff.status).toBe(200)
    expect(text(staff.body)).toContain(embargoSecret)
  })

  it('an anonymous reader cannot open a single release version by its ID', async () => {
    const versions = await ctx.payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: draft.id } },
      overrideAccess: true,
    })
    const versionID = versions.docs[0]?.id
    expect(versionID).toBeDefined()
    const response = await ctx.api.get(`/press-releases/versions/${versionID}`)
    expect([401, 403, 404]).toContain(response.status)
    expect(text(response.body)).not.toContain(draftSecret)
  })

  it('an anonymous reader cannot find an embargoed release by filtering or sorting on its embargo', async () => {
    const response = await ctx.api.get('/press-releases', {
      query: {
        depth: 0,
        where: { embargo: { greater_than: new Date().toISOString() } },
        sort: '-embargo',
      },
    })
    expect(text(response.body)).not.toContain(embargoSecret)
  })

  it('the same release appears for anonymous readers once its embargo has passed (REST and GraphQL)', async () => {
    const secret = marker('soon-public')
    const release = await createContent(
      ctx.payload,
      'press-releases',
      { _status: 'published', embargo: new Date(Date.now() + 3_000).toISOString() },
      { label: secret },
    )
    const before = await ctx.api.get(`/press-releases/${release.id}`, { query: { depth: 0 } })
    expect(before.status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 3_500))
    const after = await ctx.api.get(`/press-releases/${release.id}`, { query: { depth: 0 } })
    expect(after.status).toBe(200)
    expect(after.body.title).toBe(secret)
    const gql = await ctx.api.graphql('query ($id: Int!) { PressRelease(id: $id) { title } }', {
      id: release.id,
    })
    expect(gql.body.data?.PressRelease?.title).toBe(secret)
    expect(await anonymousCounts('press-releases', 'countPressReleases', release)).toEqual({
      rest: 1,
      graphql: 1,
    })
  })

  // A past Sperrfrist can no longer be set (tests/collections/embargo.test.ts): clearing it is the way to publish now.
  it('clearing the embargo releases it; setting a future one again hides it again', async () => {
    const secret = marker('moved-embargo')
    const release = await createContent(
      ctx.payload,
      'press-releases',
      { _status: 'published', embargo: new Date(Date.now() + 7 * 24 * 3600_000).toISOString() },
      { label: secret },
    )
    expect((await ctx.api.get(`/press-releases/${release.id}`)).status).toBe(404)
    await ctx.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { embargo: null },
      overrideAccess: true,
    })
    expect((await ctx.api.get(`/press-releases/${release.id}`)).body.title).toBe(secret)
    await ctx.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { embargo: new Date(Date.now() + 3600_000).toISOString() },
      overrideAccess: true,
    })
    const hidden = await ctx.api.get(`/press-releases/${release.id}`)
    expect(hidden.status).toBe(404)
    expect(text(hidden.body)).not.toContain(secret)
  })

  it('an anonymous reader never sees the draft changes made to a published release', async () => {
    const publicTitle = marker('public-title')
    const release = await createContent(
      ctx.payload,
      'press-releases',
      { _status: 'published' },
      { label: publicTitle },
    )
    const draftTitle = marker('unpublished-change')
    await ctx.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { title: draftTitle },
      draft: true,
      overrideAccess: true,
    })
    const paths = [
      await ctx.api.get(`/press-releases/${release.id}`, { query: { draft: 'true' } }),
      await ctx.api.get('/press-releases', {
        query: { draft: 'true', where: { id: { equals: release.id } } },
      }),
      await ctx.api.graphql('query ($id: Int!) { PressRelease(id: $id, draft: true) { title } }', {
        id: release.id,
      }),
    ]
    for (const response of paths) expect(text(response.body)).not.toContain(draftTitle)
    expect((await ctx.api.get(`/press-releases/${release.id}`)).body.title).toBe(publicTitle)
  })
})

describe('withdrawn photos and members without consent', () => {
  let photo: Doc
  let photoSecret: string
  let hiddenMember: Doc
  let memberSecret: string
  let release: Doc
  let project: Doc
  let event: Doc

  beforeAll(async () => {
    photoSecret = marker('withdrawn-photo')
    photo = await createContent(
      ctx.payload,
      'photos',
      { withdrawn: true, caption: `Caption ${photoSecret}` },
      { label: photoSecret },
    )
    memberSecret = marker('no-consent')
    hiddenMember = await createContent(
      ctx.payload,
      'members',
      { consent: { given: false }, boardRole: `Role ${memberSecret}` },
      { label: memberSecret },
    )
    release = await createContent(ctx.payload, 'press-releases', {
      _status: 'published',
      heroPhoto: photo.id,
      gallery: [photo.id],
      relatedMembers: [hiddenMember.id],
    })
    project = await createContent(ctx.payload, 'projects', {
      _status: 'published',
      heroPhoto: photo.id,
      members: [hiddenMember.id],
    })
    event = await createContent(ctx.payload, 'events', {
      _status: 'published',
      photos: [photo.id],
      program: [{ title: 'Talk', start: '2031-05-08T18:00:00.000Z', speakers: [hiddenMember.id] }],
    })
  })

  it('an anonymous reader never sees a withdrawn photo on any REST or GraphQL read path', async () => {
    expect(
      Object.keys(await anonymousLeaks('photos', 'Photo', 'Photos', photo, photoSecret, 'alt')),
    ).toEqual([])
    expect(await anonymousCounts('photos', 'countPhotos', photo)).toEqual({ rest: 0, graphql: 0 })
  })

  it('an anonymous reader cannot download the file of a withdrawn photo', async () => {
    const filename = String(photo.filename)
    const response = await ctx.api.get(`/photos/file/${filename}`)
    expect([401, 403, 404]).toContain(response.status)
  })

  it('an anonymous reader never sees a member without consent on any REST or GraphQL read path', async () => {
    expect(
      Object.keys(
        await anonymousLeaks('members', 'Member', 'Members', hiddenMember, memberSecret, 'name'),
      ),
    ).toEqual([])
    expect(await anonymousCounts('members', 'countMembers', hiddenMember)).toEqual({
      rest: 0,
      graphql: 0,
    })
  })

  it('a published release read anonymously with depth=1 (REST) carries neither the withdrawn photo nor the member without consent', async () => {
    for (const path of [`/press-releases/${release.id}`, '/press-releases']) {
      const response = await ctx.api.get(path, {
        query: {
          depth: 1,
          ...(path.endsWith('s') ? { where: { id: { equals: release.id } } } : {}),
        },
      })
      expect(response.status).toBe(200)
      expect(text(response.body)).toContain(String(release.title))
      expect(text(response.body)).not.toContain(photoSecret)
      expect(text(response.body)).not.toContain(memberSecret)
    }
  })

  it('a published release read anonymously through GraphQL does not resolve the withdrawn photo or the member without consent', async () => {
    const response = await ctx.api.graphql(
      `query ($id: Int!) { PressRelease(id: $id) { title heroPhoto { alt caption } gallery { alt caption } relatedMembers { name boardRole } } }`,
      { id: release.id },
    )
    expect(response.body.data?.PressRelease?.title).toBe(release.title)
    expect(text(response.body)).not.toContain(photoSecret)
    expect(text(response.body)).not.toContain(memberSecret)
  })

  it('published projects and events read anonymously (REST depth=2 and GraphQL) do not carry hidden photos or members', async () => {
    const restProject = await ctx.api.get(`/projects/${project.id}`, { query: { depth: 2 } })
    const restEvent = await ctx.api.get(`/events/${event.id}`, { query: { depth: 2 } })
    const gqlProject = await ctx.api.graphql(
      'query ($id: Int!) { Project(id: $id) { title heroPhoto { alt } members { name } } }',
      { id: project.id },
    )
    const gqlEvent = await ctx.api.graphql(
      'query ($id: Int!) { Event(id: $id) { title photos { alt } program { speakers { name } } } }',
      { id: event.id },
    )
    for (const response of [restProject, restEvent, gqlProject, gqlEvent]) {
      expect(text(response.body)).toMatch(/"title"/)
      expect(text(response.body)).not.toContain(photoSecret)
      expect(text(response.body)).not.toContain(memberSecret)
    }
  })

  it('staff still see the withdrawn photo and the member without consent when populated', async () => {
    const response = await ctx.api.get(`/press-releases/${release.id}`, {
      token: editor.token,
      query: { depth: 1 },
    })
    expect(response.body.heroPhoto?.alt).toBe(photoSecret)
    expect(response.body.relatedMembers?.[0]?.name).toBe(memberSecret)
  })

  it('an anonymous reader cannot filter members by consent to learn who has not consented', async () => {
    const response = await ctx.api.get('/members', {
      query: { depth: 0, where: { 'consent.given': { equals: false } } },
    })
    expect(text(response.body)).not.toContain(memberSecret)
    expect(response.status).toBeGreaterThanOrEqual(400)
  })
})

describe('contact details of members', () => {
  let member: Doc
  const contact = {
    email: `${marker('hidden')}@example.org`,
    phone: `+49 201 ${Math.floor(Math.random() * 9_000_000 + 1_000_000)}`,
    address: `Zollverein ${marker('members-only')}`,
  }
  let aEmail: string
  let zEmail: string
  let aName: string
  let zName: string

  beforeAll(async () => {
    member = await createContent(ctx.payload, 'members', {
      consent: { given: true },
      contact: {
        ...contact,
        emailVisibility: 'hidden',
        phoneVisibility: 'public',
        addressVisibility: 'members',
      },
    })
    // Two consenting members whose hidden e-mails sort opposite to their names: a sort by e-mail would reveal itself.
    const tag = marker('sortprobe')
    aName = `${tag} A`
    zName = `${tag} Z`
    aEmail = `zzz-${tag}@example.org`
    zEmail = `aaa-${tag}@example.org`
    await createContent(
      ctx.payload,
      'members',
      { consent: { given: true }, contact: { email: aEmail, emailVisibility: 'hidden' } },
      { label: aName },
    )
    await createContent(
      ctx.payload,
      'members',
      { consent: { given: true }, contact: { email: zEmail, emailVisibility: 'hidden' } },
      { label: zName },
    )
  })

  it('an anonymous reader sees the public phone number but neither the hidden e-mail nor the members-only address (REST)', async () => {
    const response = await ctx.api.get(`/members/${member.id}`)
    expect(response.status).toBe(200)
    expect(response.body.contact.phone).toBe(contact.phone)
    expect(text(response.body)).not.toContain(contact.email)
    expect(text(response.body)).not.toContain(contact.address)
  })

  it('an anonymous reader sees neither through GraphQL', async () => {
    const response = await ctx.api.graphql(
      'query ($id: Int!) { Member(id: $id) { name contact { email phone address } } }',
      { id: member.id },
    )
    expect(response.body.data?.Member?.contact?.phone).toBe(contact.phone)
    expect(text(response.body)).not.toContain(contact.email)
    expect(text(response.body)).not.toContain(contact.address)
  })

  it('a logged-in member sees the members-only address but not the hidden e-mail (REST and GraphQL)', async () => {
    const rest = await ctx.api.get(`/members/${member.id}`, { token: memberUser.token })
    expect(rest.body.contact.address).toBe(contact.address)
    expect(text(rest.body)).not.toContain(contact.email)
    const gql = await ctx.api.graphql(
      'query ($id: Int!) { Member(id: $id) { contact { email phone address } } }',
      { id: member.id },
      { token: memberUser.token },
    )
    expect(gql.body.data?.Member?.contact?.address).toBe(contact.address)
    expect(text(gql.body)).not.toContain(contact.email)
  })

  it('a hidden or members-only contact detail never appears in a populated relationship read anonymously (REST and GraphQL)', async () => {
    const release = await createContent(ctx.payload, 'press-releases', {
      _status: 'published',
      relatedMembers: [member.id],
    })
    // A populated member is name/slug/portrait; a frontend that wants the contact details asks for them.
    const rest = await ctx.api.get(`/press-releases/${release.id}`, {
      query: { depth: 1, populate: { members: { name: true, contact: true } } },
    })
    expect(rest.body.relatedMembers?.[0]?.contact?.phone).toBe(contact.phone)
    expect(text(rest.body)).not.toContain(contact.email)
    expect(text(rest.body)).not.toContain(contact.address)
    const gql = await ctx.api.graphql(
      'query ($id: Int!) { PressRelease(id: $id) { relatedMembers { contact { email phone address } } } }',
      { id: release.id },
    )
    expect(gql.body.data?.PressRelease?.relatedMembers?.[0]?.contact?.phone).toBe(contact.phone)
    expect(text(gql.body)).not.toContain(contact.email)
    expect(text(gql.body)).not.toContain(contact.address)
  })

  it('an anonymous reader cannot filter members by a hidden e-mail address (REST, GraphQL, count, distinct)', async () => {
    const rest = await ctx.api.get('/members', {
      query: { where: { 'contact.email': { equals: contact.email } } },
    })
    expect(rest.status).toBeGreaterThanOrEqual(400)
    expect(rest.status).toBeLessThan(500)
    expect(text(rest.body)).not.toContain(String(member.name))
    const like = await ctx.api.get('/members', {
      query: { where: { 'contact.email': { like: '@example.org' } } },
    })
    expect(like.status).toBeGreaterThanOrEqual(400)
    const count = await ctx.api.get('/members/count', {
      query: { where: { 'contact.email': { equals: contact.email } } },
    })
    expect(count.status).toBeGreaterThanOrEqual(400)
    const gql = await ctx.api.graphql(
      'query ($e: EmailAddress) { Members(where: { contact__email: { equals: $e } }) { docs { name } } }',
      { e: contact.email },
    )
    expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0)
    expect(text(gql.body)).not.toContain(String(member.name))
    const distinct = await ctx.api.get('/members/distinct', { query: { field: 'contact.email' } })
    expect(text(distinct.body)).not.toContain(contact.email)
  })

  it('an anonymous reader cannot sort members by a hidden e-mail address (REST and GraphQL)', async () => {
    const where = { name: { in: [aName, zName] } }
    for (const sort of ['contact.email', '-contact.email']) {
      const rest = await ctx.api.get('/members', { query: { where, sort } })
      const order = rest.body?.docs?.map((doc: { name: string }) => doc.name)
      expect(
        rest.status,
        `sort=${sort} answered ${rest.status} with order ${text(order)}`,
      ).toBeGreaterThanOrEqual(400)
      expect(rest.status).toBeLessThan(500)
    }
    const gql = await ctx.api.graphql(
      'query ($names: [String]) { Members(where: { name: { in: $names } }, sort: "contact__email") { docs { name } } }',
      { names: [aName, zName] },
    )
    expect(gql.body.errors?.length ?? 0, text(gql.body)).toBeGreaterThan(0)
    expect(gql.body.data?.Members ?? null).toBeNull()
  })

  it('a logged-in member cannot filter or sort by a hidden e-mail address either', async () => {
    const filter = await ctx.api.get('/members', {
      token: memberUser.token,
      query: { where: { 'contact.email': { equals: contact.email } } },
    })
    expect(filter.status).toBeGreaterThanOrEqual(400)
    expect(text(filter.body)).not.toContain(String(member.name))
    const sort = await ctx.api.get('/members', {
      token: memberUser.token,
      query: { where: { name: { in: [aName, zName] } }, sort: 'contact.email' },
    })
    expect(sort.status).toBeGreaterThanOrEqual(400)
  })

  it('filtering by a public field still works for anonymous readers (the refusals above are specific)', async () => {
    const response = await ctx.api.get('/members', {
      query: { where: { name: { in: [aName, zName] } }, sort: 'name' },
    })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: { name: string }) => doc.name)).toEqual([aName, zName])
  })
})
