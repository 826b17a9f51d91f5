import type { CollectionConfig, Config } from 'payload'

import { withCustomList } from '../../src/lib/config/customLists'
import { eventNode } from './builders/event'
import { newsArticle } from './builders/newsArticle'
import { associationNode, associationRef } from './builders/organization'
import { profileNode } from './builders/profile'
import { type BuildContext, type Builder, jsonLdEndpoints, publicPaths } from './endpoint'
import {
  hasOwnTranslation,
  idsOf,
  readAssociation,
  readMemberNames,
  readPhotos,
  readVenues,
  singleID,
} from './read'
import type { StructuredDataOptions } from './types'
import { frontendURL } from './urls'

export type { FrontendURLs, StructuredDataOptions } from './types'

/** `de-DE`, or `en` when English was asked for and the document has its own English title. */
async function languageOf(
  context: BuildContext,
  collection: 'press-releases' | 'events',
  id: number,
): Promise<string> {
  if (context.locale !== 'en') return 'de-DE'
  return (await hasOwnTranslation(context.req, collection, id, 'title', context.draft))
    ? 'en'
    : 'de-DE'
}

async function publisher(context: BuildContext) {
  const association = await readAssociation(context.req, context.locale)
  const [logo] = await readPhotos(context.req, singleID(association.logo), context.locale)
  return { association, node: associationNode(association, logo, context.images) }
}

const releaseJsonLd =
  (options: StructuredDataOptions): Builder<'press-releases'> =>
  async (release, context) => {
    const heroIDs = singleID(release.heroPhoto)
    const [{ node: association }, photos, inLanguage] = await Promise.all([
      publisher(context),
      readPhotos(context.req, [...heroIDs, ...idsOf(release.gallery)], context.locale),
      languageOf(context, 'press-releases', release.id),
    ])
    const hero = photos.find((photo) => heroIDs.includes(photo.id))
    return newsArticle({
      release,
      url: frontendURL(options, 'release', release.slug ?? String(release.id)),
      inLanguage,
      association,
      hero,
      gallery: photos.filter((photo) => photo !== hero),
      images: context.images,
    })
  }

const eventJsonLd =
  (options: StructuredDataOptions): Builder<'events'> =>
  async (event, context) => {
    const program = event.program ?? []
    const venueIDs = idsOf([...(event.venues ?? []), ...program.map((session) => session.venue)])
    const speakerIDs = idsOf(program.flatMap((session) => session.speakers ?? []))
    const [{ node: organizer }, venues, speakers, photos, inLanguage] = await Promise.all([
      publisher(context),
      readVenues(context.req, venueIDs, context.locale),
      readMemberNames(context.req, speakerIDs),
      readPhotos(context.req, idsOf(event.photos), context.locale),
      languageOf(context, 'events', event.id),
    ])
    return eventNode({
      event,
      url: frontendURL(options, 'event', event.slug ?? String(event.id)),
      inLanguage,
      organizer,
      venues,
      speakers,
      photos,
      images: context.images,
      memberURL: (slug) => frontendURL(options, 'member', slug),
    })
  }

const memberJsonLd =
  (options: StructuredDataOptions): Builder<'members'> =>
  async (member, context) => {
    const [association, [portrait]] = await Promise.all([
      readAssociation(context.req, context.locale),
      readPhotos(context.req, singleID(member.portrait), context.locale),
    ])
    return profileNode({
      member,
      url: frontendURL(options, 'member', member.slug ?? String(member.id)),
      locale: context.locale,
      portrait,
      images: context.images,
      association: associationRef(association),
    })
  }

const BUILDERS = {
  'press-releases': releaseJsonLd,
  events: eventJsonLd,
  members: memberJsonLd,
} as const

/**
 * schema.org JSON-LD for frontends to embed (`<script type="application/ld+json">`): press releases
 * as `NewsArticle`, events as `Event`, member portraits as `Person`/`Organization`, by id and by
 * slug. Read as the requester, so access and field access decide what the markup may contain.
 * Adds collection endpoints and appends its anonymous paths to `custom.publicReadEndpoints`.
 */
export const structuredData =
  (options: StructuredDataOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const withEndpoints = (collection: CollectionConfig): CollectionConfig => {
      const slug = collection.slug as keyof typeof BUILDERS
      if (!(slug in BUILDERS) || collection.endpoints === false) return collection
      const build = BUILDERS[slug](options) as Builder<typeof slug>
      return {
        ...collection,
        endpoints: [...(collection.endpoints ?? []), ...jsonLdEndpoints(slug, build, options)],
      }
    }
    return {
      ...config,
      collections: (config.collections ?? []).map(withEndpoints),
      custom: withCustomList(
        config.custom,
        'publicReadEndpoints',
        Object.keys(BUILDERS).flatMap(publicPaths),
      ),
    }
  }
