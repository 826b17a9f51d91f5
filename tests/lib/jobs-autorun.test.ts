import type { JobsConfig, Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// JOBS_AUTORUN=false (set for every test in tests/setup/env.ts) must start no cron at all: Payload's
// cron would otherwise enqueue the daily tasks and rewrite `payload-jobs-stats` every minute even
// when `shouldAutoRun` stops the running itself.
describe('JOBS_AUTORUN', () => {
  let payload: Payload
  beforeAll(async () => {
    const { default: configPromise } = await import('../../payload.config')
    // Next's route handlers ask for crons the same way.
    payload = await getPayload({ config: await configPromise, cron: true })
  })
  afterAll(() => {
    process.env.JOBS_AUTORUN = 'false'
  })

  it('false: the server starts no cron, so nothing is scheduled or run', () => {
    expect(process.env.JOBS_AUTORUN).toBe('false')
    expect(payload.crons).toHaveLength(0)
  })

  it('unset or true: every queue is worked every minute', async () => {
    const autoRun = payload.config.jobs.autoRun as Extract<
      JobsConfig['autoRun'],
      (payload: Payload) => unknown
    >
    for (const value of [undefined, 'true']) {
      if (value === undefined) delete process.env.JOBS_AUTORUN
      else process.env.JOBS_AUTORUN = value
      const crons = await autoRun(payload)
      expect(crons.map((cron) => cron.queue).sort()).toEqual(['default', 'press-mail', 'webhooks'])
      expect(crons.every((cron) => cron.cron === '* * * * *')).toBe(true)
    }
  })
})
