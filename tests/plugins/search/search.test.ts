import { buildEditorState } from '@payloadcms/richtext-lexical'
/**
 * A reader of the .ruhr websites types German (or English) words into the search box and finds
 * releases, portraits, project pages and events — however they spell umlauts, ß, compounds, with
 * half a word or a typo — but never anything they could not read through REST: no drafts, nothing
 * under Sperrfrist, no portrait without consent, no contact detail. Staff find their drafts too.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { databasePool } from '../../../src/lib/database/resilience'
import { richTextFromMarkdown } from '../../../src/lib/richtext/markdown'
import { seed } from '../../../src/seed'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let press: TestUser
let editor: TestUser

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()
const text = (body: unknown) => JSON.stringify(body)

type Hit = {
  type: string
  id: number
  slug: string
  title: string
  snippet: string
  url: string | null
  publishedAt: string | null
  rank: number
}

/** Fixtures, created through REST as the press office and editors would. */
const ids: Record<string, number> = {}

async function create(
  collection: string,
  body: Record<string, unknown>,
  query: Record<string, unknown> = {},
) {
  // Releases are the press office's; portraits, projects and events the editors'.
  const token = collection === 'press-releases' ? press.token : editor.token
  const response = await ctx.api.post(`/${collection}`, { token, body, query })
  expect(response.status, text(response.body)).toBe(201)
  return response.body.doc.id as number
}

async function search(query: Record<string, string | number>, token?: string) {
  return ctx.api.get('/search', { query, token })
}

async function hits(
  q: string,
  extra: Record<string, string | number> = {},
  token?: string,
): Promise<Hit[]> {
  const response = await search({ q, ...extra }, token)
  expect(response.status, text(response.body)).toBe(200)
  return response.body.docs as Hit[]
}

beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload)
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])

  ids.reception = await create('press-releases', {
    _status: 'published',
    title: 'Frühjahrsempfang der Kreativ-Wirtschaft im Märzenbecherhaus',
    teaser: 'Der Verein lädt im März zum Empfang in die Großküche in Überruhr.',
    body: await richTextFromMarkdown(
      ctx.payload,
      'Mit Musik, Gesprächen und Häppchen am Baldeneysee.\n\nEintrittspreise unter 10 € & mehr: <script>alert("x")</script> bleibt hier nur Text.',
    ),
  })
  const english = await ctx.api.patch(`/press-releases/${ids.reception}`, {
    token: press.token,
    query: { locale: 'en' },
    body: {
      title: 'Spring reception of the creative industries',
      teaser: 'The association invites its members to a reception in March.',
    },
  })
  expect(english.status, text(english.body)).toBe(200)

  ids.festival = await create('press-releases', {
    _status: 'published',
    title: 'Werkschau Zollverein: Fotografinnen zeigen das Revier',
    teaser: 'Zwölf Mitglieder stellen in der Kohlenwäsche aus.',
  })
  ids.workshop = await create('press-releases', {
    _status: 'published',
    title: 'Neue Design-Werkstatt in Bochum',
    teaser: 'Ein Ort für Prototypen.',
    body: buildEditorState({ text: 'Die Eröffnung feiern wir mit den Nachbarn vom Zollverein.' }),
  })
  ids.streetFestival = await create('press-releases', {
    _status: 'published',
    title: 'Straßenfest der Illustratorinnen in Dortmund-Hörde',
    teaser: 'Zeichnen unter freiem Himmel am Phoenixsee.',
  })
  ids.draft = await create(
    'press-releases',
    { title: 'Geheimprojekt Leuchtturmwärter', teaser: 'Noch nicht freigegeben.' },
    { draft: 'true' },
  )
  ids.embargoed = await create('press-releases', {
    _status: 'published',
    embargo: inHours(48),
    title: 'Zauberwürfelmeisterschaft der Spieleentwickler',
    teaser: 'Erst nach der Sperrfrist öffentlich.',
  })

  ids.consenting = await create('members', {
    name: 'Jürgen Größmann',
    boardRole: 'Schatzmeister',
    bio: buildEditorState({
      text: 'Fotograf aus Gelsenkirchen-Buer, spezialisiert auf Industriekultur.',
    }),
    consent: { given: true },
    contact: {
      email: 'tiefgeheim.postfach@example.org',
      emailVisibility: 'hidden',
      address: 'Hinterhofgasse 7, 45879 Gelsenkirchen',
      addressVisibility: 'members',
    },
  })
  ids.withoutConsent = await create('members', {
    name: 'Kunigunde Zwiebelhaupt',
    consent: { given: false },
  })

  ids.project = await create('projects', {
    _status: 'published',
    title: 'Nachbarschaftsatelier Katernberg',
    summary: 'Offene Türen für die Nachbarschaft.',
  })
  ids.event = await create('events', {
    _status: 'published',
    title: 'Sommernacht auf der Kokerei Hansa',
    start: inHours(24 * 30),
    description: buildEditorState({
      text: 'Lichtinstallationen und Konzerte zwischen den Öfen, danach Crêpes im Cafébistro.',
    }),
  })
}, 120_000)

