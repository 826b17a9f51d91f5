import type { Payload, ServerFunctionHandler } from 'payload'

import { APIError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { guardServerFunctions } from '../../../plugins/admin-guard'
import { de, en, type MessageKey } from '../../../src/i18n/translations'
import { marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
/**
 * User story: "As a member, I maintain my own portrait and account in the admin — and nothing
 * more: I never learn which drafts the press office works on, never take over or release a
 * colleague's edit lock, and never move or cancel the press office's scheduled publications."
 * And: "As press or editorial staff, the admin keeps working for me as before."
 *
 * Edit locks and jobs are tested over REST and GraphQL; server functions through the very handler
 * the admin layout uses (`guardServerFunctions(handleServerFunctions)`) in Next's request scope.
 */
import { serverFunctionCaller } from '../../helpers/serverFunctions'
import { createUser, type TestUser } from '../../helpers/users'

const LOCKS = '/payload-locked-documents'

let ctx: TestContext
let admin: TestUser
let press: TestUser
let editor: TestUser
let member: TestUser
let otherMember: TestUser
let releaseID: number
let portraitID: number
let otherPortraitID: number
let pressLockID: number
let call: ReturnType<typeof serverFunctionCaller>

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A message of our table as a pattern: `{{name}}` stands for any value. */
const pattern = (template: string) =>
  template
    .split(/\{\{.*?\}\}/)
    .map(escapeRegExp)
    .join('.+')
const keys = Object.keys(de) as MessageKey[]
/** Our table's message in German (the admin language by default) or as "Deutsch / English". */
const OUR_MESSAGE = new RegExp(
  `^(?:${keys.map((key) => `${pattern(de[key])}(?: / ${pattern(en[key])})?`).join('|')})$`,
)

const userRef = (user: TestUser) => ({ relationTo: 'users', value: user.id })
// The admin sends the document ID as a string (payload#10481), and lists schedules by it.
const releaseRef = () => ({ relationTo: 'press-releases', value: String(releaseID) })

async function portraitFor(payload: Payload, user: TestUser): Promise<number> {
  const doc = await payload.create({
    collection: 'members',
    data: { name: marker('Mitglied'), kind: 'freelancer', user: user.id as number },
    overrideAccess: true,
  })
  return doc.id
}

/** Locks as stored, whatever the requester may see. */
const storedLocks = async () =>
  (
    await ctx.payload.find({
      collection: 'payload-locked-documents',
      depth: 0,
      limit: 0,
      overrideAccess: true,
    })
  ).docs

const lockOf = (id: number) =>
  ctx.payload.findByID({
    collection: 'payload-locked-documents',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })

const schedulesOf = async (id: number) =>
  (
    await ctx.payload.find({
      collection: 'payload-jobs',
      limit: 0,
      overrideAccess: true,
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
  ).docs.filter(
    (job) => String((job.input as { doc?: { value?: unknown } })?.doc?.value) === String(id),
  )

beforeAll(async () => {
  ctx = await bootPayload()
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
  press = await createUser(ctx.payload, ctx.api, ['press'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  member = await createUser(ctx.payload, ctx.api, ['member'])
  otherMember = await createUser(ctx.payload, ctx.api, ['member'], 'other-member')
  portraitID = await portraitFor(ctx.payload, member)
  otherPortraitID = await portraitFor(ctx.payload, otherMember)
  call = serverFunctionCaller(ctx.config)

  const release = await ctx.api.post('/press-releases', {
    token: press.token,
    query: { draft: 'true' },
    body: {
      title: `Geheimer Entwurf ${marker('x')}`,
      teaser: 'Noch nicht öffentlich.',
      _status: 'draft',
    },
  })
  expect(release.status, JSON.stringify(release.body)).toBe(201)
  releaseID = release.body.doc.id

  const lock = await ctx.api.post(LOCKS, {
    token: press.token,
    body: { document: { relationTo: 'press-releases', value: releaseID }, user: userRef(press) },
  })
  expect(lock.status, JSON.stringify(lock.body)).toBe(201)
  pressLockID = lock.body.doc.id
})

describe('edit locks over REST: a member sees and touches only their own', () => {
  it('a member’s list of locks shows neither the press office’s draft nor who edits it', async () => {
    const list = await ctx.api.get(LOCKS, { token: member.token, query: { limit: 0 } })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((lock: { id: number }) => lock.id)).not.toContain(pressLockID)
    expect(JSON.stringify(list.body)).not.toContain(`"value":${releaseID}`)
    expect((await ctx.api.get(`${LOCKS}/${pressLockID}`, { token: member.token })).status).toBe(404)
    const count = await ctx.api.get(`${LOCKS}/count`, { token: member.token })
    expect(count.body.totalDocs).toBe(0)
  })

  it('a member cannot lock a release draft, nor another member’s portrait, nor lock in someone else’s name', async () => {
    const onRelease = await ctx.api.post(LOCKS, {
      token: member.token,
      body: { document: releaseRef(), user: userRef(member) },
    })
    expect(onRelease.status).toBe(403)
    const onOther = await ctx.api.post(LOCKS, {
      token: member.token,
      body: { document: { relationTo: 'members', value: otherPortraitID }, user: userRef(member) },
    })
    expect(onOther.status).toBe(403)
    const inPressName = await ctx.api.post(LOCKS, {
      token: member.token,
      body: { document: { relationTo: 'members', value: portraitID }, user: userRef(press) },
    })
    expect(inPressName.status).toBe(403)
    // A draft id that does not exist gets the same answer as a hidden one: no existence oracle.
    const onMissing = await ctx.api.post(LOCKS, {
      token: member.token,
      body: {
        document: { relationTo: 'press-releases', value: releaseID + 100_000 },
        user: userRef(member),
      },
    })
    expect([onMissing.status, onMissing.body.errors?.[0]?.message]).toEqual([
      onRelease.status,
      onRelease.body.errors?.[0]?.message,
    ])
    expect(
      (await storedLocks()).filter((lock) => JSON.stringify(lock.user).includes(`${member.id}`)),
    ).toEqual([])
  })

  it('a member cannot take over or release the press office’s lock (by id or in bulk)', async () => {
    const takeOver = await ctx.api.patch(`${LOCKS}/${pressLockID}`, {
      token: member.token,
      body: { user: userRef(member) },
    })
    expect([403, 404]).toContain(takeOver.status)
    const bulkTakeOver = await ctx.api.patch(LOCKS, {
      token: member.token,
      query: { where: { id: { exists: true } } },
      body: { user: userRef(member) },
    })
    expect(bulkTakeOver.body.docs ?? []).toEqual([])
    expect([403, 404]).toContain(
      (await ctx.api.delete(`${LOCKS}/${pressLockID}`, { token: member.token })).status,
    )
    await ctx.api.delete(LOCKS, { token: member.token, query: { where: { id: { exists: true } } } })
    const lock = await lockOf(pressLockID)
    expect(lock?.user).toEqual({ relationTo: 'users', value: press.id })
  })

  it('a member locks, reads and releases their own portrait as the admin does while they edit it', async () => {
    const own = await ctx.api.post(LOCKS, {
      token: member.token,
      body: { document: { relationTo: 'members', value: portraitID }, user: userRef(member) },
    })
    expect(own.status, JSON.stringify(own.body)).toBe(201)
    const list = await ctx.api.get(LOCKS, { token: member.token })
    expect(list.body.docs.map((lock: { id: number }) => lock.id)).toEqual([own.body.doc.id])
    expect(
      (await ctx.api.delete(`${LOCKS}/${own.body.doc.id}`, { token: member.token })).status,
    ).toBe(200)
  })
})

describe('edit locks over GraphQL: the same rules', () => {
  it('a member lists no foreign lock and cannot create, take over or delete one', async () => {
    const list = await ctx.api.graphql(
      '{ PayloadLockedDocuments(limit: 0) { docs { id } totalDocs } }',
      undefined,
      { token: member.token },
    )
    expect(
      list.body.data.PayloadLockedDocuments.docs.map((lock: { id: number }) => lock.id),
    ).not.toContain(pressLockID)

    const create = await ctx.api.graphql(
      `mutation ($id: JSON, $user: JSON) { createPayloadLockedDocument(data: {
        document: { relationTo: press_releases, value: $id }, user: { relationTo: users, value: $user } }) { id } }`,
      { id: releaseID, user: member.id },
      { token: member.token },
    )
    expect(create.body.errors?.[0]?.extensions?.statusCode).toBe(403)

    const takeOver = await ctx.api.graphql(
      `mutation ($lock: Int!, $user: JSON) { updatePayloadLockedDocument(id: $lock, data: { user: { relationTo: users, value: $user } }) { id } }`,
      { lock: pressLockID, user: member.id },
      { token: member.token },
    )
    expect(takeOver.body.errors?.length).toBeGreaterThan(0)
    const remove = await ctx.api.graphql(
      'mutation ($lock: Int!) { deletePayloadLockedDocument(id: $lock) { id } }',
      { lock: pressLockID },
      { token: member.token },
    )
    expect(remove.body.errors?.length).toBeGreaterThan(0)
    expect((await lockOf(pressLockID))?.user).toEqual({ relationTo: 'users', value: press.id })
  })
})

describe('edit locks: staff keep working as before', () => {
  it('an editor, who may edit releases, sees the press lock and may take it over; the admin sees every lock', async () => {
    const seen = await ctx.api.get(LOCKS, {
      token: editor.token,
      query: { where: { 'document.value': { equals: releaseID } } },
    })
    expect(seen.body.docs.map((lock: { id: number }) => lock.id)).toContain(pressLockID)
    const lock = await ctx.api.post(LOCKS, {
      token: editor.token,
      body: { document: { relationTo: 'events', value: 999_999 }, user: userRef(editor) },
    })
    // A lock on a document that does not exist is refused (not a database error).
    expect(lock.status).toBe(403)

    const takeOver = await ctx.api.patch(`${LOCKS}/${pressLockID}`, {
      token: editor.token,
      body: { user: userRef(editor) },
    })
    expect(takeOver.status, JSON.stringify(takeOver.body)).toBe(200)
    expect((await lockOf(pressLockID))?.user).toEqual({ relationTo: 'users', value: editor.id })

    const all = await ctx.api.get(LOCKS, { token: admin.token, query: { limit: 0 } })
    expect(all.body.totalDocs).toBe((await storedLocks()).length)
    const back = await ctx.api.patch(`${LOCKS}/${pressLockID}`, {
      token: press.token,
      body: { user: userRef(press) },
    })
    expect(back.status).toBe(200)
  })
})

describe('server functions: the admin layout’s handler obeys roles', () => {
  const inAMinute = () => new Date(Date.now() + 60 * 60_000)

  it('a member cannot schedule a release’s publication, nor list its schedules', async () => {
    const scheduled = await call(member.token, 'schedule-publish', {
      type: 'publish',
      doc: releaseRef(),
      date: inAMinute(),
    })
    expect(scheduled).toMatchObject({ status: 403 })
    expect(await schedulesOf(releaseID)).toEqual([])
    const upcoming = await call(member.token, 'get-upcoming-scheduled-publish', {
      collectionSlug: 'press-releases',
      id: releaseID,
    })
    expect(upcoming).toMatchObject({ status: 403 })
  })

  it('press schedules, lists and moves a publication; a member cannot cancel it; an editor cannot schedule', async () => {
    const scheduled = await call(press.token, 'schedule-publish', {
      type: 'publish',
      doc: releaseRef(),
      date: inAMinute(),
    })
    expect(scheduled).toEqual({ message: expect.any(String) })
    const [job] = await schedulesOf(releaseID)
    expect(job).toBeDefined()

    const upcoming = (await call(press.token, 'get-upcoming-scheduled-publish', {
      collectionSlug: 'press-releases',
      id: releaseID,
    })) as { id: number }[]
    expect(upcoming.map((entry) => entry.id)).toEqual([job?.id])

    const cancel = await call(member.token, 'schedule-publish', {
      type: 'publish',
      doc: releaseRef(),
      date: inAMinute(),
      deleteID: job?.id,
    })
    expect(cancel).toMatchObject({ status: 403 })
    // The member names their own portrait, but the job belongs to the release: still refused.
    const sneaky = await call(member.token, 'schedule-publish', {
      type: 'publish',
      doc: { relationTo: 'members', value: portraitID },
      date: inAMinute(),
      deleteID: job?.id,
    })
    expect(sneaky).toMatchObject({ status: 403 })
    expect((await schedulesOf(releaseID)).map((entry) => entry.id)).toEqual([job?.id])

    const byEditor = await call(editor.token, 'schedule-publish', {
      type: 'unpublish',
      doc: releaseRef(),
      date: inAMinute(),
      deleteID: job?.id,
    })
    expect(byEditor).toMatchObject({ status: 403 })

    const moved = await call(press.token, 'schedule-publish', {
      type: 'publish',
      doc: releaseRef(),
      date: inAMinute(),
      deleteID: job?.id,
    })
    expect(moved).toEqual({ message: expect.any(String) })
    const after = await schedulesOf(releaseID)
    expect(after).toHaveLength(1)
    expect(after[0]?.id).not.toBe(job?.id)
  })

  it('form-state never writes or reveals a lock on a document the member may not edit, but does on their own', async () => {
    const before = (await storedLocks()).length
    const state = (await call(member.token, 'form-state', {
      collectionSlug: 'press-releases',
      id: releaseID,
      operation: 'update',
      schemaPath: 'press-releases',
      formState: {},
      returnLockStatus: true,
      updateLastEdited: true,
    })) as { lockedState?: unknown }
    expect(state.lockedState).toBeUndefined()
    expect((await storedLocks()).length).toBe(before)

    await call(member.token, 'form-state', {
      collectionSlug: 'members',
      id: portraitID,
      operation: 'update',
      schemaPath: 'members',
      formState: {},
      returnLockStatus: true,
      updateLastEdited: true,
    })
    const mine = (await storedLocks()).filter(
      (lock) =>
        (lock.document as { relationTo?: string; value?: unknown })?.relationTo === 'members' &&
        (lock.document as { value?: unknown }).value === portraitID,
    )
    expect(mine.map((lock) => (lock.user as { value?: unknown }).value)).toEqual([member.id])
  })

  it('bad calls answer a clean error instead of crashing the server action', async () => {
    expect(await call(member.token, 'no-such-function', {})).toMatchObject({ status: 400 })
    expect(await call(undefined, 'schedule-publish', { doc: releaseRef() })).toMatchObject({
      status: 401,
    })
    expect(
      await call(press.token, 'schedule-publish', {
        doc: { relationTo: 'no-such-collection', value: '1' },
      }),
    ).toMatchObject({ status: 403 })
    // Either our `{ error, status }` or Payload's own formatted `{ errors }` — never a thrown 500.
    const answer = (await call(admin.token, 'form-state', {})) as {
      error?: string
      status?: number
      errors?: unknown[]
    }
    if (answer.errors) expect(answer.errors.length).toBeGreaterThan(0)
    else expect(answer).toMatchObject({ error: expect.any(String), status: 404 })
  })

  // The bad-input corpus for server functions (issue 7): a hand-made or stale call gets the 4xx
  // it deserves, with a message of our table — in the admin language (German here), or in German
  // and English where it comes from the input checks shared with REST — and changes nothing.
  const serverFunctionCorpus: Array<[string, string, () => Record<string, unknown>, number]> = [
    ['unknown function', 'no-such-function', () => ({}), 400],
    [
      'unknown collection',
      'render-document',
      () => ({ collectionSlug: 'no-such-collection', docID: 1 }),
      404,
    ],
    [
      'unknown collection for a list',
      'render-list',
      () => ({ collectionSlug: 'no-such-collection' }),
      404,
    ],
    ['unknown global', 'render-document', () => ({ globalSlug: 'no-such-global' }), 404],
    [
      'document that does not exist',
      'render-document',
      () => ({ collectionSlug: 'press-releases', docID: 987654 }),
      404,
    ],
    [
      'document id that is a word',
      'render-document',
      () => ({ collectionSlug: 'press-releases', docID: 'abc' }),
      404,
    ],
    [
      'document id that is an object',
      'render-document',
      () => ({ collectionSlug: 'press-releases', docID: {} }),
      400,
    ],
    ['collection slug that is a number', 'render-document', () => ({ collectionSlug: 42 }), 400],
    [
      'list query that is a string',
      'render-list',
      () => ({ collectionSlug: 'venues', query: 'x' }),
      400,
    ],
    [
      'list where with a word as id',
      'render-list',
      () => ({ collectionSlug: 'venues', query: { where: { id: { equals: 'abc' } } } }),
      400,
    ],
    [
      'table columns that are not a list',
      'table-state',
      () => ({ collectionSlug: 'venues', columns: 'x' }),
      400,
    ],
    [
      'form state that is a string',
      'form-state',
      () => ({ collectionSlug: 'venues', schemaPath: 'venues', formState: 'x' }),
      400,
    ],
    ['schema path that is a number', 'form-state', () => ({ schemaPath: 5 }), 400],
    ['field of an unknown collection', 'render-field', () => ({ schemaPath: 'nope.nope' }), 404],
    ['slugify an object', 'slugify', () => ({ valueToSlugify: {} }), 400],
    [
      'copy from a locale that does not exist',
      'copy-data-from-locale',
      () => ({ collectionSlug: 'venues', docID: 1, fromLocale: 'xx', toLocale: 'de' }),
      400,
    ],
  ]

  it.each(serverFunctionCorpus)(
    'bad call: %s → a clean 4xx with our message',
    async (_title, name, args, status) => {
      const before = await storedLocks()
      const answer = (await call(admin.token, name, args())) as { error?: string; status?: number }
      expect(answer, JSON.stringify(answer).slice(0, 200)).toMatchObject({
        status,
        error: expect.stringMatching(OUR_MESSAGE),
      })
      expect(await storedLocks()).toEqual(before)
    },
  )

  it('our refusals follow the admin language; before Payload knows it, they are in both', async () => {
    const english = { 'accept-language': 'en' }
    expect(
      await call(admin.token, 'render-list', { collectionSlug: 'no-such-collection' }, english),
    ).toEqual({ error: en.serverFunctionNoSuchTarget, status: 404 })
    expect(
      await call(admin.token, 'render-list', { collectionSlug: 'no-such-collection' }),
    ).toEqual({ error: de.serverFunctionNoSuchTarget, status: 404 })
    expect(await call(admin.token, 'render-document', { collectionSlug: 42 }, english)).toEqual({
      error:
        'Invalid argument "collectionSlug" for the server function "render-document". Please reload.',
      status: 400,
    })
    expect(await call(admin.token, 'no-such-function', {}, english)).toEqual({
      error: `${de.serverFunctionUnknown} / ${en.serverFunctionUnknown}`,
      status: 400,
    })
  })

  it('a server function that throws answers `{ error, status }`: a 4xx keeps its status, a crash is a clean 500', async () => {
    const throwing =
      (error: Error): ServerFunctionHandler =>
      async () => {
        throw error
      }
    const refused = await serverFunctionCaller(
      ctx.config,
      guardServerFunctions(throwing(new APIError('Bitte prüfen. / Please check.', 422))),
    )(admin.token, 'render-list', {})
    expect(refused).toEqual({ error: 'Bitte prüfen. / Please check.', status: 422 })
    const crashed = (await serverFunctionCaller(
      ctx.config,
      guardServerFunctions(throwing(new TypeError('x is undefined'))),
    )(admin.token, 'render-list', {})) as {
      error: string
      status: number
    }
    expect(crashed.status).toBe(500)
    expect(crashed.error).not.toContain('x is undefined')
  })
})

describe('jobs and preferences', () => {
  it('nobody writes the jobs queue over the API; only the press office reads its scheduled publications; a member cannot run it', async () => {
    for (const user of [member, press]) {
      expect(
        (
          await ctx.api.post('/payload-jobs', {
            token: user.token,
            body: { taskSlug: 'schedulePublish' },
          })
        ).status,
      ).toBe(403)
    }
    expect((await ctx.api.get('/payload-jobs', { token: member.token })).status).toBe(403)
    // The press dashboard lists scheduled publications; nothing else of the queue (webhooks, mail).
    const forPress = await ctx.api.get('/payload-jobs', {
      token: press.token,
      query: { limit: 100 },
    })
    expect(forPress.status).toBe(200)
    expect(
      forPress.body.docs.every((job: { taskSlug: string }) => job.taskSlug === 'schedulePublish'),
    ).toBe(true)
    const graphql = await ctx.api.graphql('{ PayloadJobs { docs { id input } } }', undefined, {
      token: member.token,
    })
    expect(graphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect([401, 403]).toContain(
      (await ctx.api.get('/payload-jobs/run', { token: member.token })).status,
    )
  })

  it('a member sees and changes only their own preferences', async () => {
    const key = marker('prefs')
    const saved = await ctx.api.post(`/payload-preferences/${key}`, {
      token: press.token,
      body: { value: { columns: ['title'] } },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const list = await ctx.api.get('/payload-preferences', {
      token: member.token,
      query: { limit: 0 },
    })
    expect(JSON.stringify(list.body)).not.toContain(key)
    const stored = await ctx.payload.find({
      collection: 'payload-preferences',
      overrideAccess: true,
      where: { key: { equals: key } },
    })
    const id = stored.docs[0]?.id
    expect([403, 404]).toContain(
      (
        await ctx.api.patch(`/payload-preferences/${id}`, {
          token: member.token,
          body: { value: {} },
        })
      ).status,
    )
    // DELETE /payload-preferences/:key looks only among the requester's own keys: someone else's
    // key is one the member does not have (404, not the adapter's 500).
    expect(
      (await ctx.api.delete(`/payload-preferences/${id}`, { token: member.token })).status,
    ).toBe(404)
    expect(
      (await ctx.api.delete(`/payload-preferences/${key}`, { token: member.token })).status,
    ).toBe(404)
    const after = await ctx.payload.find({
      collection: 'payload-preferences',
      overrideAccess: true,
      where: { key: { equals: key } },
    })
    expect(after.docs.map((doc) => doc.value)).toEqual([{ columns: ['title'] }])
  })
})
