/**
 * What Google's rich-result documentation requires (and, where marked, recommends) of the markup we
 * emit, checked on the parsed JSON: https://developers.google.com/search/docs/appearance/structured-data
 * (article, event, image-license-metadata). Returns the problems found; an empty list passes.
 */
import { expect } from 'vitest'

import type { ApiResponse } from '../../helpers/api'

type Node = Record<string, unknown>

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const absolute = (value: unknown): boolean =>
  typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value)
const list = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value ? [value] : []) as Node[]

function imageProblems(image: Node, where: string): string[] {
  const problems: string[] = []
  if (image['@type'] !== 'ImageObject') problems.push(`${where}: @type ImageObject`)
  if (!absolute(image.contentUrl)) problems.push(`${where}: contentUrl absolute`)
  // Image licence metadata: contentUrl plus at least one of these; we promise all four.
  for (const key of ['creditText', 'creator', 'copyrightNotice', 'license'])
    if (!image[key]) problems.push(`${where}: ${key}`)
  if (image.license && !absolute(image.license)) problems.push(`${where}: license is a URL`)
  const creator = image.creator as Node | undefined
  if (creator && (!creator['@type'] || !creator.name))
    problems.push(`${where}: creator with @type and name`)
  return problems
}

function placeProblems(place: Node, where: string): string[] {
  const problems: string[] = []
  if (place['@type'] !== 'Place') problems.push(`${where}: @type Place`)
  const address = place.address as Node | undefined
  if (address?.['@type'] !== 'PostalAddress') problems.push(`${where}: address PostalAddress`)
  else if (!address.addressLocality || !address.addressCountry)
    problems.push(`${where}: addressLocality and addressCountry`)
  return problems
}

export function eventProblems(event: Node, where = 'Event'): string[] {
  const problems: string[] = []
  if (event['@type'] !== 'Event') problems.push(`${where}: @type Event`)
  if (typeof event.name !== 'string' || !event.name) problems.push(`${where}: name`)
  const start = String(event.startDate ?? '')
  if (!ISO_WITH_OFFSET.test(start) && !ISO_DATE.test(start))
    problems.push(`${where}: startDate ISO 8601 with offset`)
  if (
    event.endDate &&
    !ISO_WITH_OFFSET.test(String(event.endDate)) &&
    !ISO_DATE.test(String(event.endDate))
  )
    problems.push(`${where}: endDate`)
  const places = list(event.location)
  if (places.length === 0) problems.push(`${where}: location`)
  places.forEach((place, index) =>
    problems.push(...placeProblems(place, `${where}.location[${index}]`)),
  )
  list(event.image).forEach((image, index) =>
    problems.push(...imageProblems(image, `${where}.image[${index}]`)),
  )
  list(event.subEvent).forEach((sub, index) =>
    problems.push(...eventProblems(sub, `${where}.subEvent[${index}]`)),
  )
  return problems
}

export function articleProblems(article: Node): string[] {
  const problems: string[] = []
  if (article['@type'] !== 'NewsArticle') problems.push('@type NewsArticle')
  // Recommended by Google (Article has no required properties); our endpoint promises them all.
  if (typeof article.headline !== 'string' || !article.headline) problems.push('headline')
  for (const key of ['datePublished', 'dateModified'])
    if (!ISO_WITH_OFFSET.test(String(article[key]))) problems.push(`${key} ISO 8601 with offset`)
  if (Date.parse(String(article.dateModified)) < Date.parse(String(article.datePublished)))
    problems.push('dateModified before datePublished')
  for (const key of ['author', 'publisher']) {
    const organization = article[key] as Node | undefined
    if (!organization?.['@type'] || !organization.name) problems.push(`${key} with @type and name`)
  }
  list(article.image).forEach((image, index) =>
    problems.push(...imageProblems(image, `image[${index}]`)),
  )
  return problems
}

/** A JSON-LD answer: 200, the JSON-LD media type, parseable JSON with the schema.org context. */
export function expectJsonLd(response: ApiResponse): Node {
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8')
  expect(typeof response.body, 'the body parses as JSON').toBe('object')
  expect(response.body['@context']).toBe('https://schema.org')
  return response.body as Node
}

/** A 4xx in Payload's error shape with a German and an English message. */
export function expectRefusal(response: ApiResponse, status: number): string {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  const message = String(response.body?.errors?.[0]?.message ?? '')
  expect(message).toMatch(/^.+ \/ .+$/)
  return message
}
