/**
 * A frontend developer generates a client from `GET /api/openapi.json` and trusts it: the document
 * is valid OpenAPI 3.1, the committed `openapi.json` is current, every public GET route is in it,
 * and what those routes really answer matches the schemas it promises.
 */
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPreviewLink } from '../../plugins/press-preview'
import { buildOpenAPIDocument, serializeOpenAPIDocument } from '../../src/openapi'
import { STAFF_ONLY_ENDPOINTS } from '../../src/openapi/endpoints'
import { seed } from '../../src/seed'
import { createContent } from '../helpers/content'
import { bootPayload, type TestContext } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
let ctx: TestContext
let openapi: Doc
let outDir: string

beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload)
  openapi = buildOpenAPIDocument(ctx.config)
  outDir = await mkdtemp(path.join(tmpdir(), 'kk-openapi-'))
})

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (checked against the official schema)', async () => {
    const validator = new Validator()
    const result = await validator.validate(openapi)
    expect(result.errors, JSON.stringify(result.errors, null, 2)).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('the committed openapi.json is what `npm run generate` writes from the config', async () => {
    const output = path.join(outDir, 'openapi.json')
    // Importing the config now and then dies with exit code 13 on Node 20 (see
    // tests/collections/generated-files.test.ts): retried; any other failure is not.
    for (let attempt = 1; ; attempt++) {
      try {
        await run(path.join(root, 'node_modules/.bin/tsx'), ['src/openapi/write.ts'], {
          cwd: root,
          env: {
            ...process.env,
            OPENAPI_OUTPUT_PATH: output,
            DATABASE_URI: 'postgres://unused@127.0.0.1:1/unused',
            PAYLOAD_DB_PUSH: 'false',
          },
          timeout: 120_000,
        })
        break
      } catch (error) {
        if ((error as { code?: number }).code !== 13 || attempt === 4) throw error
      }
    }
    const generated = await readFile(output, 'utf8')
    const committed = await readFile(path.join(root, 'openapi.json'), 'utf8')
    expect(generated).toBe(serializeOpenAPIDocument(ctx.config))
    expect(
      committed === generated,
      'openapi.json is out of date: run `npm run generate` and commit it',
    ).toBe(true)
  })

  it('describes every custom endpoint of the config, except those listed as staff-only', () => {
    const missing: string[] = []
    const check = (method: string, fullPath: string) => {
      const key = `${method} ${fullPath}`
      if (STAFF_ONLY_ENDPOINTS.has(key)) return
      const openapiPath = fullPath.replace(/:([a-zA-Z]+)\??/g, '{$1}')
      if (!openapi.paths[openapiPath]?.[method]) missing.push(key)
    }
    for (const endpoint of ctx.config.endpoints || []) check(endpoint.method, endpoint.path)
    for (const collection of ctx.config.collections) {
      for (const endpoint of collection.endpoints || []) {
        if (PAYLOAD_OWN.has(endpoint.path)) continue
        check(endpoint.method, `/${collection.slug}${endpoint.path}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('leaves staff-only collections out and marks every write as needing a login', () => {
    const paths = Object.keys(openapi.paths)
    for (const hidden of [
      'press-contacts',
      'webhooks',
      'press-previews',
      'press-sends',
      'payload-jobs',
      'payload-preferences',
    ]) {
      expect(
        paths.filter((each) => each === `/${hidden}` || each.startsWith(`/${hidden}/{`)),
      ).toEqual([])
    }
    expect(paths).not.toContain('/users')
    for (const [pathName, operations] of Object.entries(
      openapi.paths as Record<string, Record<string, Doc>>,
    )) {
      for (const method of ['patch', 'delete']) {
        if (operations[method])
          expect(operations[method].security, `${method} ${pathName}`).toBeDefined()
      }
    }
    expect(openapi.paths['/press-releases'].post.security).toEqual([{ JWT: [] }, { cookie: [] }])
  })

  it('derives schemas from the fields: select → enum, date → date-time, upload → id or photo, localized, virtual HTML', () => {
    const release = openapi.components.schemas.PressReleases.properties
    expect(release._status.enum).toEqual(['draft', 'published', null])
    expect(JSON.stringify(release.embargo)).toContain('"format":"date-time"')
    expect(JSON.stringify(release.heroPhoto)).toContain('#/components/schemas/Photos')
    expect(release.title.anyOf[1].properties).toHaveProperty('en')
    expect(release).toHaveProperty('bodyHtml')
    expect(JSON.stringify(openapi.components.schemas.Projects.properties.layout)).toContain(
      'BlockQuote',
    )
  })
})

describe('GET /api/openapi.json', () => {
  it('is served anonymously, equal to the committed file, and cacheable', async () => {
    const response = await ctx.api.get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.body).toEqual(openapi)
    expect(response.headers.get('cache-control')).toMatch(/public/)
    expect(response.headers.get('etag')).toBeTruthy()
  })
})

describe('GET /api/docs', () => {
  it('is one readable page of every documented operation, without scripts, under a strict CSP', async () => {
    const response = await ctx.api.get('/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    const html = String(response.body)
    expect(html).not.toMatch(/<script/i)
    const operations = Object.entries(openapi.paths as Record<string, Record<string, Doc>>).flatMap(
      ([template, item]) =>
        ['get', 'post', 'patch', 'delete']
          .filter((method) => item[method])
          .map((method) => `${method.toUpperCase()}</span> <code>/api${template}</code>`),
    )
    expect(operations.length).toBeGreaterThan(40)
    for (const operation of operations) expect(html, operation).toContain(operation)
    // Parameters come from their shared definitions, with their meaning.
    expect(html).toContain('<code>where</code>')
    expect(html).toContain('where[&lt;field&gt;][&lt;operator&gt;]')
  })
})

/** Payload's own collection endpoints (documented per collection, or internal). */
const PAYLOAD_OWN = new Set([
  '/',
  '/:id',
  '/count',
  '/versions',
  '/versions/:id',
  '/access/:id?',
  '/:id/duplicate',
  '/access',
  '/:key',
  '/login',
  '/logout',
  '/me',
  '/refresh-token',
  '/unlock',
  '/forgot-password',
  '/reset-password',
  '/verify/:token',
  '/init',
  '/first-register',
  '/file/:filename',
  '/paste-url/:id?',
  '/:id/preview',
  '/:id/file',
])

describe('live answers match the document', () => {
  const ajv = () => {
    const instance = new Ajv2020({ strict: false, validateFormats: false, allErrors: true })
    instance.addSchema(openapi, 'openapi.json')
    return instance
  }
  const pointer = (...parts: string[]) =>
    parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

  /** Checks one answer against the documented response of its status; returns a problem or ''. */
  function problem(
    validator: Ajv2020,
    template: string,
    status: number,
    contentType: string,
    body: unknown,
  ): string {
    const response = openapi.paths[template]?.get?.responses?.[String(status)]
    if (!response) return `${template}: status ${status} is not documented`
    const media = Object.keys(response.content ?? {})
    if (!media.length) return ''
    const base = contentType.split(';')[0]!.trim()
    const documented = media.find(
      (type) =>
        type === base ||
        type === '*/*' ||
        (type.endsWith('/*') && base.startsWith(type.slice(0, -1))),
    )
    if (!documented)
      return `${template} ${status}: content type ${base} is not one of ${media.join(', ')}`
    if (!/json/.test(documented)) return ''
    const ref = `openapi.json#/${pointer('paths', template, 'get', 'responses', String(status), 'content', documented, 'schema')}`
    const validate = validator.compile({ $ref: ref })
    return validate(body)
      ? ''
      : `${template} ${status}: ${(validate.errors ?? []).map((each) => `${each.instancePath} ${each.message} ${JSON.stringify(each.params)}`).join('; ')}`
  }

  it('every public GET route answers in the documented shape (lists, counts, by id, globals, feeds, calendars, JSON-LD, files, pre-access, press list)', async () => {
    const validator = ajv()
    const values: Record<string, Record<string, string>> = {}
    const first = async (slug: string) =>
      (await ctx.api.get(`/${slug}`, { query: { limit: 1, depth: 0, full: 1 } })).body.docs[0]
    await createContent(ctx.payload, 'documents', {})
    for (const slug of [
      'press-releases',
      'members',
      'photos',
      'documents',
      'projects',
      'events',
      'venues',
    ]) {
      const doc = await first(slug)
      expect(doc, `a public ${slug} document for the check`).toBeTruthy()
      values[slug] = {
        id: String(doc.id),
        slug: String(doc.slug ?? ''),
        filename: String(doc.filename ?? ''),
      }
    }
    // A release still under its Sperrfrist, with a photo and a PDF: its pre-access link answers 200.
    const embargoed = await createContent(ctx.payload, 'press-releases', {
      _status: 'published',
      embargo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      heroPhoto: Number(values.photos!.id),
      attachments: [Number(values.documents!.id)],
    })
    const req = await createLocalReq({}, ctx.payload)
    const link = await createPreviewLink(req, {
      release: embargoed.id,
      recipientEmail: 'redaktion@example.org',
    })
    const seedLink = await createPreviewLink(req, {
      release: Number(values['press-releases']!.id),
      recipientEmail: 'redaktion@example.org',
    })
    const token = new URL(link.url).pathname.split('/').pop()!

    const checked: string[] = []
    const problems: string[] = []
    for (const [template, operations] of Object.entries(
      openapi.paths as Record<string, Record<string, Doc>>,
    )) {
      if (!operations.get || operations.get.security) continue
      const collection = template.split('/')[1]!
      let concrete = template
        .replace(
          '{id}',
          template.startsWith('/press-preview')
            ? values.documents!.id!
            : (values[collection]?.id ?? ''),
        )
        .replace('{slug}', values[collection]?.slug ?? '')
        .replace('{token}', token)
      if (template.endsWith('{filename}'))
        concrete = template.startsWith('/press-preview')
          ? concrete.replace('{filename}', values.photos!.filename!)
          : concrete.replace('{filename}', values[collection]!.filename!)
      const query: Record<string, unknown> =
        template === '/press-contacts/confirm' || template === '/press-contacts/unsubscribe'
          ? { token: 'not-a-token' }
          : template === '/search'
            ? { q: 'Kreative' }
            : {}
      // Collection lists and globals (Payload's reads), in several shapes; other routes as they are.
      const isList = !template.includes('{') && /^find/.test(operations.get.operationId)
      const shapes: Record<string, unknown>[] = isList
        ? [
            {},
            { full: 1 },
            { locale: 'all' },
            { depth: 0 },
            { depth: 2 },
            { locale: 'en', html: 1 },
          ]
        : /^find.*ByID$/.test(operations.get.operationId)
          ? [{}, { depth: 2, html: 1 }]
          : [{}]
      if (template === '/press-preview/{token}') {
        // After the Sperrfrist the link leads on to the public release.
        const after = await ctx.api.get(
          template.replace('{token}', new URL(seedLink.url).pathname.split('/').pop()!),
        )
        expect(after.status).toBe(303)
        shapes.push({ format: 'json' })
      }
      for (const shape of shapes) {
        const response = await ctx.api.get(concrete, { query: { ...query, ...shape } })
        checked.push(`${concrete} ${JSON.stringify(shape)} → ${response.status}`)
        expect(
          response.status,
          `${concrete}: ${JSON.stringify(response.body)?.slice(0, 300)}`,
        ).toBeLessThan(500)
        // Search (once merged) must find the seed, so hits are checked, not only an empty list.
        if (template === '/search')
          expect(response.body.docs.length, JSON.stringify(response.body)).toBeGreaterThan(0)
        const found = problem(
          validator,
          template,
          response.status,
          response.headers.get('content-type') ?? '',
          response.body,
        )
        if (found) problems.push(found)
      }
    }
    expect(problems).toEqual([])
    // The real documents were read, not only errors: most routes answered 200.
    expect(checked.filter((line) => line.endsWith('→ 200')).length).toBeGreaterThan(60)
  })

  it('an error answer has the documented error shape', () => {
    const validator = ajv()
    const validate = validator.compile({ $ref: 'openapi.json#/components/schemas/Errors' })
    expect(validate({ errors: [{ message: 'Nicht gefunden / Not found' }] })).toBe(true)
    expect(validate({ message: 'x' })).toBe(false)
  })
})
