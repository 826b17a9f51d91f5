/**
 * An editor hands a draft to the press office ("Zur Freigabe an die Pressestelle"); the press office
 * gets a mail, and either returns it with a comment the editor reads, or approves it by publishing.
 * Editors never return or publish; the public never learns that a release was in review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { marker } from '../helpers/content'
import { TestInbox } from '../helpers/mail'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let inbox: TestInbox
let press: TestUser
let editor: TestUser

const text = (body: unknown) => JSON.stringify(body)

beforeAll(async () => {
  inbox = await TestInbox.start()
  Object.assign(process.env, inbox.env())
  ctx = await bootPayload()
  // The first account becomes an administrator; the press office must be press only.
  await createUser(ctx.payload, ctx.api, ['admin'])
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

afterAll(async () => {
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
  await inbox?.stop()
})

async function editorDraft(title = marker('Freigabe')) {
  const created = await ctx.api.post('/press-releases', {
    token: editor.token,
    query: { draft: 'true' },
    body: { title, teaser: 'Ein Anreißer.' },
  })
  expect(created.status, text(created.body)).toBe(201)
  return { id: created.body.doc.id as number, title }
}

/** The editor's save that asks for approval: a draft save like any other. */
async function submit(id: number) {
  return ctx.api.patch(`/press-releases/${id}`, {
    token: editor.token,
    query: { draft: 'true' },
    body: { review: { status: 'submitted' } },
  })
}

const asEditor = async (id: number) =>
  (await ctx.api.get(`/press-releases/${id}`, { token: editor.token, query: { draft: 'true' } }))
    .body

