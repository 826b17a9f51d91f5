import { buildEditorState } from '@payloadcms/richtext-lexical'
/**
 * plugins/list-shape: which reads get the slim list shape.
 *
 * User story: "As a frontend developer my list pages are small without my asking, and whenever I ask
 * for something (a select, whole documents, a populate shape, one document by id) I get exactly that;
 * editors, versions, GraphQL and the server's own code always see whole documents."
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let press: TestUser
let releaseID: number
const run = marker('listshape')
const where = { title: { like: run } }

const body = buildEditorState({ text: `Text ${run}` })

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  const photo = await createContent(ctx.payload, 'photos', { caption: `Bildunterschrift ${run}` })
  const release = await createContent(ctx.payload, 'press-releases', {
    title: `Mitteilung ${run}`,
    body,
    heroPhoto: photo.id,
    _status: 'published',
  })
  releaseID = release.id
})

describe('list-shape: only a REST list without select is slimmed', () => {
  it('a REST list has no body; ?full=1, ?full=true and an explicit select bring it', async () => {
    const slim = await ctx.api.get('/press-releases', { query: { where } })
    expect(slim.status).toBe(200)
    expect(slim.body.docs[0].id).toBe(releaseID)
    expect(slim.body.docs[0]).not.toHaveProperty('body')
    expect(slim.body.docs[0]).not.toHaveProperty('dateline')
    for (const full of ['1', 'true']) {
      const whole = await ctx.api.get('/press-releases', { query: { where, full } })
      expect(whole.body.docs[0].body.root.children[0].children[0].text).toBe(`Text ${run}`)
      expect(whole.body.docs[0].dateline).toBe('Essen')
    }
    const selected = await ctx.api.get('/press-releases', {
      query: { where, select: { body: true } },
    })
    expect(Object.keys(selected.body.docs[0]).sort()).toEqual(['body', 'id'])
  })

  it("the reader's populate wins over the list's photo card", async () => {
    const card = await ctx.api.get('/press-releases', { query: { where } })
    expect(card.body.docs[0].heroPhoto).not.toHaveProperty('caption')
    const asked = await ctx.api.get('/press-releases', {
      query: { where, populate: { photos: { caption: true } } },
    })
    expect(asked.body.docs[0].heroPhoto).toEqual({
      id: expect.any(Number),
      caption: `Bildunterschrift ${run}`,
    })
  })

  it('versions, GraphQL and the Local API see whole documents', async () => {
    const versions = await ctx.api.get('/press-releases/versions', {
      token: press.token,
      query: { where: { parent: { equals: releaseID } } },
    })
    expect(versions.status).toBe(200)
    expect(versions.body.docs[0].version.body.root.children).toHaveLength(1)

    const graphql = await ctx.api.graphql(
      'query ($run: String) { PressReleases(where: { title: { like: $run } }) { docs { dateline body } } }',
      { run },
    )
    expect(graphql.body.data.PressReleases.docs[0].dateline).toBe('Essen')
    expect(graphql.body.data.PressReleases.docs[0].body.root.children).toHaveLength(1)

    const local = await ctx.payload.find({
      collection: 'press-releases',
      where,
      overrideAccess: false,
    })
    expect(local.docs[0]?.body?.root.children).toHaveLength(1)
  })
})
