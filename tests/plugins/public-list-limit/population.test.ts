/**
 * plugins/public-list-limit caps the reader's own list request, never the queries Payload runs to
 * populate the relations of what the reader gets.
 *
 * User story: "As a visitor of the festival site I see every venue of the festival, even though I
 * may not download a whole collection in one request."
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'

// More than Payload's default page of 10, which the cap used to force on the population query.
const VENUES = 15

let ctx: TestContext
let festival: { id: number }
const venueIDs: number[] = []

beforeAll(async () => {
  ctx = await bootPayload()
  const run = marker('festival')
  for (let index = 0; index < VENUES; index++) {
    venueIDs.push(
      (await createContent(ctx.payload, 'venues', {}, { label: `${run} Ort ${index}` })).id,
    )
  }
  festival = await createContent(
    ctx.payload,
    'events',
    { _status: 'published', venues: venueIDs },
    { label: `${run} Extraklasse` },
  )
})

describe('population is not a list request', () => {
  it(`an anonymous reader gets all ${VENUES} venues populated over REST (by id and in a list)`, async () => {
    const byID = await ctx.api.get(`/events/${festival.id}`, { query: { depth: 1 } })
    expect(byID.status).toBe(200)
    expect(byID.body.venues.map((venue: { id: number; name: string }) => venue.id)).toEqual(
      venueIDs,
    )
    expect(
      byID.body.venues.every((venue: { name?: string }) => typeof venue.name === 'string'),
    ).toBe(true)

    const list = await ctx.api.get('/events', {
      query: { depth: 1, where: { id: { equals: festival.id } } },
    })
    expect(list.body.docs[0].venues.map((venue: { id: number }) => venue.id)).toEqual(venueIDs)
  })

  it(`an anonymous reader gets all ${VENUES} venues over GraphQL, none null`, async () => {
    const response = await ctx.api.graphql(
      'query ($id: Int!) { Event(id: $id) { venues { id name } } }',
      { id: festival.id },
    )
    expect(response.body.errors).toBeUndefined()
    expect(
      response.body.data.Event.venues.map((venue: { id: number } | null) => venue?.id),
    ).toEqual(venueIDs)
  })

  it('the reader’s own list request is still capped (pagination=false over the same venues)', async () => {
    const response = await ctx.api.get('/venues', {
      query: { pagination: false, where: { id: { in: venueIDs } } },
    })
    expect(response.status).toBe(200)
    // The cap turns pagination back on: Payload's default page of 10, with the rest on page 2.
    expect(response.body.docs).toHaveLength(10)
    expect(response.body.totalDocs).toBe(VENUES)
    expect(response.body.hasNextPage).toBe(true)
  })
})
