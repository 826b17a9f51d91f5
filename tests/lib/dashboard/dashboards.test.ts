/**
 * What each role's dashboard counts and lists, read with the reader's own access from real data:
 * the press office sees Sperrfristen, schedules, submissions and sends; editors their photo work and
 * their returned releases; a member her portrait. Nobody sees what they could not open.
 */
import type { TypedUser } from 'payload'

import { initI18n } from '@payloadcms/translations'
import React from 'react'
import { prerender } from 'react-dom/static.node'
import { beforeAll, describe, expect, it } from 'vitest'

import type { TaskSchedulePublish } from '../../../payload-types'
import { RoleDashboard } from '../../../src/components/dashboard/RoleDashboard'
import { editorDashboard } from '../../../src/lib/dashboard/editor'
import { memberDashboard } from '../../../src/lib/dashboard/member'
import { pressDashboard } from '../../../src/lib/dashboard/press'
import { formatShortBerlin } from '../../../src/lib/germanDate'
import { fileFor, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let admin: TestUser
let press: TestUser
let editor: TestUser
let otherEditor: TestUser
let memberUser: TestUser

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()
const reader = async (user: TestUser) => ({
  payload: ctx.payload,
  user: {
    ...(await ctx.payload.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      depth: 0,
    })),
    collection: 'users',
  } as TypedUser,
})

beforeAll(async () => {
  ctx = await bootPayload()
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  otherEditor = await createUser(ctx.payload, ctx.api, ['editor'])
  memberUser = await createUser(ctx.payload, ctx.api, ['member'])
})

async function editorSubmits(title: string) {
  const created = await ctx.api.post('/press-releases', {
    token: editor.token,
    query: { draft: 'true' },
    body: { title, teaser: 'Anreißer.' },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  const submitted = await ctx.api.patch(`/press-releases/${id}`, {
    token: editor.token,
    query: { draft: 'true' },
    body: { review: { status: 'submitted' } },
  })
  expect(submitted.status).toBe(200)
  return id
}

describe('the press office dashboard', () => {
  it('lists the release under Sperrfrist with its time, the scheduled publication and the submitted draft', async () => {
    const embargoedTitle = marker('Sperrfrist')
    const embargoed = await ctx.api.post('/press-releases', {
      token: press.token,
      body: { title: embargoedTitle, teaser: 'x', _status: 'published', embargo: inMinutes(3) },
    })
    expect(embargoed.status).toBe(201)
    const scheduledTitle = marker('Geplant')
    const draft = await ctx.api.post('/press-releases', {
      token: press.token,
      query: { draft: 'true' },
      body: { title: scheduledTitle, teaser: 'x' },
    })
    const waitUntil = new Date(Date.now() + 60_000)
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: String(draft.body.doc.id) },
        user: { relationTo: 'users', value: press.id },
      } as unknown as TaskSchedulePublish['input'],
      waitUntil,
    })
    const submittedID = await editorSubmits(marker('Eingereicht'))

    const board = await pressDashboard(await reader(press))
    expect(board.embargoed.count).toBeGreaterThanOrEqual(1)
    const embargoItem = board.embargoed.items.find((item) => item.id === embargoed.body.doc.id)
    expect(embargoItem).toMatchObject({
      title: embargoedTitle,
      href: `/admin/collections/press-releases/${embargoed.body.doc.id}`,
    })
    expect(new Date(embargoItem!.at!).getTime()).toBe(
      new Date(embargoed.body.doc.embargo).getTime(),
    )
    expect(board.scheduled.items.find((item) => item.releaseID == draft.body.doc.id)).toMatchObject(
      { title: scheduledTitle, type: 'publish', at: waitUntil.toISOString() },
    )
    expect(board.submitted.items.map((item) => item.id)).toContain(submittedID)
    // Press is not admin: no webhook section at all.
    expect(board.webhookFailures).toBeNull()
  })

  it('shows the latest sends to the press list', async () => {
    const release = await ctx.api.post('/press-releases', {
      token: press.token,
      body: { title: marker('Versand'), teaser: 'x', _status: 'published' },
    })
    const send = await ctx.payload.create({
      collection: 'press-sends',
      data: { release: release.body.doc.id, status: 'done', recipients: 12 },
      overrideAccess: true,
    })
    const board = await pressDashboard(await reader(press))
    expect(board.sends.items.find((item) => item.id === send.id)).toMatchObject({
      title: release.body.doc.title,
      status: 'done',
      recipients: 12,
    })
  })

  it('failed webhook deliveries appear for admins only, and only when there are some', async () => {
    const before = await pressDashboard(await reader(admin))
    const failure = await ctx.payload.create({
      collection: 'webhook-deliveries',
      data: {
        webhookId: marker('msg'),
        attempt: 1,
        succeeded: false,
        statusCode: 503,
        error: 'HTTP 503',
      },
      overrideAccess: true,
    })
    const after = await pressDashboard(await reader(admin))
    expect(after.webhookFailures?.count).toBe((before.webhookFailures?.count ?? 0) + 1)
    expect(after.webhookFailures?.items.map((item) => item.id)).toContain(failure.id)
    expect((await pressDashboard(await reader(press))).webhookFailures).toBeNull()
  })

  it('an editor sees submitted drafts but neither the queue nor the sends', async () => {
    const board = await pressDashboard(await reader(editor))
    expect(board.submitted.count).toBeGreaterThan(0)
    expect(board.scheduled).toEqual({ count: 0, items: [] })
    expect(board.sends).toEqual({ count: 0, items: [] })
    expect(board.webhookFailures).toBeNull()
  })
})

