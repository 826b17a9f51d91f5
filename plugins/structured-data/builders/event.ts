import type { Event, Member, Photo, Venue } from '../../../payload-types'
import { paragraphsOf } from '../../../src/lib/lexical'
import { berlinDate, berlinDateTime } from '../dates'
import { idsOf, singleID } from '../read'
import type { EventNode, Offer, Organization, PersonRef, Place } from '../schema'
import { type ImageContext, imageObjects } from './image'
import { place } from './place'
import { eventSchedule } from './schedule'

const SCHEDULED = 'https://schema.org/EventScheduled'
const OFFLINE = 'https://schema.org/OfflineEventAttendanceMode'

export type EventInput = {
  event: Event
  url: string
  inLanguage: string
  organizer: Organization
  /** Venues and speakers the reader may see, by id (hidden speakers are simply missing). */
  venues: Map<number, Venue>
  speakers: Map<number, Pick<Member, 'id' | 'name' | 'slug'>>
  photos: Photo[]
  images: ImageContext
  memberURL: (slug: string) => string
}

const when = (iso: string, allDay: boolean | null | undefined): string =>
  allDay ? berlinDate(iso) : berlinDateTime(iso)

/** The first amount in euros of a price note ("15 €, ermäßigt 10 €" → "15.00"), if it names one. */
export function priceOf(note: string | null | undefined): string | undefined {
  const match =
    /(\d{1,5})(?:[.,](\d{1,2}))?\s*(?:€|EUR|Euro)/i.exec(note ?? '') ??
    /(?:€|EUR)\s*(\d{1,5})(?:[.,](\d{1,2}))?/i.exec(note ?? '')
  return match ? `${match[1]}.${(match[2] ?? '00').padEnd(2, '0')}` : undefined
}

/**
 * An event as schema.org `Event` for Google's event results: Berlin times with offset, its venues as
 * `Place`s, the association as organizer, admission, its program sessions as `subEvent`s and the
 * monthly evening's rule as `eventSchedule`.
 */
export function eventNode({
  event,
  url,
  inLanguage,
  organizer,
  venues,
  speakers,
  photos,
  images,
  memberURL,
}: EventInput): EventNode {
  const places = idsOf(event.venues)
    .flatMap((id) => venues.get(id) ?? [])
    .map(place)
  const free = event.admission?.free !== false
  const description =
    event.seo?.description?.trim() ||
    paragraphsOf(event.description).join('\n\n').trim() ||
    undefined
  const image = imageObjects(photos, images)
  const subEvent = (event.program ?? []).flatMap((session): EventNode[] => {
    const venue = singleID(session.venue).flatMap((id) => venues.get(id) ?? [])
    const location = venue.length ? venue.map(place) : places
    if (!session.title || !session.start || location.length === 0) return []
    const performer = idsOf(session.speakers).flatMap((id): PersonRef[] => {
      const member = speakers.get(id)
      return member
        ? [
            {
              '@type': 'Person',
              name: member.name,
              url: member.slug ? memberURL(member.slug) : undefined,
            },
          ]
        : []
    })
    return [
      {
        '@type': 'Event',
        '@id': `${url}#programm-${session.id ?? session.start}`,
        name: session.title,
        startDate: berlinDateTime(session.start),
        endDate: session.end ? berlinDateTime(session.end) : undefined,
        eventStatus: SCHEDULED,
        eventAttendanceMode: OFFLINE,
        location: oneOrMany(location),
        performer: performer.length ? performer : undefined,
        organizer,
        isAccessibleForFree: free,
      },
    ]
  })
  return {
    '@type': 'Event',
    '@id': `${url}#event`,
    name: event.title ?? '',
    description,
    url,
    inLanguage,
    startDate: when(event.start, event.allDay),
    endDate: event.end ? when(event.end, event.allDay) : undefined,
    eventStatus: SCHEDULED,
    eventAttendanceMode: OFFLINE,
    location: oneOrMany(places),
    organizer,
    isAccessibleForFree: free,
    offers: free ? undefined : offer(event, url),
    image: image.length ? image : undefined,
    subEvent: subEvent.length ? subEvent : undefined,
    eventSchedule: eventSchedule(event),
  }
}

function offer(event: Event, url: string): Offer {
  const price = priceOf(event.admission?.priceNote)
  return {
    '@type': 'Offer',
    url: event.registrationUrl?.trim() || url,
    description: event.admission?.priceNote?.trim() || undefined,
    price,
    priceCurrency: price ? 'EUR' : undefined,
  }
}

// No venue recorded: no `location` (Google then shows no event result) rather than an empty one.
const oneOrMany = (places: Place[]): Place | Place[] | undefined =>
  places.length <= 1 ? places[0] : places
