import { buildEditorState } from '@payloadcms/richtext-lexical'
/**
 * A frontend that cannot render Lexical asks for HTML: `?html=1` over REST, or the `<field>Html`
 * field in GraphQL (plugins/rich-text-html). Readers who do not ask pay nothing for it, and the
 * HTML shows only what the reader may see, in the reader's language.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createContent } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { lexical, paragraph, text, upload } from '../../lib/richtext/lexical'

let ctx: TestContext
let releaseID: number
let withdrawnCredit: string

beforeAll(async () => {
  process.env.RESPONSE_CACHE = 'off'
  ctx = await bootPayload()
  const visible = await createContent(ctx.payload, 'photos', {
    releasedForPublic: true,
    credit: 'Sichtbare Fotografin',
    caption: 'Im Atelier',
  })
  withdrawnCredit = 'Zurückgezogener Fotograf'
  const withdrawn = await createContent(ctx.payload, 'photos', {
    releasedForPublic: true,
    withdrawn: true,
    credit: withdrawnCredit,
  })
  const release = await createContent(ctx.payload, 'press-releases', {
    _status: 'published',
    body: lexical(paragraph(text('Erster <Absatz>.')), upload(visible.id), upload(withdrawn.id)),
  })
  releaseID = release.id
})

describe('rich text as HTML on request', () => {
  it('REST answers bodyHtml only with ?html=1, with visible photos only, escaped', async () => {
    const plain = await ctx.api.get(`/press-releases/${releaseID}`)
    expect(plain.status).toBe(200)
    expect(plain.body).not.toHaveProperty('bodyHtml')

    const withHTML = await ctx.api.get(`/press-releases/${releaseID}?html=1`)
    expect(withHTML.status).toBe(200)
    const html = withHTML.body.bodyHtml as string
    expect(html).toMatch(
      /^<p>Erster &lt;Absatz&gt;\.<\/p><figure><img src="[^"]+" alt="[^"]*" width="\d+" height="\d+" \/><figcaption>Im Atelier — Foto: Sichtbare Fotografin<\/figcaption><\/figure>$/,
    )
    expect(html).not.toContain(withdrawnCredit)
  })

  it('follows ?locale=en, German where the text is not translated', async () => {
    const fallback = await ctx.api.get(`/press-releases/${releaseID}?html=1&locale=en`)
    expect(fallback.body.bodyHtml).toMatch(/^<p>Erster &lt;Absatz&gt;\.<\/p>/)
    const other = await createContent(ctx.payload, 'press-releases', {
      _status: 'published',
      body: buildEditorState({ text: 'Deutsch.' }),
    })
    await ctx.payload.update({
      collection: 'press-releases',
      id: other.id,
      locale: 'en',
      data: { body: buildEditorState({ text: 'English.' }) },
      overrideAccess: true,
    })
    expect((await ctx.api.get(`/press-releases/${other.id}?html=1&locale=en`)).body.bodyHtml).toBe(
      '<p>English.</p>',
    )
    expect((await ctx.api.get(`/press-releases/${other.id}?html=1`)).body.bodyHtml).toBe(
      '<p>Deutsch.</p>',
    )
  })

  it('lists stay slim even with ?html=1; ?full=1 or a select naming the field renders it', async () => {
    const list = await ctx.api.get(`/press-releases?html=1&where[id][equals]=${releaseID}`)
    expect(list.body.docs[0]).not.toHaveProperty('bodyHtml')
    const full = await ctx.api.get(`/press-releases?html=1&full=1&where[id][equals]=${releaseID}`)
    expect(full.body.docs[0].bodyHtml).toMatch(/^<p>Erster/)
    const selected = await ctx.api.get(
      `/press-releases?html=1&select[bodyHtml]=true&where[id][equals]=${releaseID}`,
    )
    expect(selected.status, JSON.stringify(selected.body)).toBe(200)
    expect(selected.body.docs[0].bodyHtml).toMatch(/^<p>Erster/)
  })

  it('filtering or sorting by a computed HTML field is a 4xx, never a 500', async () => {
    for (const query of [
      'where[bodyHtml][equals]=x',
      'where[layout.contentHtml][like]=x',
      'sort=bodyHtml',
    ]) {
      const collection = query.includes('layout') ? 'projects' : 'press-releases'
      const response = await ctx.api.get(`/${collection}?${query}`)
      expect(response.status, `${query}: ${JSON.stringify(response.body)}`).toBeGreaterThanOrEqual(
        400,
      )
      expect(response.status, query).toBeLessThan(500)
    }
    const graphql = await ctx.api.graphql(
      'query { PressReleases(where: { bodyHtml: { equals: "x" } }) { docs { id } } }',
    )
    expect(
      graphql.body.errors?.[0]?.extensions?.statusCode ?? graphql.status,
      JSON.stringify(graphql.body),
    ).toBeLessThan(500)
    expect(graphql.body.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('GraphQL renders bodyHtml when the query names it, also with select: true', async () => {
    const named = await ctx.api.graphql(
      `query { PressRelease(id: ${releaseID}) { title bodyHtml } }`,
    )
    expect(named.body.errors).toBeUndefined()
    expect(named.body.data.PressRelease.bodyHtml).toMatch(
      /^<p>Erster &lt;Absatz&gt;\.<\/p><figure>/,
    )
    expect(named.body.data.PressRelease.bodyHtml).not.toContain(withdrawnCredit)
    const list = await ctx.api.graphql(
      `query { PressReleases(where: { id: { equals: ${releaseID} } }, select: true) { docs { bodyHtml } } }`,
    )
    expect(list.body.errors).toBeUndefined()
    expect(list.body.data.PressReleases.docs[0].bodyHtml).toMatch(/^<p>Erster/)
    const without = await ctx.api.graphql(`query { PressRelease(id: ${releaseID}) { title } }`)
    expect(without.body.errors).toBeUndefined()
    expect(without.body.data.PressRelease).toEqual({ title: expect.any(String) })
  })

  it('event descriptions, member bios and project text blocks have their HTML too', async () => {
    const event = await createContent(ctx.payload, 'events', {
      _status: 'published',
      description: buildEditorState({ text: 'Programm.' }),
    })
    expect((await ctx.api.get(`/events/${event.id}?html=1`)).body.descriptionHtml).toBe(
      '<p>Programm.</p>',
    )
    const member = await createContent(ctx.payload, 'members', {
      consent: { given: true },
      bio: buildEditorState({ text: 'Fotografin.' }),
    })
    expect((await ctx.api.get(`/members/${member.id}?html=1`)).body.bioHtml).toBe(
      '<p>Fotografin.</p>',
    )
    const project = await createContent(ctx.payload, 'projects', {
      _status: 'published',
      layout: [{ blockType: 'richText', content: buildEditorState({ text: 'Werkstatt.' }) }],
    })
    const rest = await ctx.api.get(`/projects/${project.id}?html=1`)
    expect(rest.body.layout[0].contentHtml).toBe('<p>Werkstatt.</p>')
    const graphql = await ctx.api.graphql(
      `query { Project(id: ${project.id}) { layout { ... on RichText { contentHtml } } } }`,
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.Project.layout[0].contentHtml).toBe('<p>Werkstatt.</p>')
  })
})