describe('the editors dashboard', () => {
  it('lists photos without a legal basis or with a consent the member never gave, and skips fine and withdrawn ones', async () => {
    const noConsent = await ctx.payload.create({
      collection: 'members',
      data: { name: marker('Ohne Einwilligung') } as never,
      overrideAccess: true,
    })
    const photo = async (data: Record<string, unknown>) =>
      ctx.payload.create({
        collection: 'photos',
        data: { alt: marker('Foto'), credit: 'Foto: Test', ...data } as never,
        file: await fileFor('photos'),
        overrideAccess: true,
      })
    const missingBasis = await photo({ peopleShown: [noConsent.id] })
    const claimedConsent = await photo({ peopleShown: [noConsent.id], legalBasis: 'consent' })
    const fine = await photo({ peopleShown: [noConsent.id], legalBasis: 'public-event' })
    const withdrawn = await photo({ peopleShown: [noConsent.id], withdrawn: true })
    const noCredit = await photo({})
    // A credit can only be missing in old data (the field is required now): written past validation.
    await ctx.payload.db.updateOne({ collection: 'photos', id: noCredit.id, data: { credit: '' } })

    const board = await editorDashboard(await reader(editor))
    const listed = new Map(board.photos.items.map((item) => [item.id, item.problems]))
    expect(listed.get(missingBasis.id)).toEqual(['legalBasis'])
    expect(listed.get(claimedConsent.id)).toEqual(['consent'])
    expect(listed.get(noCredit.id)).toEqual(['credit'])
    expect(listed.has(fine.id)).toBe(false)
    expect(listed.has(withdrawn.id)).toBe(false)
    expect(board.photos.byProblem.legalBasis).toBeGreaterThanOrEqual(1)
    expect(board.photos.byProblem.consent).toBeGreaterThanOrEqual(1)
    expect(board.photos.byProblem.credit).toBeGreaterThanOrEqual(1)

    // With the member's consent recorded, "consent given" is no longer a problem.
    await ctx.payload.update({
      collection: 'members',
      id: noConsent.id,
      data: { consent: { given: true } },
      overrideAccess: true,
    })
    const after = await editorDashboard(await reader(editor))
    expect(after.photos.items.find((item) => item.id === claimedConsent.id)).toBeUndefined()

    // A member (no staff) gets no photo work and no review list, and no error either.
    const asMember = await editorDashboard(await reader(memberUser))
    expect(asMember.photos).toEqual({
      count: 0,
      items: [],
      byProblem: { credit: 0, legalBasis: 0, consent: 0 },
    })
    expect(asMember.ownReleases.count).toBe(0)
  })

  it('shows the editor her returned release with the comment first; another editor does not see it as hers', async () => {
    const waiting = await editorSubmits(marker('Wartet'))
    const returned = await editorSubmits(marker('Zurück'))
    const comment = 'Bitte noch das Datum prüfen.'
    const answer = await ctx.api.patch(`/press-releases/${returned}`, {
      token: press.token,
      query: { draft: 'true' },
      body: { review: { status: 'returned', comment } },
    })
    expect(answer.status).toBe(200)

    const board = await editorDashboard(await reader(editor))
    expect(board.ownReleases.returned).toBeGreaterThanOrEqual(1)
    expect(board.ownReleases.items[0]).toMatchObject({ id: returned, status: 'returned', comment })
    expect(board.ownReleases.items.map((item) => item.id)).toContain(waiting)
    const other = await editorDashboard(await reader(otherEditor))
    expect(other.ownReleases).toMatchObject({ count: 0, returned: 0, items: [] })
  })
})

