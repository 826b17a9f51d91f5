/**
 * Request-level bad input over real HTTP against the production build (`next start`), where Next
 * itself parses the path and the body stream before Payload's handlers run.
 *
 * User story: "As the association's administrator, I want the live server to answer malformed,
 * oversized and mis-typed requests with a clear 4xx in German and English — never a 500, never a
 * hang, never a changed row, never an ERROR in the log."
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tableChecksums } from '../foundation/bad-input/checksums'
import { type CaseContext, problemsWith, requestCases } from '../foundation/bad-input/requests'
import { type ProductionServer, startProductionServer } from '../helpers/server'

let server: ProductionServer
let caseContext: CaseContext

beforeAll(async () => {
  server = await startProductionServer()
  caseContext = { url: (path) => `${server.baseURL}/api${path}`, auth: {}, releaseId: 1 }
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

/** The cases that need no login and no data: they run against the fresh server as they are. */
const standaloneCases = requestCases.filter((testCase) => testCase.standalone)

/** Pino's pretty output colours the level (`\x1b[31mERROR`), which would hide it from `\bERROR\b`. */
const withoutColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '')

async function send(request: Request): Promise<{ status: number; body: unknown }> {
  const response = await fetch(request, { signal: AbortSignal.timeout(10_000) })
  const text = await response.text()
  try {
    return { status: response.status, body: text ? JSON.parse(text) : undefined }
  } catch {
    return { status: response.status, body: text }
  }
}

describe('bad input over HTTP against next start', () => {
  it('covers encodings, JSON, size, content type, multipart and GraphQL', () => {
    expect(standaloneCases.length).toBeGreaterThanOrEqual(10)
    expect(new Set(standaloneCases.map((c) => c.kind))).toEqual(
      new Set(['encoding', 'json', 'size', 'content-type', 'multipart', 'graphql']),
    )
  })

  it('every standalone case gets its 4xx (an undecodable query: no 5xx, see queryRepairedByNext) with a German and English message within 2 s, no row changes, nothing logged as an error', async () => {
    const before = await tableChecksums(server.databaseURI)
    const logStart = server.output().length
    const failures: string[] = []
    for (const testCase of standaloneCases) {
      const started = performance.now()
      const answer = await send(testCase.build(caseContext)).catch((error: unknown) => ({
        status: 0,
        body: String(error),
      }))
      const elapsed = performance.now() - started
      if (!testCase.queryRepairedByNext) failures.push(...problemsWith(testCase, answer, elapsed))
      else if (answer.status >= 500 || answer.status === 0 || elapsed >= 2_000)
        failures.push(`${testCase.name}: ${answer.status} after ${Math.round(elapsed)} ms`)
    }
    expect(failures).toEqual([])
    expect(await tableChecksums(server.databaseURI)).toEqual(before)
    // Payload logs with pino: level 50 (JSON) or "ERROR" (pretty) marks an error entry.
    const log = withoutColours(server.output().slice(logStart))
    expect(log).not.toMatch(/"level":\s*50|\bERROR\b/)
  })

  it("Payload's own expected 4xx (NotFound, ValidationError) are logged below ERROR by the production build", async () => {
    const logStart = server.output().length
    // findByID throws Payload's NotFound for a missing release and for a draft an anonymous reader
    // may not see alike; an empty login password throws its ValidationError.
    const missing = await send(new Request(`${server.baseURL}/api/press-releases/987654`))
    expect(missing.status).toBe(404)
    const noPassword = await send(
      new Request(`${server.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'niemand@test.kreativeklasse.ruhr', password: '' }),
      }),
    )
    expect(noPassword.status, JSON.stringify(noPassword.body)).toBe(400)
    // Give pino a moment to flush both entries.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const log = withoutColours(server.output().slice(logStart))
    // `loggingLevels` matches on error class names: a minified server build would rename them.
    expect(log).not.toMatch(/"level":\s*50|\bERROR\b/)
  })

  it('a 12 MB upload reaches Payload whole: the proxy never copies (and cuts) upload bodies', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Gruppenfoto', credit: 'Test' }))
    form.append(
      'file',
      new Blob([new Uint8Array(12 * 1024 * 1024).fill(7)], { type: 'image/jpeg' }),
      'gross.jpg',
    )
    const answer = await send(
      new Request(`${server.baseURL}/api/photos`, { method: 'POST', body: form }),
    )
    // Whole: the guard parses the form and Payload refuses the anonymous create (403). Cut at
    // 10 MB, the form would be incomplete (400).
    expect(answer.status, JSON.stringify(answer.body)).toBe(403)
  })

  it('the server still answers normally afterwards', async () => {
    const health = await fetch(`${server.baseURL}/api/health`)
    expect(health.status).toBe(200)
    const graphql = await send(
      new Request(`${server.baseURL}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
    )
    expect(graphql).toEqual({ status: 200, body: { data: { __typename: 'Query' } } })
  })
})
