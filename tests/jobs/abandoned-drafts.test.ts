/**
 * An editor opens "Neu erstellen" for a press release, event or project and leaves without typing:
 * Payload has already created a draft (its create view does, for autosave collections), which would
 * stay in the list as "<Kein Titel>". The daily job removes exactly such drafts once a grace period
 * has passed — never one that was edited, titled, published or is open in someone's editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ABANDONED_DRAFTS_TASK, removeAbandonedDrafts } from '../../src/jobs/abandonedDrafts'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let press: TestUser
const made: Array<{ collection: 'press-releases' | 'events' | 'projects'; id: number }> = []

beforeAll(async () => {
  process.env.RESPONSE_CACHE = 'off'
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
})

afterAll(async () => {
  for (const { collection, id } of made) {
    await ctx.payload.delete({ collection, where: { id: { equals: id } }, overrideAccess: true })
  }
})

/** What the admin's create view does on opening: a draft with no data, as the signed-in user. */
async function openCreateView(
  collection: 'press-releases' | 'events' | 'projects',
  body: Record<string, unknown> = {},
): Promise<number> {
  const response = await ctx.api.post(`/${collection}?draft=true&depth=0`, {
    token: press.token,
    body,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  const id = response.body.doc.id as number
  made.push({ collection, id })
  return id
}

const exists = async (collection: 'press-releases' | 'events' | 'projects', id: number) =>
  (await ctx.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true }))
    .totalDocs === 1

describe('abandoned "Neu erstellen" drafts', () => {
  it('the queued job removes untouched untitled drafts and keeps edited, titled, published and open ones', async () => {
    const abandonedRelease = await openCreateView('press-releases')
    const abandonedEvent = await openCreateView('events')
    const abandonedProject = await openCreateView('projects')

    // Typed into and autosaved: the editor's work, even while the main row is still empty.
    const edited = await openCreateView('press-releases')
    const autosave = await ctx.api.patch(
      `/press-releases/${edited}?draft=true&autosave=true&depth=0`,
      { token: press.token, body: { title: 'Angefangen' } },
    )
    expect(autosave.status, JSON.stringify(autosave.body)).toBe(200)

    // Created with a title (e.g. a duplicate): not empty.
    const titled = await openCreateView('press-releases', { title: 'Mit Titel' })

    // Open in someone's editor right now.
    const open = await openCreateView('events')
    const user = {
      ...(await ctx.payload.findByID({ collection: 'users', id: press.id, overrideAccess: true })),
      collection: 'users' as const,
    }
    const lock = await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'events', value: open },
        user: { relationTo: 'users', value: user.id },
      },
      user,
      overrideAccess: true,
    })

    // Published once.
    const published = await ctx.api.post('/press-releases?depth=0', {
      token: press.token,
      body: { title: 'Veröffentlicht', teaser: 'Kurz', _status: 'published' },
    })
    expect(published.status, JSON.stringify(published.body)).toBe(201)
    made.push({ collection: 'press-releases', id: published.body.doc.id })

    // Typed loosely: the task's slug joins payload-types.ts when the types are regenerated.
    const queue = ctx.payload.jobs.queue as unknown as (args: {
      task: string
      input: unknown
    }) => Promise<{ id: number | string }>
    const job = await queue({ task: ABANDONED_DRAFTS_TASK, input: { graceHours: 0 } })
    await ctx.payload.jobs.run({ where: { id: { equals: job.id } } })

    expect(await exists('press-releases', abandonedRelease)).toBe(false)
    expect(await exists('events', abandonedEvent)).toBe(false)
    expect(await exists('projects', abandonedProject)).toBe(false)
    expect(await exists('press-releases', edited)).toBe(true)
    expect(await exists('press-releases', titled)).toBe(true)
    expect(await exists('events', open)).toBe(true)
    expect(await exists('press-releases', published.body.doc.id)).toBe(true)
    await ctx.payload.delete({
      collection: 'payload-locked-documents',
      id: lock.id,
      overrideAccess: true,
    })
  })

  it('keeps a draft younger than the grace period (someone may still be on the page)', async () => {
    const fresh = await openCreateView('press-releases')
    const { removed } = await removeAbandonedDrafts(ctx.payload)
    expect(removed.map((entry) => entry.id)).not.toContain(fresh)
    expect(await exists('press-releases', fresh)).toBe(true)

    const tomorrow = new Date(Date.now() + 25 * 3_600_000)
    const later = await removeAbandonedDrafts(ctx.payload, { now: tomorrow })
    expect(later.removed).toContainEqual({ collection: 'press-releases', id: fresh })
  })
})
