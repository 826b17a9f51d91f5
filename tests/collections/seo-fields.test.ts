/**
 * User story: "As an editor I fill in title, description and social image for search engines with
 * the SEO plugin's counters and preview, in German; as a frontend developer I read them where they
 * always were (`seo.title`, `seo.description`, `seo.image`)."
 */
import type { Field, SanitizedConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let config: SanitizedConfig
let editor: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  config = ctx.config
  editor = await createUser(ctx.payload, ctx.api, ['editor'], 'SEO-Redaktion')
})

afterAll(async () => {
  if (editor) await ctx.payload.delete({ collection: 'users', id: editor.id, overrideAccess: true })
})

type AnyField = Field & {
  name?: string
  type: string
  label?: unknown
  fields?: AnyField[]
  tabs?: { fields: AnyField[] }[]
}

/** The `seo` group wherever it sits (top level or in an unnamed tab). */
function seoGroup(fields: AnyField[]): AnyField | undefined {
  for (const field of fields) {
    if (field.type === 'group' && field.name === 'seo') return field
    const nested =
      field.type === 'tabs'
        ? (field.tabs ?? []).flatMap((tab) => tab.fields)
        : field.type === 'row' || field.type === 'collapsible'
          ? (field.fields ?? [])
          : []
    const found = seoGroup(nested)
    if (found) return found
  }
  return undefined
}

const componentOf = (field: AnyField | undefined) =>
  (field as { admin?: { components?: { Field?: { path?: string } } } } | undefined)?.admin
    ?.components?.Field?.path ?? ''

describe('the SEO group of releases, projects and events', () => {
  it.each(['press-releases', 'projects', 'events'])(
    '%s: same fields as before, drawn by the SEO plugin',
    (slug) => {
      const collection = config.collections.find((each) => each.slug === slug)!
      const group = seoGroup(collection.fields as AnyField[])
      expect(group, slug).toBeDefined()
      const byName = new Map(
        (group!.fields ?? []).filter((field) => field.name).map((field) => [field.name!, field]),
      )
      // Database columns and API: two localised texts and one shared photo, with our limits.
      expect(byName.get('title')).toMatchObject({ type: 'text', localized: true, maxLength: 70 })
      expect(byName.get('description')).toMatchObject({
        type: 'textarea',
        localized: true,
        maxLength: 170,
      })
      expect(byName.get('image')).toMatchObject({
        type: 'upload',
        relationTo: 'photos',
        localized: false,
      })
      // Everything else is UI only (no column, not in the API).
      expect(
        [...byName.values()]
          .filter((field) => field.type !== 'ui')
          .map((field) => field.name)
          .sort(),
      ).toEqual(['description', 'image', 'title'])
      expect(componentOf(byName.get('title'))).toBe(
        '@payloadcms/plugin-seo/client#MetaTitleComponent',
      )
      expect(componentOf(byName.get('overview'))).toBe(
        '@payloadcms/plugin-seo/client#OverviewComponent',
      )
      expect(byName.get('title')?.label).toEqual({ de: 'Seitentitel', en: 'Page title' })
      expect(byName.get('image')?.label).toEqual({
        de: 'Vorschaubild (Social Media)',
        en: 'Social image',
      })
      // The plugin adds no group of its own.
      expect((collection.fields as AnyField[]).some((field) => field.name === 'meta')).toBe(false)
    },
  )

  it('the plugin components speak German (their translations come with the plugin)', () => {
    const german = (
      config.i18n.translations as Record<string, Record<string, Record<string, string>>>
    ).de?.['plugin-seo']
    expect(german?.missing).toBe('Fehlt')
    expect(german?.preview).toBe('Vorschau')
  })
})

describe("the SEO plugin's generate endpoints (none configured)", () => {
  const GENERATORS = ['title', 'description', 'url', 'image'].map(
    (what) => `/plugin-seo/generate-${what}`,
  )

  it('refuse an anonymous caller with 401 and staff with 403 (no collection has generators), never 5xx', async () => {
    for (const path of GENERATORS) {
      expect(
        (await ctx.api.post(path, { body: { collectionSlug: 'press-releases' } })).status,
        path,
      ).toBe(401)
      expect(
        (
          await ctx.api.post(path, {
            token: editor.token,
            body: { collectionSlug: 'press-releases', id: 1 },
          })
        ).status,
        path,
      ).toBe(403)
    }
  })

  it('answer broken JSON from staff with a 4xx', async () => {
    for (const path of GENERATORS) {
      const response = await ctx.api.raw(
        new Request(ctx.api.url(path), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editor.token}` },
          body: '{"collectionSlug":',
        }),
      )
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
    }
  })
})
