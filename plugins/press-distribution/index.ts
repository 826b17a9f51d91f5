import type { Config } from 'payload'

import { deliveriesCollection, sendsCollection } from './collections'
import { distributionFields } from './fields'
import { queueRequestedSend, takeSendRequest } from './hooks/requestSend'
import { deliverTask, sendTask } from './tasks'
import type { PressDistributionOptions, ResolvedPressDistributionOptions } from './types'

const listed = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [])

export type { PressDistributionOptions, Recipient, ReleaseMail, SendFilter } from './types'
export { composeReleaseMail } from './mail'

/**
 * Sends releases to the press list from the jobs queue: a tick on the release sends it with its
 * next publication, one job per recipient with retries, a personal pre-access link each, and a
 * per-recipient log the press office reads on the release.
 */
export const pressDistribution =
  (options: PressDistributionOptions) =>
  (config: Config): Config => {
    const resolved: ResolvedPressDistributionOptions = { releases: 'press-releases', attempts: 4, ...options }
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          collection.slug !== resolved.releases
            ? collection
            : {
                ...collection,
                fields: [...collection.fields, ...distributionFields(resolved)],
                hooks: {
                  ...collection.hooks,
                  beforeChange: [...(collection.hooks?.beforeChange ?? []), takeSendRequest],
                  afterChange: [...(collection.hooks?.afterChange ?? []), queueRequestedSend],
                },
              },
        ),
        sendsCollection(resolved),
        deliveriesCollection(resolved),
      ],
      custom: {
        ...config.custom,
        // Mailing changes no public answer: its jobs must not shorten cache lifetimes (plugins/response-cache).
        tasksWithoutPublicEffect: [...listed(config.custom?.tasksWithoutPublicEffect), 'pressSend', 'pressDeliver'],
      },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), sendTask(resolved), deliverTask(resolved)],
      },
    }
  }