describe('the review of a press release', () => {
  it('an editor submits a draft: it stays a draft, shows who submitted, and the press office gets a mail', async () => {
    const { id, title } = await editorDraft()
    const submitted = await submit(id)
    expect(submitted.status, text(submitted.body)).toBe(200)
    const doc = await asEditor(id)
    expect(doc._status).toBe('draft')
    expect(doc.review.status).toBe('submitted')
    expect(doc.review.submittedBy?.id ?? doc.review.submittedBy).toBe(editor.id)
    expect(Date.now() - new Date(doc.review.submittedAt).getTime()).toBeLessThan(60_000)

    const mail = await inbox.waitForMail(press.email)
    expect(mail.subject).toBe(`Zur Freigabe: ${title}`)
    expect(mail.text).toContain(`/admin/collections/press-releases/${id}`)
    // An autosave while submitted is no new request: no second mail.
    await ctx.api.patch(`/press-releases/${id}`, {
      token: editor.token,
      query: { draft: 'true', autosave: 'true' },
      body: { teaser: 'Noch ein Satz.' },
    })
    await expect(inbox.waitForMail(press.email, 1_500)).rejects.toThrow(/No mail/)
  })

  it('the press office returns it with a comment: the editor reads the comment and gets a mail', async () => {
    const { id, title } = await editorDraft()
    await submit(id)
    await inbox.waitForMail(press.email)

    const withoutComment = await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      query: { draft: 'true' },
      body: { review: { status: 'returned' } },
    })
    expect(withoutComment.status, text(withoutComment.body)).toBe(400)
    expect(text(withoutComment.body)).toContain('Kommentar')

    const comment = 'Bitte die Zitate von Frau Yılmaz freigeben lassen.'
    const returned = await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      query: { draft: 'true' },
      body: { review: { status: 'returned', comment } },
    })
    expect(returned.status, text(returned.body)).toBe(200)
    const doc = await asEditor(id)
    expect(doc.review.status).toBe('returned')
    expect(doc.review.comment).toBe(comment)
    const mail = await inbox.waitForMail(editor.email)
    expect(mail.subject).toBe(`Zurückgegeben: ${title}`)
    expect(mail.text).toContain(comment)

    // The editor cannot rewrite the press office's comment; submitting again clears it.
    await ctx.api.patch(`/press-releases/${id}`, {
      token: editor.token,
      query: { draft: 'true' },
      body: { review: { comment: 'Alles gut.' } },
    })
    expect((await asEditor(id)).review.comment).toBe(comment)
    await submit(id)
    const again = await asEditor(id)
    expect(again.review.status).toBe('submitted')
    expect(again.review.comment ?? null).toBeNull()
  })

  it('the press office approves by publishing: the review is cleared and the release is public', async () => {
    const { id } = await editorDraft()
    await submit(id)
    const published = await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      body: { _status: 'published' },
    })
    expect(published.status, text(published.body)).toBe(200)
    const doc = await asEditor(id)
    expect(doc._status).toBe('published')
    expect(doc.review.status).toBe('none')
    expect(doc.review.submittedBy ?? null).toBeNull()
    const anonymous = await ctx.api.get(`/press-releases/${id}`)
    expect(anonymous.status).toBe(200)
  })

  it('an editor can neither return a release nor publish it', async () => {
    const { id } = await editorDraft()
    await submit(id)
    const returned = await ctx.api.patch(`/press-releases/${id}`, {
      token: editor.token,
      query: { draft: 'true' },
      body: { review: { status: 'returned', comment: 'Selbst zurück.' } },
    })
    expect(returned.status, text(returned.body)).toBe(400)
    expect(text(returned.body)).toContain('Nur die Pressestelle')
    expect(text(returned.body)).not.toContain('Only the press office')
    const english = await ctx.api.patch(`/press-releases/${id}`, {
      token: editor.token,
      headers: { 'Accept-Language': 'en' },
      query: { draft: 'true' },
      body: { review: { status: 'returned', comment: 'Selbst zurück.' } },
    })
    expect(text(english.body)).toContain('Only the press office can return a release.')
    const publish = await ctx.api.patch(`/press-releases/${id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    const doc = await asEditor(id)
    expect(doc._status).toBe('draft')
    expect(doc.review.status).toBe('submitted')
  })

  it('who submitted and when come from the login, never from the request', async () => {
    const { id } = await editorDraft()
    const forged = await ctx.api.patch(`/press-releases/${id}`, {
      token: editor.token,
      query: { draft: 'true' },
      body: {
        review: {
          status: 'submitted',
          submittedBy: press.id,
          submittedAt: '2020-01-01T00:00:00.000Z',
        },
      },
    })
    expect(forged.status, text(forged.body)).toBe(200)
    const doc = await asEditor(id)
    expect(doc.review.submittedBy?.id ?? doc.review.submittedBy).toBe(editor.id)
    expect(doc.review.submittedAt).not.toBe('2020-01-01T00:00:00.000Z')
  })

  it('an anonymous reader never sees the review, in REST or GraphQL', async () => {
    const { id } = await editorDraft()
    await submit(id)
    await ctx.api.patch(`/press-releases/${id}`, {
      token: press.token,
      query: { draft: 'true' },
      body: { review: { status: 'returned', comment: 'Geheimer Kommentar' } },
    })
    // Published with the review left in place by a system write, the way a stale row could look.
    await ctx.payload.update({
      collection: 'press-releases',
      id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    await ctx.payload.db.updateOne({
      collection: 'press-releases',
      id,
      data: { review: { status: 'returned', comment: 'Geheimer Kommentar' } },
    })
    const rest = await ctx.api.get(`/press-releases/${id}`)
    expect(rest.status).toBe(200)
    expect(rest.body.review).toBeUndefined()
    expect(text(rest.body)).not.toContain('Geheimer Kommentar')
    const list = await ctx.api.get('/press-releases', {
      query: { where: { 'review.status': { equals: 'returned' } } },
    })
    expect(text(list.body)).not.toContain(String(id) + ',"title"')
    expect(list.body.docs?.map((doc: { id: number }) => doc.id) ?? []).not.toContain(id)
    const graphql = await ctx.api.graphql(
      `query { PressRelease(id: ${id}) { title review { status comment } } }`,
    )
    expect(text(graphql.body)).not.toContain('Geheimer Kommentar')
  })
})
