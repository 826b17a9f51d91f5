import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { CARD_RENDITIONS, DISPLAY_RENDITIONS } from '../../collections/shapes'
import { richTextFromMarkdown } from '../../src/lib/richtext/markdown'
import { createContent, marker } from '../helpers/content'
import { createUser, type TestUser } from '../helpers/users'
import { bootPhotos, type PhotoContext, upload } from '../plugins/press-photos/helpers'

/**
 * Story: a .ruhr frontend renders "Neueste Pressemitteilungen" (20 cards), a release page by slug, a
 * tag page, the next events and member/project pages with one request each, and gets what it shows:
 * no bodies on list pages, photos with credit and licence and only the renditions a page uses.
 */

const PAGE_BUDGET_BYTES = 25 * 1024

// The association's real Anreißer (src/seed/data, 366 characters).
const TEASER =
  'Der Kreative Klasse e.V. ist der Berufsverband für Kultur- und Kreativschaffende im Ruhrgebiet. Hier können sich ' +
  'die Mitglieder regelmäßig austauschen, finden sich zu neuen Kooperationen zusammen oder erhalten Hilfe bei der ' +
  'Vertretung ihrer Interessen. Mit der Domain-Endung .ruhr macht der Verband nun auch digital sichtbar, woher er stammt ' +
  'und für wen er arbeitet.'
const CAPTION =
  'Regelmäßiger Austausch: Vorstandsmitglied Oliver Koschmieder mit Mitgliedern von Kreative Klasse e.V. bei einem der monatlichen Treffen.'
const TAGS = ['Verband', 'Extraklasse', 'Klasse vernetzt', 'Ruhrgebiet', 'Festival', 'Essen']

/** About 3 KB of body text: the part a list never needs. */
const body = (title: string) =>
  richTextFromMarkdown(
    ctx.payload,
    Array.from({ length: 6 }, (_, i) => `${title}, Absatz ${i + 1}. ${TEASER}`).join('\n\n'),
  )

let ctx: PhotoContext
let press: TestUser
let editor: TestUser
let run: string
const releases: { id: number; slug: string; title: string }[] = []
let memberID: number
let eventID: number
let projectPath: string
let attachmentID: number

/** Keys of an object, sorted, for exact-shape assertions. */
const keys = (value: object) => Object.keys(value).sort()

const PHOTO_KEYS = [
  'alt',
  'caption',
  'credit',
  'focalX',
  'focalY',
  'height',
  'id',
  'licence',
  'licenceNote',
  'renditions',
  'url',
  'width',
]
const CARD_PHOTO_KEYS = ['alt', 'credit', 'id', 'licence', 'licenceNote', 'renditions']
const SOURCE_KEYS = ['height', 'mimeType', 'name', 'url', 'width']
const RELEASE_LIST_KEYS = ['displayDate', 'heroPhoto', 'id', 'slug', 'tags', 'teaser', 'title']
/** Fields that are in the database but never part of a frontend's shape. */
const NEVER_SHOWN = [
  'legalBasis',
  'peopleShown',
  'contentHash',
  'withdrawn',
  'copyrightHolder',
  'consent',
  'contact',
  'user',
]

function expectNoneOf(json: string, names: string[]) {
  for (const name of names) expect(json, name).not.toContain(`"${name}":`)
}

