import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let press: TestUser
let editor: TestUser
let association: { responsiblePerson?: string | null; boilerplate?: string | null }

const word = () => `w${randomBytes(4).toString('hex')}`
const text = (body: unknown) => JSON.stringify(body)

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  const current = await ctx.payload.findGlobal({ slug: 'association', locale: 'de', depth: 0 })
  association = {
    responsiblePerson: current.responsiblePerson ?? null,
    boilerplate: current.boilerplate ?? null,
  }
})

afterAll(async () => {
  // Other test files share the database: leave the association profile as it was.
  await ctx?.payload.updateGlobal({
    slug: 'association',
    locale: 'de',
    data: association,
    overrideAccess: true,
  })
})

async function setAssociation(data: { responsiblePerson?: string; boilerplate?: string }) {
  const response = await ctx.api.post('/globals/association', {
    token: press.token,
    query: { locale: 'de' },
    body: data,
  })
  expect(response.status, text(response.body)).toBe(200)
}

async function createRelease(body: Record<string, unknown>) {
  return ctx.api.post('/press-releases', {
    token: press.token,
    body: { title: `Regel ${word()}`, teaser: 'Ein Anreißer.', ...body },
  })
}

function paragraphWithLink(url: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [
            {
              type: 'text',
              text: 'Mehr dazu ',
              version: 1,
              format: 0,
              style: '',
              mode: 'normal',
              detail: 0,
            },
            {
              type: 'link',
              version: 3,
              direction: 'ltr',
              format: '',
              indent: 0,
              fields: { linkType: 'custom', url, newTab: false },
              children: [
                {
                  type: 'text',
                  text: 'hier',
                  version: 1,
                  format: 0,
                  style: '',
                  mode: 'normal',
                  detail: 0,
                },
              ],
            },
          ],
        },
      ],
    },
  }
}

