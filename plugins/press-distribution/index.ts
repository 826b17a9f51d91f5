import type { Config } from 'payload'

import { withCustomList } from '../../src/lib/config/customLists'
import { appendHooks } from '../../src/lib/config/hooks'
import { deliveriesCollection, sendsCollection } from './collections'
import { distributionFields } from './fields'
import { queueRequestedSend, takeSendRequest } from './hooks/requestSend'
import { deliverTask, sendTask } from './tasks'
import type { PressDistributionOptions, ResolvedPressDistributionOptions } from './types'

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
    const resolved: ResolvedPressDistributionOptions = {
      releases: 'press-releases',
      attempts: 4,
      ...options,
    }
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          collection.slug !== resolved.releases
            ? collection
            : {
                ...collection,
                fields: [...collection.fields, ...distributionFields(resolved)],
                hooks: appendHooks(collection.hooks, {
                  beforeChange: [takeSendRequest],
                  afterChange: [queueRequestedSend],
                }),
              },
        ),
        sendsCollection(resolved),
        deliveriesCollection(resolved),
      ],
      // Mailing changes no public answer: its jobs must not shorten cache lifetimes (plugins/response-cache).
      custom: withCustomList(config.custom, 'tasksWithoutPublicEffect', [
        'pressSend',
        'pressDeliver',
      ]),
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), sendTask(resolved), deliverTask(resolved)],
      },
    }
  }
