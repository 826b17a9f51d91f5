import type { Venue } from '../../../payload-types'
import type { Place } from '../schema'

/** A venue with its postal address (Germany) and, when recorded, its WGS 84 coordinates. */
export function place(venue: Venue): Place {
  const { latitude, longitude } = venue.geo ?? {}
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.street?.trim() || undefined,
      postalCode: venue.postalCode?.trim() || undefined,
      addressLocality: venue.city,
      addressCountry: 'DE',
    },
    geo:
      typeof latitude === 'number' && typeof longitude === 'number'
        ? { '@type': 'GeoCoordinates', latitude, longitude }
        : undefined,
    url: venue.website?.trim() || undefined,
  }
}
