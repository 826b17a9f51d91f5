import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { ApiClient } from './api'

export type TestContext = { payload: Payload; config: SanitizedConfig; api: ApiClient }

/** Boots Payload once per test file against the run's test database. */
export async function bootPayload(): Promise<TestContext> {
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  return { payload, config, api: new ApiClient(config) }
}