describe('German full-text search: the expected top hit', () => {
  // [query, extra parameters, fixture key or a title pattern of seeded content]
  const table: Array<[string, Record<string, string>, string | RegExp]> = [
    ['Märzenbecherhaus', {}, 'reception'],
    ['Maerzenbecherhaus', {}, 'reception'],
    ['Marzenbecherhaus', {}, 'reception'],
    ['Großküche', {}, 'reception'],
    ['Grossküche', {}, 'reception'],
    ['Grosskueche', {}, 'reception'],
    ['Überruhr', {}, 'reception'],
    ['Ueberruhr', {}, 'reception'],
    ['Strassenfest Hoerde', {}, 'streetFestival'],
    ['Straßenfest Hörde', {}, 'streetFestival'],
    ['Kreativwirtschaft Märzenbecherhaus', {}, 'reception'],
    ['Designwerkstatt', {}, 'workshop'],
    ['Design-Werkstatt', {}, 'workshop'],
    ['Frühjahrsemp', {}, 'reception'],
    ['Fruehjahrsempf', {}, 'reception'],
    ['Zollverein Fotografinnen', {}, 'festival'],
    ['Zwölf Mitglieder Kohlenwäsche', {}, 'festival'],
    ['Juergen Groessmann', { type: 'members' }, 'consenting'],
    ['Grossmann Schatzmeister', { type: 'members' }, 'consenting'],
    ['Industriekultur', { type: 'members' }, 'consenting'],
    ['Kokerei', { type: 'events' }, 'event'],
    ['Lichtinstallation', { type: 'events' }, 'event'],
    ['Cafébistro Crêpes', { type: 'events' }, 'event'],
    ['Nachbarschaftsatelier', { type: 'projects' }, 'project'],
    ['Werkstattgesprache', { type: 'projects' }, /^Werkstattgespräche$/],
    ['Koschmieder', { type: 'members' }, /Koschmieder/],
    ['Extraklase', { type: 'events' }, /^Extraklasse/],
    ['Extrklasse', { type: 'events' }, /^Extraklasse/],
    ['Kokerie', { type: 'events' }, 'event'],
    ['Sommernacht Kokerie', { type: 'events' }, 'event'],
    ['spring receptions', { locale: 'en' }, 'reception'],
    ['creative industry', { locale: 'en' }, 'reception'],
  ]

  it.each(table)('%s %j', async (q, extra, expected) => {
    const [top] = await hits(q, extra)
    expect(top, `no hit for ${q}`).toBeDefined()
    if (typeof expected === 'string') expect(top!.id, text(top)).toBe(ids[expected])
    else expect(top!.title).toMatch(expected)
  })

  it('as you type: "Kreati" already finds the release about the Kreativ-Wirtschaft', async () => {
    const found = await hits('Kreati', { type: 'press-releases', limit: 50 })
    expect(found.map((hit) => hit.id)).toContain(ids.reception)
  })

  it('a title hit outranks the same word in the body', async () => {
    const found = await hits('Zollverein', { type: 'press-releases', limit: 50 })
    const order = found.map((hit) => hit.id)
    expect(order.indexOf(ids.festival!)).toBeGreaterThanOrEqual(0)
    expect(order.indexOf(ids.festival!)).toBeLessThan(order.indexOf(ids.workshop!))
  })

  it('a typo is found through the trigram fallback, and says so', async () => {
    // "Extraklase" is still a prefix of the stem of "Extraklasse"; a letter missing in the middle is not.
    expect((await search({ q: 'Extraklase', type: 'events' })).body.match).toBe('fts')
    const response = await search({ q: 'Extrklasse', type: 'events' })
    expect(response.body.match).toBe('trigram')
    expect(response.body.docs[0].title).toMatch(/^Extraklasse/)
    const exact = await search({ q: 'Kokerei', type: 'events' })
    expect(exact.body.match).toBe('fts')
  })
})

