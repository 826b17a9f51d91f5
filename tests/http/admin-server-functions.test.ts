/**
 * The admin layout's server function over real HTTP against `next start`: a Next server action is
 * a POST with a `Next-Action` header naming the action (from the build's server-reference
 * manifest) and the arguments as the client's React encodes them (plain JSON here).
 *
 * User story: "As the press office, I want my scheduled publications safe from members who use
 * the admin for their portrait — in the production server, not only in tests of the handler."
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ProductionServer, root, startProductionServer } from '../helpers/server'

let server: ProductionServer
let adminToken = ''
let pressToken = ''
let memberToken = ''
let releaseID = 0

/** The id of the action defined in `src/app/(payload)/layout.tsx` (the admin's serverFunction). */
function layoutActionID(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, { filename?: string; exportedName?: string }>
  }
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename?.includes('(payload)/layout'))
    .map(([id]) => id)
  if (ids.length !== 1)
    throw new Error(`expected one layout action, found ${JSON.stringify(manifest.node)}`)
  return ids[0] as string
}

async function json(response: Response) {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

async function post(pathname: string, body: unknown, token?: string) {
  const response = await fetch(`${server.baseURL}/api${pathname}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await json(response) }
}

async function userWith(roles: string[]): Promise<string> {
  const email = `http-${roles[0]}-${randomBytes(4).toString('hex')}@test.kreativeklasse.ruhr`
  const password = `pw-${randomBytes(8).toString('hex')}`
  const created = await post('/users', { email, password, roles }, adminToken)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const login = await post('/users/login', { email, password })
  return login.body.token as string
}

/** Calls the admin's server function as the browser does; returns HTTP status and the action's result. */
async function serverFunction(token: string, name: string, args: Record<string, unknown>) {
  const response = await fetch(`${server.baseURL}/admin`, {
    method: 'POST',
    headers: {
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      'Next-Action': layoutActionID(),
      Origin: server.baseURL,
      Authorization: `JWT ${token}`,
    },
    body: JSON.stringify([{ name, args }]),
  })
  const text = await response.text()
  // The flight stream has one row per value: `<id>:<json>`; the action's result is the row the
  // root row (`0:`) points to with `"a":"$@<id>"`.
  const rows = new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map((row) => [row.slice(0, row.indexOf(':')), row.slice(row.indexOf(':') + 1)]),
  )
  const root = JSON.parse(rows.get('0') ?? '{}') as { a?: string }
  const resultRow = root.a?.startsWith('$@') ? rows.get(root.a.slice(2)) : undefined
  return { status: response.status, result: resultRow ? JSON.parse(resultRow) : undefined, text }
}

beforeAll(async () => {
  server = await startProductionServer()
  const email = `http-admin-${randomBytes(4).toString('hex')}@test.kreativeklasse.ruhr`
  const password = `pw-${randomBytes(8).toString('hex')}`
  expect((await post('/users/first-register', { email, password })).status).toBe(200)
  adminToken = (await post('/users/login', { email, password })).body.token
  pressToken = await userWith(['press'])
  memberToken = await userWith(['member'])
  const release = await post(
    '/press-releases?draft=true',
    { title: 'Entwurf über HTTP', teaser: 'Noch geheim.', _status: 'draft' },
    pressToken,
  )
  expect(release.status, JSON.stringify(release.body)).toBe(201)
  releaseID = release.body.doc.id
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

describe('the admin server function over HTTP (next start)', () => {
  const schedule = () => ({
    type: 'publish',
    doc: { relationTo: 'press-releases', value: String(releaseID) },
    // React encodes a Date as "$D<iso>"; the action receives a Date, as from the schedule drawer.
    date: `$D${new Date(Date.now() + 3_600_000).toISOString()}`,
  })

  it('a member’s schedule-publish is refused with a clean answer, the press office’s is accepted', async () => {
    const byMember = await serverFunction(memberToken, 'schedule-publish', schedule())
    expect(byMember.status, byMember.text).toBe(200)
    expect(byMember.result).toMatchObject({ status: 403 })

    const byPress = await serverFunction(pressToken, 'schedule-publish', schedule())
    expect(byPress.status, byPress.text).toBe(200)
    expect(byPress.result).toEqual({ message: expect.any(String) })

    const upcoming = await serverFunction(memberToken, 'get-upcoming-scheduled-publish', {
      collectionSlug: 'press-releases',
      id: releaseID,
    })
    expect(upcoming.result).toMatchObject({ status: 403 })
  })

  it('an unknown or broken server function answers a clean error, never a 500', async () => {
    const unknown = await serverFunction(memberToken, 'no-such-function', {})
    expect(unknown.status).toBe(200)
    expect(unknown.result).toMatchObject({ status: 400 })
    const broken = await serverFunction(adminToken, 'render-document', {
      collectionSlug: 'no-such-collection',
      docID: 1,
    })
    expect(broken.status).toBe(200)
    expect(broken.result).toMatchObject({ status: 404 })
  })
})
