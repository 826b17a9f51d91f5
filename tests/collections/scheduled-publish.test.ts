import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { beforeAll, describe, expect, it } from 'vitest'

import type { TaskSchedulePublish } from '../../payload-types'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let press: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
})

const SCHEDULE_DELAY_MS = 2_000

/**
 * The input exactly as the admin's schedule drawer queues it (@payloadcms/ui schedulePublishHandler):
 * the document ID as a string (payload#10481) and the scheduling user with their auth collection.
 * The generated type wants a numeric ID, hence the cast.
 */
const publishInput = (id: number, user: TestUser) =>
  ({
    type: 'publish',
    doc: { relationTo: 'press-releases', value: String(id) },
    user: { relationTo: 'users', value: user.id },
  }) as unknown as TaskSchedulePublish['input']

describe('scheduled publishing through the jobs queue', () => {
  it('a draft scheduled for publication stays invisible until its time, then the queue publishes it', async () => {
    const tag = `w${randomBytes(4).toString('hex')}`
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      query: { draft: 'true' },
      body: { title: `Geplante Mitteilung ${tag}`, teaser: 'Erscheint später.', _status: 'draft' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id, slug } = created.body.doc as { id: number; slug: string }
    expect(created.body.doc._status).toBe('draft')

    const anonymousSees = async () => {
      const response = await ctx.api.get('/press-releases', {
        query: { where: { slug: { equals: slug } }, full: 1 },
      })
      expect(response.status).toBe(200)
      return response.body.docs as {
        id: number
        _status: string
        firstPublishedAt?: string | null
      }[]
    }
    expect(await anonymousSees()).toEqual([])

    const waitUntil = new Date(Date.now() + SCHEDULE_DELAY_MS)
    const job = await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: publishInput(id, press),
      waitUntil,
    })
    expect(job.id).toBeDefined()

    // Running the queue before the time has come does nothing to this release.
    await ctx.payload.jobs.run({ where: { id: { equals: job.id } } })
    expect(await anonymousSees()).toEqual([])
    const stillQueued = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
      overrideAccess: true,
    })
    expect(stillQueued.docs).toHaveLength(1)
    expect(stillQueued.docs[0]?.completedAt ?? null).toBeNull()

    while (Date.now() <= waitUntil.getTime()) await sleep(100)
    await sleep(50)

    await ctx.payload.jobs.run({ where: { id: { equals: job.id } } })

    const visible = await anonymousSees()
    expect(visible.map((doc) => doc.id)).toEqual([id])
    expect(visible[0]?._status).toBe('published')
    expect(visible[0]?.firstPublishedAt).toBeTruthy()

    // deleteJobOnComplete: the finished job is gone from the queue.
    const remaining = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
      overrideAccess: true,
    })
    expect(remaining.docs).toHaveLength(0)
  })

  it('a plain queue run (as the cron does) also picks the due job up', async () => {
    const tag = `w${randomBytes(4).toString('hex')}`
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      query: { draft: 'true' },
      body: {
        title: `Noch eine geplante Mitteilung ${tag}`,
        teaser: 'Erscheint gleich.',
        _status: 'draft',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id, slug } = created.body.doc as { id: number; slug: string }

    const waitUntil = new Date(Date.now() + 500)
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: publishInput(id, press),
      waitUntil,
    })
    while (Date.now() <= waitUntil.getTime()) await sleep(100)
    await sleep(50)
    await ctx.payload.jobs.run({ limit: 100 })

    const response = await ctx.api.get('/press-releases', {
      query: { where: { slug: { equals: slug } } },
    })
    expect(response.body.docs.map((doc: { id: number }) => doc.id)).toEqual([id])
  })
})