describe('press releases and the association profile', () => {
  it('a release gets responsiblePerson from the association when left empty, and keeps an explicit one', async () => {
    const responsible = `Erika Mustermann (Vorstand) ${word()}`
    await setAssociation({ responsiblePerson: responsible })

    const filled = await createRelease({})
    expect(filled.status, text(filled.body)).toBe(201)
    expect(filled.body.doc.responsiblePerson).toBe(responsible)

    const explicit = await createRelease({ responsiblePerson: 'Max Muster (Pressestelle)' })
    expect(explicit.status, text(explicit.body)).toBe(201)
    expect(explicit.body.doc.responsiblePerson).toBe('Max Muster (Pressestelle)')
  })

  it('boilerplateSnapshot is copied at first publication and stays when the boilerplate changes later', async () => {
    const first = `Der Kreative Klasse e.V. ist der Berufsverband … (Stand A ${word()})`
    const second = `Ganz neuer Über-uns-Text (Stand B ${word()})`
    await setAssociation({ boilerplate: first })

    const draft = await createRelease({ _status: 'draft' })
    expect(draft.status, text(draft.body)).toBe(201)
    expect(draft.body.doc.boilerplateSnapshot ?? null).toBeNull()

    const published = await ctx.api.patch(`/press-releases/${draft.body.doc.id}`, {
      token: press.token,
      body: { _status: 'published' },
    })
    expect(published.status, text(published.body)).toBe(200)
    expect(published.body.doc.boilerplateSnapshot).toBe(first)

    await setAssociation({ boilerplate: second })
    const edited = await ctx.api.patch(`/press-releases/${draft.body.doc.id}`, {
      token: press.token,
      body: { teaser: 'Ein überarbeiteter Anreißer.', _status: 'published' },
    })
    expect(edited.status, text(edited.body)).toBe(200)
    expect(edited.body.doc.boilerplateSnapshot).toBe(first)

    const anonymous = await ctx.api.get(`/press-releases/${draft.body.doc.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.boilerplateSnapshot).toBe(first)

    // A release published for the first time after the change gets the new text.
    const later = await createRelease({ _status: 'published' })
    expect(later.status, text(later.body)).toBe(201)
    expect(later.body.doc.boilerplateSnapshot).toBe(second)
  })
})

describe('links in release bodies', () => {
  it('a javascript: link is refused with 400', async () => {
    const response = await createRelease({
      body: paragraphWithLink('javascript:alert(document.cookie)'),
    })
    expect(response.status, text(response.body)).toBe(400)
    // Lexical reports the failing node field rather than the field's own message.
    expect(response.body.errors[0].data.errors[0].path).toBe('body')
    expect(text(response.body)).toMatch(/url/)
  })

  it('a javascript: link hidden with whitespace and capitals is refused too', async () => {
    const response = await createRelease({ body: paragraphWithLink(' JaVa\tScRiPt:alert(1)') })
    expect(response.status, text(response.body)).toBe(400)
  })

  it('an https:// link passes', async () => {
    const response = await createRelease({
      body: paragraphWithLink('https://kreativeklasse.ruhr/mitglieder'),
    })
    expect(response.status, text(response.body)).toBe(201)
    const link = response.body.doc.body.root.children[0].children[1]
    expect(link.fields.url).toBe('https://kreativeklasse.ruhr/mitglieder')
  })
})

describe('video embeds on project pages', () => {
  const project = (url: string) =>
    ctx.api.post('/projects', {
      token: editor.token,
      body: { title: `Videoseite ${word()}`, layout: [{ blockType: 'videoEmbed', url }] },
    })

  it('a host outside the allowlist is refused', async () => {
    const response = await project('https://videos.example.com/watch?v=dQw4w9WgXcQ')
    expect(response.status, text(response.body)).toBe(400)
    expect(text(response.body)).toMatch(/YouTube|Vimeo/)
  })

  it('a YouTube URL becomes a youtube-nocookie embedURL', async () => {
    const response = await project('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
    expect(response.status, text(response.body)).toBe(201)
    expect(response.body.doc.layout[0].embedURL).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    )
  })

  it('a youtu.be short link becomes the same embed', async () => {
    const response = await project('https://youtu.be/dQw4w9WgXcQ')
    expect(response.status, text(response.body)).toBe(201)
    expect(response.body.doc.layout[0].embedURL).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    )
  })
})

describe('events', () => {
  it('an event whose end is before its start is refused with 400', async () => {
    const response = await ctx.api.post('/events', {
      token: editor.token,
      body: {
        title: `Verdrehte Zeit ${word()}`,
        start: '2027-06-10T18:00:00.000Z',
        end: '2027-06-10T16:00:00.000Z',
      },
    })
    expect(response.status, text(response.body)).toBe(400)
    expect(text(response.body)).toContain('Das Ende liegt vor dem Beginn')
    expect(text(response.body)).not.toContain('The end is before the start')
    const english = await ctx.api.post('/events', {
      token: editor.token,
      headers: { 'Accept-Language': 'en' },
      body: {
        title: `Verdrehte Zeit ${word()}`,
        start: '2027-06-10T18:00:00.000Z',
        end: '2027-06-10T16:00:00.000Z',
      },
    })
    expect(english.status, text(english.body)).toBe(400)
    expect(text(english.body)).toContain('The end is before the start')
  })

  it('moving the end of an existing event before its start is refused too', async () => {
    const created = await ctx.api.post('/events', {
      token: editor.token,
      body: {
        title: `Richtige Zeit ${word()}`,
        start: '2027-06-10T18:00:00.000Z',
        end: '2027-06-10T21:00:00.000Z',
      },
    })
    expect(created.status, text(created.body)).toBe(201)
    const moved = await ctx.api.patch(`/events/${created.body.doc.id}`, {
      token: editor.token,
      body: { end: '2027-06-09T21:00:00.000Z' },
    })
    expect(moved.status, text(moved.body)).toBe(400)
  })

  it('an invalid RRULE is refused with 400, a valid one is accepted', async () => {
    const invalid = await ctx.api.post('/events', {
      token: editor.token,
      body: {
        title: `Kaputte Regel ${word()}`,
        start: '2027-01-14T18:00:00.000Z',
        recurrence: { rule: 'FREQ=SOMETIMES;BYDAY=XX' },
      },
    })
    expect(invalid.status, text(invalid.body)).toBe(400)
    expect(text(invalid.body)).toMatch(/RRULE|RFC 5545|recurrence/i)

    const valid = await ctx.api.post('/events', {
      token: editor.token,
      body: {
        title: `Gute Regel ${word()}`,
        start: '2027-01-14T18:00:00.000Z',
        recurrence: { rule: 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2' },
      },
    })
    expect(valid.status, text(valid.body)).toBe(201)
  })
})

describe('project page tree', () => {
  it('a child under a parent gets path /parent-slug/child-slug and breadcrumbs', async () => {
    const tag = word()
    const parent = await ctx.api.post('/projects', {
      token: editor.token,
      body: { title: `Klasse vernetzt ${tag}` },
    })
    expect(parent.status, text(parent.body)).toBe(201)
    const parentSlug = `klasse-vernetzt-${tag}`
    expect(parent.body.doc.slug).toBe(parentSlug)
    expect(parent.body.doc.path).toBe(`/${parentSlug}`)

    const child = await ctx.api.post('/projects', {
      token: editor.token,
      body: { title: `Werkstattgespräche ${tag}`, parent: parent.body.doc.id },
    })
    expect(child.status, text(child.body)).toBe(201)
    const childSlug = `werkstattgespraeche-${tag}`
    expect(child.body.doc.path).toBe(`/${parentSlug}/${childSlug}`)
    const crumbs = child.body.doc.breadcrumbs.map((crumb: { label: string; url: string }) => ({
      label: crumb.label,
      url: crumb.url,
    }))
    expect(crumbs).toEqual([
      { label: `Klasse vernetzt ${tag}`, url: `/${parentSlug}` },
      { label: `Werkstattgespräche ${tag}`, url: `/${parentSlug}/${childSlug}` },
    ])
  })
})

describe('member self-service', () => {
  it('a member changing their own consent records consent.date and consent.recordedBy', async () => {
    const memberUser = await createUser(ctx.payload, ctx.api, ['member'])
    const created = await ctx.api.post('/members', {
      token: editor.token,
      body: { name: `Selbstpflegerin ${word()}`, user: memberUser.id },
    })
    expect(created.status, text(created.body)).toBe(201)
    expect(created.body.doc.consent?.given ?? false).toBe(false)

    const before = Date.now()
    const consented = await ctx.api.patch(`/members/${created.body.doc.id}`, {
      token: memberUser.token,
      body: { consent: { given: true } },
      query: { depth: 0 },
    })
    expect(consented.status, text(consented.body)).toBe(200)
    const consent = consented.body.doc.consent
    expect(consent.given).toBe(true)
    expect(consent.recordedBy).toBe(memberUser.id)
    expect(new Date(consent.date).getTime()).toBeGreaterThanOrEqual(before - 1_000)

    // The stored values are what the hook recorded, not what a client could type in.
    const stored = await ctx.payload.findByID({
      collection: 'members',
      id: created.body.doc.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.consent?.recordedBy).toBe(memberUser.id)
    expect(stored.consent?.date).toBe(consent.date)
  })

  it('a typed-in consent date or recorder is overwritten by the hook', async () => {
    const memberUser = await createUser(ctx.payload, ctx.api, ['member'])
    const created = await ctx.api.post('/members', {
      token: editor.token,
      body: { name: `Schummlerin ${word()}`, user: memberUser.id },
    })
    expect(created.status, text(created.body)).toBe(201)
    const forged = await ctx.api.patch(`/members/${created.body.doc.id}`, {
      token: memberUser.token,
      query: { depth: 0 },
      body: { consent: { given: true, date: '2000-01-01T00:00:00.000Z', recordedBy: editor.id } },
    })
    expect(forged.status, text(forged.body)).toBe(200)
    expect(forged.body.doc.consent.recordedBy).toBe(memberUser.id)
    expect(forged.body.doc.consent.date).not.toBe('2000-01-01T00:00:00.000Z')
  })
})