describe('hits show what a reader may see, highlighted and escaped', () => {
  it('a hit has type, id, slug, title, a snippet with <mark>, the frontend URL, publishedAt and rank', async () => {
    const [top] = await hits('Großküche')
    expect(top).toMatchObject({
      type: 'press-releases',
      id: ids.reception,
      title: 'Frühjahrsempfang der Kreativ-Wirtschaft im Märzenbecherhaus',
    })
    expect(top!.snippet).toContain('<mark>Großküche</mark>')
    expect(top!.url).toBe(`https://kreativeklasse.ruhr/presse/${top!.slug}`)
    expect(top!.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(top!.rank).toBeGreaterThan(0)
  })

  it('an umlaut spelled ae still highlights the word as written', async () => {
    const [top] = await hits('Maerz', { type: 'press-releases' })
    expect(top!.id).toBe(ids.reception)
    expect(top!.snippet).toContain('<mark>März</mark>')
  })

  it('HTML in the content comes back escaped; only <mark> is markup', async () => {
    const [top] = await hits('Eintrittspreise')
    expect(top!.id).toBe(ids.reception)
    expect(top!.snippet).toContain('<mark>Eintrittspreise</mark>')
    expect(top!.snippet).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(top!.snippet).toContain('&amp; mehr')
    expect(top!.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
  })

  it('projects link by their path, members and events by slug', async () => {
    const [project] = await hits('Werkstattgespräche', { type: 'projects' })
    expect(project!.url).toBe(
      'https://kreativeklasse.ruhr/projekte/klasse-vernetzt/werkstattgespraeche',
    )
    const [member] = await hits('Größmann', { type: 'members' })
    expect(member!.url).toBe(`https://kreativeklasse.ruhr/mitglieder/${member!.slug}`)
    expect(member!.publishedAt).toBeNull()
    const [event] = await hits('Kokerei', { type: 'events' })
    expect(event!.url).toBe(`https://kreativeklasse.ruhr/veranstaltungen/${event!.slug}`)
  })
})

describe('nothing a reader may not see', () => {
  it('a draft is not found anonymously, but by staff', async () => {
    expect(await hits('Leuchtturmwärter')).toEqual([])
    expect(await hits('Leuchtturmwarter')).toEqual([])
    const staff = await hits('Leuchtturmwärter', {}, press.token)
    expect(staff.map((hit) => hit.id)).toContain(ids.draft)
  })

  it('a draft change of a published release stays unfindable until published; the published text stays findable', async () => {
    const draft = await ctx.api.patch(`/press-releases/${ids.festival}`, {
      token: press.token,
      query: { draft: 'true' },
      body: { teaser: 'Neu: ein Baustellenkonzert in der Kohlenwäsche.' },
    })
    expect(draft.status, text(draft.body)).toBe(200)
    expect(await hits('Baustellenkonzert')).toEqual([])
    expect((await hits('Zwölf Mitglieder', { limit: 5 })).map((hit) => hit.id)).toContain(
      ids.festival,
    )
    expect((await hits('Baustellenkonzert', {}, press.token)).map((hit) => hit.id)).toEqual([
      ids.festival,
    ])

    const publish = await ctx.api.patch(`/press-releases/${ids.festival}`, {
      token: press.token,
      body: { _status: 'published' },
    })
    expect(publish.status, text(publish.body)).toBe(200)
    expect((await hits('Baustellenkonzert', { limit: 2 })).map((hit) => hit.id)).toEqual([
      ids.festival,
    ])
  })

  it('a release under Sperrfrist is found only once the Sperrfrist has passed', async () => {
    expect(await hits('Zauberwürfelmeisterschaft')).toEqual([])
    expect((await hits('Zauberwürfelmeisterschaft', {}, press.token)).map((hit) => hit.id)).toEqual(
      [ids.embargoed],
    )
    // As the clock would: the stored Sperrfrist moves into the past (a new URL: no cached answer).
    const pool = databasePool(ctx.payload)!
    await pool.query('update press_releases set embargo = $1 where id = $2', [
      inHours(-0.01),
      ids.embargoed,
    ])
    await pool.query('update _press_releases_v set version_embargo = $1 where parent_id = $2', [
      inHours(-0.01),
      ids.embargoed,
    ])
    expect((await hits('Zauberwürfelmeisterschaft', { limit: 3 })).map((hit) => hit.id)).toEqual([
      ids.embargoed,
    ])
  })

  it('a portrait without consent is not found anonymously (staff find it)', async () => {
    expect(await hits('Zwiebelhaupt')).toEqual([])
    expect(await hits('Zwiebelhaupt', { type: 'members' })).toEqual([])
    expect((await hits('Zwiebelhaupt', {}, press.token)).map((hit) => hit.id)).toEqual([
      ids.withoutConsent,
    ])
  })

  it('contact details are never searchable, hidden or members-only', async () => {
    expect(await hits('tiefgeheim')).toEqual([])
    expect(await hits('Hinterhofgasse')).toEqual([])
    expect(await hits('Hinterhofgasse', {}, press.token)).toEqual([])
  })
})

describe('parameters', () => {
  const refused: Array<[string, Record<string, string>]> = [
    ['no q', {}],
    ['empty q', { q: '   ' }],
    ['q longer than 200 characters', { q: 'ä'.repeat(201) }],
    ['unknown type', { q: 'Kokerei', type: 'events,photos' }],
    ['empty type', { q: 'Kokerei', type: '' }],
    ['unknown locale', { q: 'Kokerei', locale: 'fr' }],
    ['limit 0', { q: 'Kokerei', limit: '0' }],
    ['limit 51', { q: 'Kokerei', limit: '51' }],
    ['limit not a number', { q: 'Kokerei', limit: 'zehn' }],
    ['limit a fraction', { q: 'Kokerei', limit: '2.5' }],
  ]

  it.each(refused)('%s is a 400 in German and English', async (_, query) => {
    const response = await search(query)
    expect(response.status, text(response.body)).toBe(400)
    expect(response.body.errors[0].message).toMatch(/ \/ /)
  })

  it('200 characters, limit 50, every type and odd characters are fine (never a 500)', async () => {
    expect((await search({ q: 'ä'.repeat(200) })).status).toBe(200)
    expect(
      (await search({ q: 'Kokerei', limit: 50, type: 'press-releases,members,projects,events' }))
        .status,
    ).toBe(200)
    for (const q of ["'&|!:*()", '<>', 'a:* & !b', '\\', '"Kokerei"', '😀', 'der die das']) {
      const response = await search({ q })
      expect(response.status, `${q}: ${text(response.body)}`).toBe(200)
    }
    expect((await hits('Kokerei!', { type: 'events' }))[0]!.id).toBe(ids.event)
  })

  it('limit caps the hits', async () => {
    expect((await hits('Zollverein', { limit: 1 })).length).toBe(1)
  })

  it('anonymous answers are public and cacheable; staff answers private', async () => {
    const anonymous = await search({ q: 'Kokerei' })
    expect(anonymous.headers.get('cache-control')).toMatch(/public/)
    const staff = await search({ q: 'Kokerei' }, press.token)
    expect(staff.headers.get('cache-control')).toMatch(/private/)
  })
})
