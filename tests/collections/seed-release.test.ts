import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../src/seed'
import { seedRelease } from '../../src/seed/release'
import { bootPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const release = seedRelease()
const SLUG = 'aus-dem-revier-fuer-das-revier-kreativeklasse-ruhr'

beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload)
})

describe('the seeded press release', () => {
  it('comes out of REST for an anonymous reader exactly as the press team wrote it, with its group photo', async () => {
    // The release page's documented query: by slug with `full=1` (README: Abfragen für Frontends).
    const response = await ctx.api.get('/press-releases', {
      query: { where: { slug: { equals: SLUG } }, depth: 1, full: 1 },
    })
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(1)
    const doc = response.body.docs[0]
    expect(doc.title).toBe('Aus dem Revier, für das Revier - KreativeKlasse.ruhr')
    expect(doc.teaser).toBe(release.teaser)
    expect(doc.teaser).toMatch(/^Der Kreative Klasse e\.V\. ist der Berufsverband/)
    // Lexical's plain text puts a blank line between paragraphs.
    expect(convertLexicalToPlaintext({ data: doc.body }).split('\n\n')).toEqual(release.paragraphs)
    expect(convertLexicalToPlaintext({ data: doc.body })).toMatch(/^Es gibt sie seit 2011/)
    expect(doc.heroPhoto.caption).toBe(
      'Regelmäßiger Austausch: Vorstandsmitglied Oliver Koschmieder mit Mitgliedern von Kreative Klasse e.V. bei einem der monatlichen Treffen des Verbandes.',
    )
    expect(doc.heroPhoto.credit).toBe('Kreative Klasse e.V.')
    expect(doc.heroPhoto.licence).toBe('editorial-with-credit')
    expect(doc.heroPhoto.url).toMatch(/\.jpg$/)
    expect(doc.responsiblePerson).toBe('Oliver Koschmieder (Vorstand)')
    expect(doc.boilerplateSnapshot).toMatch(/Berufsverband/)
  })

  it('comes out of GraphQL the same way', async () => {
    const response = await ctx.api.graphql(
      `query ($slug: String!) { PressReleases(where: { slug: { equals: $slug } }) { docs { title teaser body heroPhoto { caption credit alt } } } }`,
      { slug: SLUG },
    )
    expect(response.body.errors).toBeUndefined()
    const doc = response.body.data.PressReleases.docs[0]
    expect(doc.title).toBe(release.title)
    expect(doc.teaser).toBe(release.teaser)
    expect(convertLexicalToPlaintext({ data: doc.body }).split('\n\n')).toEqual(release.paragraphs)
    expect(doc.heroPhoto.caption).toBe(release.caption)
    expect(doc.heroPhoto.credit).toBe('Kreative Klasse e.V.')
  })

  it('seeding again changes nothing (idempotent)', async () => {
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          (
            [
              'press-releases',
              'photos',
              'members',
              'events',
              'venues',
              'projects',
              'users',
            ] as const
          ).map(
            async (collection) =>
              [collection, (await ctx.payload.count({ collection })).totalDocs] as const,
          ),
        ),
      )
    const before = await count()
    await seed(ctx.payload)
    expect(await count()).toEqual(before)
    const seeded = await ctx.payload.count({
      collection: 'press-releases',
      where: { slug: { equals: SLUG } },
    })
    expect(seeded.totalDocs).toBe(1)
  })

  it('the seeded festival has two venues and a program, the monthly evening a recurrence', async () => {
    const festival = await ctx.api.get('/events', {
      query: { where: { slug: { equals: 'extraklasse-2027' } }, full: 1 },
    })
    expect(festival.body.docs[0].venues).toHaveLength(2)
    expect(festival.body.docs[0].program.length).toBeGreaterThanOrEqual(2)
    const evening = await ctx.api.get('/events', {
      query: { where: { slug: { equals: 'kreative-klasse-abend' } }, full: 1 },
    })
    expect(evening.body.docs[0].recurrence.rule).toBe('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2')
    expect(evening.body.docs[0].nextOccurrences.length).toBeGreaterThan(0)
    const child = await ctx.api.get('/projects', {
      query: { where: { slug: { equals: 'werkstattgespraeche' } } },
    })
    expect(child.body.docs[0].path).toBe('/klasse-vernetzt/werkstattgespraeche')
  })
})
