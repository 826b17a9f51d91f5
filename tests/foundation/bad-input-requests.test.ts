/**
 * Request-level bad input through the real REST and GraphQL route handlers (behind the request
 * guard, exactly as `src/app/(payload)/api` serves them).
 *
 * User story: "As the association's administrator, I want every malformed, oversized or mis-typed
 * request to get a clear 4xx in German and English — never a 500, never a hang, never a changed
 * row — so that a broken client or an attacker can neither crash, slow down nor alter the CMS, and
 * the error log shows only real server errors."
 */
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'
import { tableChecksums } from './bad-input/checksums'
import { type CaseContext, countingStream, problemsWith, requestCases } from './bad-input/requests'

// env.ts reads the allowlist when the config module is imported (inside bootPayload).
const ALLOWED_ORIGIN = 'https://kreativeklasse.ruhr'
process.env.CORS_ORIGINS = ALLOWED_ORIGIN

let ctx: TestContext
let admin: TestUser
let caseContext: CaseContext

beforeAll(async () => {
  ctx = await bootPayload()
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
  const release = await ctx.api.post('/press-releases', {
    token: admin.token,
    body: { title: `Unverändert ${randomBytes(3).toString('hex')}`, teaser: 'Bleibt, wie er ist.' },
  })
  expect(release.status, JSON.stringify(release.body)).toBe(201)
  caseContext = { url: (path) => ctx.api.url(path), auth: { authorization: `JWT ${admin.token}` }, releaseId: release.body.doc.id }
})

describe('the request-level bad-input corpus', () => {
  it('has at least 30 cases covering every class', () => {
    expect(requestCases.length).toBeGreaterThanOrEqual(30)
    expect(new Set(requestCases.map((c) => c.kind))).toEqual(new Set(['encoding', 'json', 'size', 'content-type', 'multipart', 'graphql']))
    expect(new Set(requestCases.map((c) => c.name)).size).toBe(requestCases.length)
  })

  it('every case gets its 4xx with a German and English message, within 2 s, never logged as an error, and no row changes', async () => {
    const errorLog = vi.spyOn(ctx.payload.logger, 'error')
    const infoLog = vi.spyOn(ctx.payload.logger, 'info')
    const before = await tableChecksums(process.env.DATABASE_URI!)
    const failures: string[] = []
    const messages: string[] = []
    try {
      for (const testCase of requestCases) {
        const started = performance.now()
        // A handler that throws is what Next turns into an empty 500.
        const response = await ctx.api.raw(testCase.build(caseContext)).catch((error: unknown) => ({ status: 500, body: String(error), headers: new Headers() }))
        const elapsed = performance.now() - started
        const message: unknown = response.body?.errors?.[0]?.message
        if (typeof message === 'string') messages.push(message)
        failures.push(...problemsWith(testCase, response, elapsed))
      }
      expect(failures).toEqual([])
      expect(errorLog).not.toHaveBeenCalled()
      // Logged once each, at info (loggingLevels[RequestRejected]), with the message the client got.
      const logged = infoLog.mock.calls.map(([entry]) => (entry as { msg?: string })?.msg)
      expect(messages.filter((m) => !logged.includes(m))).toEqual([])
    } finally {
      errorLog.mockRestore()
      infoLog.mockRestore()
    }
    expect(await tableChecksums(process.env.DATABASE_URI!)).toEqual(before)
  })
})

describe('what the guard lets through, unchanged', () => {
  it('a 12 MB body streamed without Content-Length is cut off after the limit, not read to the end', async () => {
    const { stream, pulled } = countingStream(12 * 1024 * 1024)
    const request = new Request(ctx.api.url('/venues'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...caseContext.auth },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    const response = await ctx.api.raw(request)
    expect(response.status).toBe(413)
    expect(pulled()).toBeLessThan(2 * 1024 * 1024)
  })

  it('JSON, GraphQL, an admin-style multipart save and POST-as-GET still work through the guard', async () => {
    const venue = await ctx.api.post('/venues', { token: admin.token, body: { name: 'Zeche Carl', city: 'Essen' } })
    expect(venue.status, JSON.stringify(venue.body)).toBe(201)

    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: 'Über die Klasse (neu)' }))
    const saved = await ctx.api.patch(`/press-releases/${caseContext.releaseId}`, { token: admin.token, body: form })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.doc.title).toBe('Über die Klasse (neu)')

    const graphql = await ctx.api.graphql('query($id: Int!) { Venue(id: $id) { name } }', { id: venue.body.doc.id }, { token: admin.token })
    expect(graphql.status).toBe(200)
    expect(graphql.body).toEqual({ data: { Venue: { name: 'Zeche Carl' } } })

    const asGet = await ctx.api.raw(
      new Request(ctx.api.url('/venues'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-http-method-override': 'GET' },
        body: `where[name][equals]=${encodeURIComponent('Zeche Carl')}`,
      }),
    )
    expect(asGet.status).toBe(200)
    expect(asGet.body.docs.map((doc: { name: string }) => doc.name)).toEqual(['Zeche Carl'])
  })

  it('login still sets the auth cookie, and a rejection carries CORS headers for an allowed origin', async () => {
    const login = await ctx.api.login(admin.email, admin.password)
    expect(login.status).toBe(200)
    expect(login.cookie).toMatch(/payload-token=/)

    const rejected = await ctx.api.raw(
      new Request(ctx.api.url('/users/login'), { method: 'POST', headers: { 'content-type': 'application/json', origin: ALLOWED_ORIGIN }, body: '{' }),
    )
    expect(rejected.status).toBe(400)
    expect(rejected.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN)
    const preflight = await ctx.api.options('/press-releases', { headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'PATCH' } })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN)
  })
})

describe('logging: a client’s mistake is no server error', () => {
  it('not found, forbidden, unauthorized and invalid answers are logged below ERROR', async () => {
    const errorLog = vi.spyOn(ctx.payload.logger, 'error')
    try {
      const answers = [
        await ctx.api.get('/press-releases/987654321'),
        await ctx.api.post('/venues', { body: { name: 'Anonym' } }),
        await ctx.api.post('/payload-preferences/nav', { body: { value: { open: true } } }),
        await ctx.api.get('/users'),
        await ctx.api.post('/venues', { token: admin.token, body: {} }),
        await ctx.api.post('/users/login', { body: { email: admin.email, password: 'falsch' } }),
      ]
      expect(answers.map((answer) => answer.status)).toEqual([404, 403, 401, 403, 400, 401])
      expect(errorLog).not.toHaveBeenCalled()
    } finally {
      errorLog.mockRestore()
    }
  })
})