describe('the member dashboard', () => {
  it('leads a member to her own portrait, and a member without one to nothing', async () => {
    const portrait = await ctx.payload.create({
      collection: 'members',
      data: { name: marker('Mia'), user: memberUser.id } as never,
      overrideAccess: true,
    })
    const board = await memberDashboard(await reader(memberUser))
    expect(board.portrait).toEqual({
      id: portrait.id,
      name: portrait.name,
      href: `/admin/collections/members/${portrait.id}`,
      public: false,
    })
    const stranger = await createUser(ctx.payload, ctx.api, ['member'])
    expect((await memberDashboard(await reader(stranger))).portrait).toBeNull()
  })
})

/** The real server component, rendered by React's own server renderer (async components included). */
async function renderDashboard(user: TestUser, language: 'de' | 'en' = 'de'): Promise<string> {
  const { payload, user: typed } = await reader(user)
  // The admin's own i18n object, with our table (src/i18n) as payload.config.ts registers it.
  const i18n = await initI18n({ config: payload.config.i18n, context: 'client', language })
  const element = await RoleDashboard({ payload, user: typed, i18n } as never)
  const { prelude } = await prerender(element as React.ReactElement)
  let html = ''
  for await (const chunk of prelude as unknown as AsyncIterable<Uint8Array>)
    html += Buffer.from(chunk).toString()
  return html
}

describe('the dashboard as rendered', () => {
  it('the press office reads "Sperrfrist bis" with the Berlin time and a link to the submitted drafts', async () => {
    const title = marker('Gerendert')
    const embargo = inMinutes(2)
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      body: { title, teaser: 'x', _status: 'published', embargo },
    })
    expect(created.status).toBe(201)
    await editorSubmits(marker('Zur Freigabe gerendert'))
    const html = await renderDashboard(press)
    expect(html).toContain('Für Sie zu tun')
    expect(html).toContain(`Sperrfrist bis ${formatShortBerlin(created.body.doc.embargo)}`)
    expect(html).toContain(title)
    expect(html).toContain('Eingereichte Entwürfe prüfen')
    expect(html).toContain('/admin/collections/press-releases?where')
    // Not an admin: no webhook section (a release title of another test file may say "Webhook").
    expect(html).not.toContain('Fehlgeschlagene Webhook-Zustellungen')
    expect(html).not.toContain('Zustellprotokoll öffnen')
    expect(await renderDashboard(press, 'en')).toContain('Embargo until')
  })

  it('a member sees only "Mein Porträt" with the link to hers', async () => {
    const html = await renderDashboard(memberUser)
    expect(html).toContain('Mein Porträt bearbeiten')
    expect(html).toMatch(/href="\/admin\/collections\/members\/\d+"/)
    expect(html).not.toContain('Sperrfrist')
    expect(html).not.toContain('Fotos mit offenen Angaben')
  })
})
