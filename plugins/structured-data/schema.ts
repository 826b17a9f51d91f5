/**
 * The schema.org nodes this plugin writes, typed as far as it writes them (no `schema-dts`: one
 * small type per node keeps the dependency list short and documents exactly what a frontend gets).
 * Property names and enumeration URLs are schema.org's; see https://schema.org/<Type>.
 */

export const SCHEMA_CONTEXT = 'https://schema.org'

/** A schema.org enumeration member or type, written as its full URL (e.g. EventScheduled). */
export type SchemaEnum = `https://schema.org/${string}`

/** A node that may stand alone as a JSON-LD document. */
export type WithContext<T> = { '@context': typeof SCHEMA_CONTEXT } & T

export type PostalAddress = {
  '@type': 'PostalAddress'
  streetAddress?: string
  postalCode?: string
  addressLocality: string
  addressCountry: string
}

export type GeoCoordinates = { '@type': 'GeoCoordinates'; latitude: number; longitude: number }

export type Place = {
  '@type': 'Place'
  name: string
  address: PostalAddress
  geo?: GeoCoordinates
  url?: string
}

export type PersonRef = { '@type': 'Person'; name: string; url?: string }

export type ImageObject = {
  '@type': 'ImageObject'
  contentUrl: string
  url: string
  width?: number
  height?: number
  encodingFormat?: string
  thumbnailUrl?: string
  caption?: string
  description?: string
  /** The photographer's credit exactly as § 13 UrhG asks it to be printed. */
  creditText: string
  creator: PersonRef | OrganizationRef
  copyrightNotice: string
  license?: string
  acquireLicensePage?: string
}

export type OrganizationRef = { '@type': 'Organization'; name: string; url?: string }

export type Organization = OrganizationRef & {
  '@id'?: string
  legalName?: string
  foundingDate?: string
  logo?: ImageObject
  sameAs?: string[]
  address?: PostalAddress
}

export type NewsArticle = {
  '@type': 'NewsArticle'
  '@id': string
  headline: string
  description?: string
  dateline?: string
  datePublished: string
  dateModified: string
  inLanguage: string
  url: string
  mainEntityOfPage: string
  isAccessibleForFree: true
  keywords?: string
  author: Organization
  publisher: Organization
  image?: ImageObject[]
}

export type Offer = {
  '@type': 'Offer'
  url: string
  description?: string
  price?: string
  priceCurrency?: string
}

export type Schedule = {
  '@type': 'Schedule'
  repeatFrequency: string
  repeatCount?: number
  byDay?: SchemaEnum | SchemaEnum[]
  byMonthWeek?: number
  byMonthDay?: number | number[]
  byMonth?: number | number[]
  startDate: string
  endDate?: string
  startTime: string
  endTime?: string
  duration?: string
  scheduleTimezone: string
  exceptDate?: string[]
}

export type EventNode = {
  '@type': 'Event'
  '@id'?: string
  name: string
  description?: string
  url?: string
  inLanguage?: string
  startDate: string
  endDate?: string
  eventStatus: SchemaEnum
  eventAttendanceMode: SchemaEnum
  location?: Place | Place[]
  organizer?: Organization
  performer?: PersonRef[]
  isAccessibleForFree?: boolean
  offers?: Offer
  image?: ImageObject[]
  subEvent?: EventNode[]
  eventSchedule?: Schedule
}

export type ProfileNode = {
  '@type': 'Person' | 'Organization'
  '@id': string
  name: string
  url: string
  description?: string
  knowsAbout?: string[]
  address?: PostalAddress
  image?: ImageObject
  sameAs?: string[]
  email?: string
  telephone?: string
  memberOf?: OrganizationRef
}