async function photo(index: number, token: string) {
  // Solid colours encode fast; the JSON of a photo does not depend on its pixels.
  const bytes = await sharp({
    create: {
      width: 2400,
      height: 1600,
      channels: 3,
      background: { r: 40 + index * 9, g: 90, b: 160 },
    },
  })
    .jpeg()
    .toBuffer()
  const response = await upload(ctx.api, token, bytes, `kreative-klasse-treffen-${index + 1}.jpg`, {
    alt: `Gruppenfoto ${index + 1}: Mitglieder des Kreative Klasse e.V. bei einem monatlichen Treffen`,
    caption: CAPTION,
    credit: 'Jürgen Müller',
    copyrightHolder: '© 2026 Kreative Klasse e.V.',
    licence: 'editorial-with-credit',
    legalBasis: 'public-event',
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number
}

beforeAll(async () => {
  // File URLs are measured at the length of the public address, not of localhost (this file's worker only).
  process.env.SERVER_URL = 'https://cms.kreativeklasse.ruhr'
  ctx = await bootPhotos()
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  run = marker('shape')

  const portrait = await photo(99, editor.token)
  const member = await ctx.api.post('/members', {
    token: editor.token,
    body: {
      name: `Oliver Koschmieder ${run}`,
      portrait,
      consent: { given: true },
      contact: { email: 'ok@example.org', emailVisibility: 'hidden' },
    },
  })
  expect(member.status, JSON.stringify(member.body)).toBe(201)
  memberID = member.body.doc.id

  const event = await ctx.api.post('/events', {
    token: press.token,
    body: {
      title: `Kreative Klasse-Abend ${run}`,
      start: '2026-01-08T18:00:00.000Z',
      recurrence: { rule: 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2' },
      description: await body('Abend'),
      _status: 'published',
    },
  })
  expect(event.status, JSON.stringify(event.body)).toBe(201)
  eventID = event.body.doc.id

  const project = await ctx.api.post('/projects', {
    token: press.token,
    body: {
      title: `Klasse vernetzt ${run}`,
      summary: 'Werkstattgespräche im Revier.',
      _status: 'published',
    },
  })
  expect(project.status, JSON.stringify(project.body)).toBe(201)
  projectPath = project.body.doc.path

  attachmentID = (await createContent(ctx.payload, 'documents', { title: 'Pressemappe' })).id

  for (let i = 0; i < 20; i++) {
    const heroPhoto = await photo(i, press.token)
    const title = `Extraklasse ${i + 1}: Kreative aus dem Revier zeigen ihre Arbeit ${run}`
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title,
        teaser: TEASER,
        body: await body(title),
        heroPhoto,
        heroCaption: CAPTION,
        gallery: [heroPhoto],
        tags: [TAGS[i % TAGS.length], TAGS[(i + 1) % TAGS.length], run],
        pressContacts: [
          {
            name: 'Pressestelle',
            role: 'Presse',
            email: 'presse@example.org',
            phone: '+49 201 000000',
          },
        ],
        relatedMembers: [memberID],
        relatedEvents: [eventID],
        attachments: [attachmentID],
        seo: { title: title.slice(0, 60), description: TEASER.slice(0, 150) },
        displayDate: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    releases.push({ id: created.body.doc.id, slug: created.body.doc.slug, title })
  }
}, 600_000)

describe('list responses are slim: a page of 20 releases', () => {
  it('an anonymous frontend gets the newest 20 releases with photo, tags, teaser and date in ≤ 25 KB, without bodies', async () => {
    const response = await ctx.api.get('/press-releases', {
      query: { where: { tags: { equals: run } }, limit: 20, depth: 1 },
    })
    expect(response.status).toBe(200)
    const json = JSON.stringify(response.body)
    const full = await ctx.api.get('/press-releases', {
      query: { where: { tags: { equals: run } }, limit: 20, depth: 1, full: 1 },
    })
    console.info(
      `page of 20 releases: ${Buffer.byteLength(json)} bytes (full documents: ${Buffer.byteLength(JSON.stringify(full.body))})`,
    )

    expect(response.body.docs).toHaveLength(20)
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(PAGE_BUDGET_BYTES)
    expect(response.body.docs.map((doc: { title: string }) => doc.title)).toEqual(
      [...releases].reverse().map((release) => release.title),
    )
    for (const doc of response.body.docs) {
      expect(keys(doc)).toEqual(RELEASE_LIST_KEYS)
      expect(doc.teaser).toBe(TEASER)
      expect(doc.tags).toContain(run)
      expect(keys(doc.heroPhoto)).toEqual(CARD_PHOTO_KEYS)
      expect(doc.heroPhoto.credit).toBe('Jürgen Müller')
      expect(doc.heroPhoto.licence).toBe('editorial-with-credit')
      expect(doc.heroPhoto.renditions.map((row: { name: string }) => row.name)).toEqual([
        ...CARD_RENDITIONS,
      ])
      for (const row of doc.heroPhoto.renditions) {
        expect(keys(row)).toEqual(SOURCE_KEYS)
        expect(row.url).toMatch(/^http.*\/api\/photos\/file\/kreative-klasse-treffen-/)
        expect((await ctx.api.get(row.url.slice(ctx.api.baseURL.length))).status).toBe(200)
      }
    }
    expectNoneOf(json, ['body', 'boilerplateSnapshot', 'pressContacts', ...NEVER_SHOWN])
  })

  it('a logged-in reader gets the same list shape; GraphQL answers exactly the fields it asks for', async () => {
    const staff = await ctx.api.get('/press-releases', {
      token: press.token,
      query: { where: { tags: { equals: run } }, limit: 20 },
    })
    expect(staff.status).toBe(200)
    expect(keys(staff.body.docs[0])).toEqual(RELEASE_LIST_KEYS)

    const graphql = await ctx.api.graphql(
      `query ($tag: String) { PressReleases(where: { tags: { equals: $tag } }, limit: 20, select: true) {
        docs { title slug teaser displayDate tags heroPhoto { alt credit licence url renditions { name url width height mimeType } } body } } }`,
      { tag: run },
    )
    expect(graphql.status).toBe(200)
    const docs = graphql.body.data.PressReleases.docs
    expect(docs).toHaveLength(20)
    expect(keys(docs[0])).toEqual([
      'body',
      'displayDate',
      'heroPhoto',
      'slug',
      'tags',
      'teaser',
      'title',
    ])
    expect(keys(docs[0].heroPhoto)).toEqual(['alt', 'credit', 'licence', 'renditions', 'url'])
    expect(docs[0].heroPhoto.url).toMatch(/\/api\/photos\/file\/kreative-klasse-treffen-/)
    // GraphQL returns every rendition row a query asks for; each with its computed url.
    expect(docs[0].heroPhoto.renditions.length).toBeGreaterThanOrEqual(DISPLAY_RENDITIONS.length)
    for (const row of docs[0].heroPhoto.renditions) expect(row.url).toMatch(/\/api\/photos\/file\//)
    // GraphQL is not a REST list: it still brings the body when the query asks for it.
    expect(docs[0].body.root.children).toHaveLength(6)
  })

  it('an explicit select is Payload’s own: exactly the selected fields', async () => {
    const response = await ctx.api.get('/press-releases', {
      query: { where: { tags: { equals: run } }, limit: 2, select: { title: true, body: true } },
    })
    expect(response.status).toBe(200)
    expect(keys(response.body.docs[0])).toEqual(['body', 'id', 'title'])
    expect(response.body.docs[0].body.root.children).toHaveLength(6)
  })
})

describe('a release page by slug: one request with ?full=1', () => {
  it('brings the body, the hero photo with the display renditions, slim related members and events', async () => {
    const { slug, id } = releases[3]!
    const response = await ctx.api.get('/press-releases', {
      query: {
        where: { or: [{ slug: { equals: slug } }, { 'previousSlugs.slug': { equals: slug } }] },
        limit: 1,
        full: 1,
      },
    })
    expect(response.status).toBe(200)
    const [doc] = response.body.docs
    expect(doc.id).toBe(id)
    expect(doc.body.root.children).toHaveLength(6)
    expect(doc).toHaveProperty('boilerplateSnapshot')
    expect(doc.pressContacts).toHaveLength(1)

    expect(keys(doc.heroPhoto)).toEqual(PHOTO_KEYS)
    expect(doc.heroPhoto).toMatchObject({
      caption: CAPTION,
      credit: 'Jürgen Müller',
      licence: 'editorial-with-credit',
      width: 2400,
      height: 1600,
    })
    expect(doc.heroPhoto.url).toMatch(
      /\/api\/photos\/file\/kreative-klasse-treffen-4-[0-9a-f]+\.jpg$/,
    )
    expect(doc.heroPhoto.renditions.map((row: { name: string }) => row.name)).toEqual([
      ...DISPLAY_RENDITIONS,
    ])
    for (const row of doc.heroPhoto.renditions) expect(keys(row)).toEqual(SOURCE_KEYS)
    expect(keys(doc.gallery[0])).toEqual(PHOTO_KEYS)

    expect(doc.relatedMembers).toHaveLength(1)
    expect(keys(doc.relatedMembers[0])).toEqual(['id', 'name', 'portrait', 'slug'])
    expect(typeof doc.relatedMembers[0].portrait).toBe('number')
    expect(keys(doc.relatedEvents[0])).toEqual([
      'allDay',
      'end',
      'id',
      'kind',
      'slug',
      'start',
      'title',
    ])
    expect(keys(doc.attachments[0])).toEqual([
      'filename',
      'filesize',
      'id',
      'mimeType',
      'title',
      'url',
    ])
    expect(doc.attachments[0].url).toMatch(/\/api\/documents\/file\/doc-[0-9a-f]+\.pdf$/)
    expectNoneOf(JSON.stringify(doc), NEVER_SHOWN)

    // The same document by id is whole as well.
    const byID = await ctx.api.get(`/press-releases/${id}`)
    expect(byID.status).toBe(200)
    expect(byID.body.body.root.children).toHaveLength(6)
    expect(keys(byID.body.heroPhoto)).toEqual(PHOTO_KEYS)
  })

  it('a member populated at depth 2 brings the portrait in the photo shape; a photo read by itself keeps every rendition', async () => {
    const response = await ctx.api.get(`/press-releases/${releases[0]!.id}`, {
      query: { depth: 2 },
    })
    expect(response.status).toBe(200)
    const portrait = response.body.relatedMembers[0].portrait
    expect(keys(portrait)).toEqual(PHOTO_KEYS)
    expectNoneOf(JSON.stringify(response.body.relatedMembers), NEVER_SHOWN)

    const whole = await ctx.api.get(`/photos/${portrait.id}`)
    expect(whole.status).toBe(200)
    expect(whole.body.renditions.map((row: { name: string }) => row.name)).toEqual(
      expect.arrayContaining(['thumbnail', ...DISPLAY_RENDITIONS, 'print']),
    )
    // A reader who wants more of a populated photo asks for it.
    const more = await ctx.api.get(`/press-releases/${releases[0]!.id}`, {
      query: { populate: { photos: { renditions: true } } },
    })
    expect(more.body.heroPhoto.renditions).toHaveLength(whole.body.renditions.length)
  })
})

describe('events and projects', () => {
  it('the next-events list skips description and the computed dates unless selected; selecting them computes them', async () => {
    const list = await ctx.api.get('/events', { query: { where: { title: { contains: run } } } })
    expect(list.status).toBe(200)
    const [event] = list.body.docs
    expect(event.id).toBe(eventID)
    expect(event).not.toHaveProperty('description')
    expect(event).not.toHaveProperty('nextOccurrences')
    expect(event).not.toHaveProperty('recurrence')

    const withDates = await ctx.api.get('/events', {
      query: {
        where: { title: { contains: run } },
        select: { title: true, nextOccurrences: true },
      },
    })
    expect(withDates.status).toBe(200)
    const dates = withDates.body.docs[0].nextOccurrences as string[]
    expect(dates.length).toBeGreaterThan(0)
    for (const date of dates) expect(new Date(date).getTime()).toBeGreaterThan(Date.now())

    const whole = await ctx.api.get(`/events/${eventID}`)
    expect(whole.body.nextOccurrences).toEqual(dates)
    expect(whole.body.description.root.children).toHaveLength(6)
  })

  it('a project list has no layout; the project page by path with ?full=1 has it', async () => {
    const list = await ctx.api.get('/projects', {
      query: { where: { path: { equals: projectPath } } },
    })
    expect(list.status).toBe(200)
    expect(list.body.docs[0]).not.toHaveProperty('layout')
    expect(list.body.docs[0].path).toBe(projectPath)
    const page = await ctx.api.get('/projects', {
      query: { where: { path: { equals: projectPath } }, limit: 1, full: 1 },
    })
    expect(page.body.docs[0]).toHaveProperty('layout')
  })

  it('a member by slug never shows hidden contact details or consent', async () => {
    const member = await ctx.payload.findByID({ collection: 'members', id: memberID, depth: 0 })
    const response = await ctx.api.get('/members', {
      query: { where: { slug: { equals: member.slug } }, limit: 1 },
    })
    expect(response.status).toBe(200)
    expect(response.body.docs[0].name).toBe(member.name)
    expect(keys(response.body.docs[0].portrait)).toEqual(PHOTO_KEYS)
    expectNoneOf(JSON.stringify(response.body), [
      'consent',
      'user',
      'email',
      'legalBasis',
      'withdrawn',
    ])
  })
})

describe('slim shapes keep the takedown', () => {
  it('a withdrawn hero photo is null on the list card and on the release page, never its card', async () => {
    const release = releases[19]!
    const before = await ctx.api.get(`/press-releases/${release.id}`, { query: { depth: 0 } })
    const photoID = before.body.heroPhoto as number
    const photo = await ctx.api.get(`/photos/${photoID}`)
    expect(
      (await ctx.api.patch(`/photos/${photoID}`, { token: press.token, body: { withdrawn: true } }))
        .status,
    ).toBe(200)
    try {
      const list = await ctx.api.get('/press-releases', {
        query: { where: { tags: { equals: run } }, limit: 20 },
      })
      const card = list.body.docs.find((doc: { id: number }) => doc.id === release.id)
      expect(card.heroPhoto).toBeNull()
      const page = await ctx.api.get('/press-releases', {
        query: { where: { slug: { equals: release.slug } }, full: 1 },
      })
      expect(page.body.docs[0].heroPhoto).toBeNull()
      for (const body of [list.body, page.body])
        expect(JSON.stringify(body)).not.toContain(`"${photo.body.alt}"`)
    } finally {
      await ctx.api.patch(`/photos/${photoID}`, { token: press.token, body: { withdrawn: false } })
    }
  })
})
