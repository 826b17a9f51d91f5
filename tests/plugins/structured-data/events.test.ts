/**
 * Event pages embed `Event` JSON-LD for Google's event results: Berlin times with their offset,
 * venues as places with address and coordinates, the festival's program as sub-events and the
 * monthly evening's rule as a schedule.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { berlinTime } from '../../../src/lib/berlin'
import { seed } from '../../../src/seed'
import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { eventProblems, expectJsonLd, expectRefusal } from './richResults'

let ctx: TestContext
let editor: TestUser

type Place = {
  '@type': string
  name: string
  address: Record<string, string>
  geo?: { latitude: number; longitude: number }
}
type EventJson = Record<string, unknown> & {
  location: Place | Place[]
  subEvent?: EventJson[]
  performer?: { name: string }[]
}

beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload)
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

const ZOLLVEREIN = {
  '@type': 'Place',
  name: 'Zeche Zollverein',
  address: {
    '@type': 'PostalAddress',
    streetAddress: 'Gelsenkirchener Str. 181',
    postalCode: '45309',
    addressLocality: 'Essen',
    addressCountry: 'DE',
  },
  geo: { '@type': 'GeoCoordinates', latitude: 51.4863, longitude: 7.0419 },
}
const DORTMUNDER_U = {
  '@type': 'Place',
  name: 'Dortmunder U',
  address: {
    '@type': 'PostalAddress',
    streetAddress: 'Leonie-Reygers-Terrasse',
    postalCode: '44137',
    addressLocality: 'Dortmund',
    addressCountry: 'DE',
  },
  geo: { '@type': 'GeoCoordinates', latitude: 51.5157, longitude: 7.4545 },
}

describe('Event JSON-LD', () => {
  it('the festival "Extraklasse 2027" has its venues and its program sessions as sub-events, each at its own place', async () => {
    const festival = expectJsonLd(
      await ctx.api.get('/events/slug/extraklasse-2027/jsonld'),
    ) as EventJson
    expect(eventProblems(festival)).toEqual([])
    expect(festival).toMatchObject({
      '@type': 'Event',
      name: 'Extraklasse 2027',
      startDate: '2027-06-10T10:00:00+02:00',
      endDate: '2027-06-13T22:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      isAccessibleForFree: true,
      url: 'https://kreativeklasse.ruhr/veranstaltungen/extraklasse-2027',
      organizer: { '@type': 'Organization', name: 'Kreative Klasse e.V.' },
    })
    expect(festival.offers).toBeUndefined()
    expect(festival.location).toEqual([ZOLLVEREIN, DORTMUNDER_U])

    const sessions = festival.subEvent!
    expect(
      sessions.map((session) => [
        session.name,
        session.startDate,
        session.endDate,
        (session.location as Place).name,
      ]),
    ).toEqual([
      ['Eröffnung', '2027-06-10T10:00:00+02:00', '2027-06-10T11:00:00+02:00', 'Zeche Zollverein'],
      [
        'Workshop: Die eigene .ruhr-Domain',
        '2027-06-11T14:00:00+02:00',
        '2027-06-11T17:00:00+02:00',
        'Dortmunder U',
      ],
      [
        'Diskussionsrunde: Kreativwirtschaft im Revier',
        '2027-06-12T19:00:00+02:00',
        '2027-06-12T21:00:00+02:00',
        'Zeche Zollverein',
      ],
    ])
    expect(sessions[1]!.location).toEqual(DORTMUNDER_U)
    expect(sessions[0]!.performer).toEqual([
      {
        '@type': 'Person',
        name: 'Oliver Koschmieder',
        url: 'https://kreativeklasse.ruhr/mitglieder/oliver-koschmieder',
      },
    ])

    const { docs } = await ctx.payload.find({
      collection: 'events',
      where: { slug: { equals: 'extraklasse-2027' } },
      limit: 1,
    })
    expect(expectJsonLd(await ctx.api.get(`/events/${docs[0]!.id}/jsonld`))).toEqual(festival)
  })

  it('the monthly evening carries its rule as eventSchedule: second Thursday, 19:00 Berlin time, without the summer break', async () => {
    const evening = expectJsonLd(
      await ctx.api.get('/events/slug/kreative-klasse-abend/jsonld'),
    ) as EventJson
    expect(eventProblems(evening)).toEqual([])
    expect(evening.startDate).toBe('2027-01-14T19:00:00+01:00')
    expect(evening.location).toEqual(ZOLLVEREIN)
    expect(evening.eventSchedule).toEqual({
      '@type': 'Schedule',
      repeatFrequency: 'P1M',
      byDay: 'https://schema.org/Thursday',
      byMonthWeek: 2,
      startDate: '2027-01-14',
      startTime: '19:00',
      endTime: '22:00',
      scheduleTimezone: 'Europe/Berlin',
      exceptDate: ['2027-08-12'],
    })
  })

  it('paid admission gives an offer with the price note and registration link; a hidden speaker is left out', async () => {
    const venue = await createContent(ctx.payload, 'venues', {
      street: 'Rheinlanddamm 201',
      postalCode: '44139',
      city: 'Dortmund',
    })
    const hiddenSpeaker = await createContent(ctx.payload, 'members', { consent: { given: false } })
    const photo = await createContent(ctx.payload, 'photos', {
      credit: 'Anna Becker',
      licence: 'cc-by-sa-4.0',
      releasedForPublic: true,
    })
    const event = await createContent(ctx.payload, 'events', {
      kind: 'seminar',
      start: berlinTime('2027-11-04T18:30').toISOString(),
      end: berlinTime('2027-11-04T21:00').toISOString(),
      venues: [venue.id],
      admission: { free: false, priceNote: '25 € (ermäßigt 15 €)' },
      registrationUrl: 'https://kreativeklasse.ruhr/anmeldung',
      photos: [photo.id],
      program: [
        {
          title: 'Einführung',
          start: berlinTime('2027-11-04T18:30').toISOString(),
          speakers: [hiddenSpeaker.id],
        },
      ],
      _status: 'published',
    })
    const json = expectJsonLd(await ctx.api.get(`/events/${event.id}/jsonld`)) as EventJson
    expect(eventProblems(json)).toEqual([])
    expect(json).toMatchObject({
      startDate: '2027-11-04T18:30:00+01:00',
      isAccessibleForFree: false,
      offers: {
        '@type': 'Offer',
        url: 'https://kreativeklasse.ruhr/anmeldung',
        price: '25.00',
        priceCurrency: 'EUR',
        description: '25 € (ermäßigt 15 €)',
      },
    })
    expect(json.eventSchedule).toBeUndefined()
    expect(json.image).toEqual([
      expect.objectContaining({
        '@type': 'ImageObject',
        creditText: 'Anna Becker',
        creator: { '@type': 'Person', name: 'Anna Becker' },
        license: 'https://creativecommons.org/licenses/by-sa/4.0/',
      }),
    ])
    // The session has no venue of its own: it takes place where the event does.
    expect(json.subEvent![0]!.location).toMatchObject({
      name: venue.name,
      address: { streetAddress: 'Rheinlanddamm 201' },
    })
    expect(json.subEvent![0]!.performer).toBeUndefined()
    expect(JSON.stringify(json)).not.toContain(String(hiddenSpeaker.name))
  })

  it('an unpublished event is 404 for the public and readable for the editorial team', async () => {
    const draft = await createContent(ctx.payload, 'events', { title: marker('Entwurf') })
    const hidden = await ctx.api.get(`/events/${draft.id}/jsonld`)
    expectRefusal(hidden, 404)
    expect(hidden.body).toEqual((await ctx.api.get('/events/2147483000/jsonld')).body)
    const preview = expectJsonLd(
      await ctx.api.get(`/events/${draft.id}/jsonld`, { token: editor.token }),
    )
    expect(preview.name).toBe(draft.title)
    // It has no venue yet: no location rather than an empty one.
    expect(preview.location).toBeUndefined()
    expectRefusal(await ctx.api.get('/events/slug/Extraklasse/jsonld'), 404)
  })
})
