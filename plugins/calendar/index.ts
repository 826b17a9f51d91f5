import type { CollectionConfig, Config, Field } from 'payload'

import { withCustomList } from '../../src/lib/config/customLists'
import { appendHooks } from '../../src/lib/config/hooks'
import { feedEndpoint, type ResolvedCalendarOptions, singleEventEndpoint } from './endpoints'
import { calendarSequenceField, raiseCalendarSequence } from './sequence'
import type { CalendarOptions } from './types'

export type { CalendarOptions } from './types'

/** The paths of this plugin below the API route, for the guard's response cache (src/lib/http/cache/routes.ts). */
export const CALENDAR_PATHS = (collection: string) => [
  '/feeds/events.ics',
  `/${collection}/:id/ics`,
]

/** The values of the collection's `kind` select: what `?kind=` accepts. */
function kindsOf(collection: CollectionConfig): string[] {
  const field = collection.fields.find(
    (candidate): candidate is Extract<Field, { type: 'select' }> =>
      'name' in candidate && candidate.name === 'kind' && candidate.type === 'select',
  )
  return (field?.options ?? []).map((option) =>
    typeof option === 'string' ? option : option.value,
  )
}

/**
 * iCalendar (RFC 5545) for the events: a feed of every public event and one file per event, built
 * with ical-generator. Adds the `calendarSequence` field (SEQUENCE) and its hook to the events
 * collection, also when disabled, so the schema does not depend on the switch.
 */
export const calendar =
  (options: CalendarOptions = {}) =>
  (config: Config): Config => {
    const slug = options.collection ?? 'events'
    const events = (config.collections ?? []).find((collection) => collection.slug === slug)
    if (!events) throw new Error(`calendar plugin: no collection "${slug}"`)
    const resolved: ResolvedCalendarOptions = {
      collection: slug,
      kinds: kindsOf(events),
      eventURLPattern: options.eventURLPattern,
      uidDomain: options.uidDomain,
      pastDays: options.pastDays ?? 365,
      maxEvents: options.maxEvents ?? 1000,
    }
    const enabled = options.enabled !== false
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug !== slug
          ? collection
          : {
              ...collection,
              fields: [...collection.fields, calendarSequenceField],
              hooks: appendHooks(collection.hooks, { beforeChange: [raiseCalendarSequence] }),
              endpoints: enabled
                ? [...(collection.endpoints || []), singleEventEndpoint(resolved)]
                : collection.endpoints,
            },
      ),
      endpoints: enabled ? [...(config.endpoints ?? []), feedEndpoint(resolved)] : config.endpoints,
      custom: enabled
        ? withCustomList(config.custom, 'publicReadEndpoints', CALENDAR_PATHS(slug))
        : config.custom,
    }
  }
