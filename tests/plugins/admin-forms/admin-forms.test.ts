import type { Condition, FlattenedField } from 'payload'

import { getTableColumns, type Table } from 'drizzle-orm'
/**
 * Forms that help the press team, editors and members (plugins/admin-forms and the collections):
 * required marks where German is required, consent details only while consent holds, system
 * fields out of "Alle bearbeiten", German array buttons, "ja"/"nein" columns, and a release form
 * in tabs that leaves the database exactly as it was.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { BOOLEAN_CELL, REQUIRED_IN_GERMAN_LABEL } from '../../../plugins/admin-forms'
import { GERMAN_DATE_FIELD } from '../../../src/fields/date'
import { requiredInDefaultLocale } from '../../../src/fields/validation'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let editor: TestUser
const root = path.resolve(import.meta.dirname, '../../..')

beforeAll(async () => {
  process.env.RESPONSE_CACHE = 'off'
  ctx = await bootPayload()
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
})

type AnyField = FlattenedField & {
  admin?: Record<string, unknown> & { components?: Record<string, unknown> }
  flattenedFields?: AnyField[]
}

/** The field at a dotted path of a collection (`consent.date`). */
function fieldAt(collection: string, dotted: string): AnyField {
  let fields = ctx.payload.collections[collection as 'members'].config.flattenedFields as AnyField[]
  let found: AnyField | undefined
  for (const name of dotted.split('.')) {
    found = fields.find((field) => 'name' in field && field.name === name)
    if (!found) throw new Error(`${collection}.${dotted}: no field ${name}`)
    fields = found.flattenedFields ?? []
  }
  return found!
}

describe('required marks', () => {
  it('every field required in German shows the asterisk label, and the admin can load it', async () => {
    const marked: string[] = []
    const walk = (fields: AnyField[], prefix: string) => {
      for (const field of fields) {
        const name = `${prefix}${'name' in field ? field.name : ''}`
        if ('validate' in field && field.validate === requiredInDefaultLocale) {
          expect(field.admin?.components?.Label, name).toBe(REQUIRED_IN_GERMAN_LABEL)
          marked.push(name)
        }
        walk(field.flattenedFields ?? [], `${name}.`)
      }
    }
    for (const collection of ctx.payload.config.collections)
      walk(collection.flattenedFields as AnyField[], `${collection.slug}.`)
    expect(marked).toEqual(
      expect.arrayContaining([
        'press-releases.title',
        'press-releases.teaser',
        'photos.alt',
        'events.title',
        'events.program.title',
      ]),
    )
    const importMap = await readFile(
      path.join(root, 'src/app/(payload)/admin/importMap.js'),
      'utf8',
    )
    expect(importMap).toContain(`"${REQUIRED_IN_GERMAN_LABEL}"`)
    expect(importMap).toContain(`"${BOOLEAN_CELL}"`)
  })
})

describe('publication consent of members', () => {
  it('date and recorder are shown only while consent is given', () => {
    for (const name of ['consent.date', 'consent.recordedBy']) {
      const condition = fieldAt('members', name).admin?.condition as Condition
      expect(typeof condition, name).toBe('function')
      const args = { blockData: {}, operation: 'update', path: [], user: null } as never
      expect(condition({}, { given: true }, args), name).toBe(true)
      expect(condition({}, { given: false }, args), name).toBe(false)
      expect(condition({}, {}, args), name).toBe(false)
    }
  })

  it('the consent date reads German (dd.MM.yyyy HH:mm) through the German date field', () => {
    const admin = fieldAt('members', 'consent.date').admin as {
      date?: { displayFormat?: string }
      components?: { Field?: string }
    }
    expect(admin.date?.displayFormat).toBe('dd.MM.yyyy HH:mm')
    expect(admin.components?.Field).toBe(GERMAN_DATE_FIELD)
  })

  it('withdrawing consent clears date and recorder; an unchanged consent keeps them against typed-in values', async () => {
    const created = await ctx.api.post('/members', {
      token: editor.token,
      body: { name: 'Einwilligung Test', consent: { given: true } },
      query: { depth: 0 },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const given = created.body.doc.consent
    expect(given.recordedBy).toBe(editor.id)
    expect(given.date).toBeTruthy()

    const forged = await ctx.api.patch(`/members/${created.body.doc.id}`, {
      token: editor.token,
      body: { consent: { given: true, date: '2000-01-01T00:00:00.000Z', recordedBy: null } },
      query: { depth: 0 },
    })
    expect(forged.body.doc.consent).toMatchObject({
      given: true,
      date: given.date,
      recordedBy: editor.id,
    })

    const withdrawn = await ctx.api.patch(`/members/${created.body.doc.id}`, {
      token: editor.token,
      body: { consent: { given: false } },
      query: { depth: 0 },
    })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.doc.consent).toMatchObject({ given: false, date: null, recordedBy: null })
  })
})

describe('bulk edit ("Alle bearbeiten")', () => {
  it('leaves out system fields of photos and every other read-only field', () => {
    for (const name of ['publicFrom', 'contentHash', 'renditions']) {
      expect(fieldAt('photos', name).admin?.disableBulkEdit, name).toBe(true)
    }
    expect(fieldAt('press-releases', 'boilerplateSnapshot').admin?.disableBulkEdit).toBe(true)
    expect(fieldAt('members', 'consent.date').admin?.disableBulkEdit).toBe(true)
    // Editable fields stay available.
    expect(fieldAt('photos', 'caption').admin?.disableBulkEdit).toBeUndefined()
  })

  it("leaves out credit and copyright holder of photos, which are embedded in each photo's files", async () => {
    for (const name of ['credit', 'copyrightHolder'])
      expect(fieldAt('photos', name).admin?.disableBulkEdit, name).toBe(true)
    // And the server refuses such a bulk change instead of leaving the files' credit stale.
    const response = await ctx.api.patch('/photos', {
      token: editor.token,
      query: { where: { id: { exists: true } } },
      body: { credit: 'Sammelname' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/nur einzeln.*one photo at a time/)
  })
})

describe('slug help texts', () => {
  const description = (collection: string) =>
    fieldAt(collection, 'slug').admin?.description as { de: string; en: string }

  it('members and venues: made from the name, fixed once saved', () => {
    for (const collection of ['members', 'venues']) {
      expect(description(collection).de, collection).toMatch(
        /^Wird aus dem Namen erzeugt .*Nach dem ersten Speichern bleibt er fest\.$/,
      )
      expect(description(collection).en, collection).toMatch(
        /^Generated from the name .*Fixed once saved\.$/,
      )
    }
  })

  it('releases, projects and events: made from the title, fixed once published', () => {
    for (const collection of ['press-releases', 'projects', 'events']) {
      expect(description(collection).de, collection).toMatch(
        /^Wird aus dem Titel erzeugt .*Nach der Veröffentlichung bleibt er fest\.$/,
      )
      expect(description(collection).en, collection).toMatch(
        /^Generated from the title .*Fixed once published\.$/,
      )
    }
  })
})

describe('lists and arrays read German', () => {
  it('array buttons name their rows ("Pressekontakt hinzufügen")', () => {
    const labels = (collection: string, name: string) =>
      (fieldAt(collection, name) as unknown as { labels?: { singular?: unknown } }).labels?.singular
    expect(labels('press-releases', 'pressContacts')).toEqual({
      de: 'Pressekontakt',
      en: 'Press contact',
    })
    expect(labels('projects', 'partners')).toEqual({ de: 'Partner', en: 'Partner' })
    expect(labels('members', 'socialLinks')).toEqual({
      de: 'Social-Media-Profil',
      en: 'Social profile',
    })
    expect(labels('events', 'recurrence.exceptions')).toEqual({ de: 'Ausfall', en: 'Exception' })
  })

  it('checkbox columns use the ja/nein cell', () => {
    expect(fieldAt('members', 'consent.given').admin?.components?.Cell).toBe(BOOLEAN_CELL)
    expect(fieldAt('photos', 'withdrawn').admin?.components?.Cell).toBe(BOOLEAN_CELL)
  })
})

describe('the release form in tabs', () => {
  it('groups the form in Inhalt / Bilder / Presse / Beziehungen / Veröffentlichung & SEO', () => {
    const tabs = ctx.payload.collections['press-releases'].config.fields.find(
      (field) => field.type === 'tabs',
    )
    expect(tabs?.type).toBe('tabs')
    const labels =
      tabs?.type === 'tabs' ? tabs.tabs.map((tab) => (tab.label as { de: string }).de) : []
    expect(labels).toEqual(['Inhalt', 'Bilder', 'Presse', 'Beziehungen', 'Veröffentlichung & SEO'])
    expect(tabs?.type === 'tabs' && tabs.tabs.every((tab) => !('name' in tab) || !tab.name)).toBe(
      true,
    )
  })

  it('keeps every table and column of the last migration: the tabs are not in the database', async () => {
    const snapshots = (await readdir(path.join(root, 'migrations')))
      .filter((file) => file.endsWith('.json'))
      .sort()
    const latest = JSON.parse(
      await readFile(path.join(root, 'migrations', snapshots.at(-1)!), 'utf8'),
    ) as {
      tables: Record<string, { columns: Record<string, unknown> }>
    }
    const tables = (ctx.payload.db as unknown as { tables: Record<string, Table> }).tables
    const releaseTables = Object.keys(latest.tables).filter((name) =>
      /^public\._?press_releases/.test(name),
    )
    expect(releaseTables.length).toBeGreaterThan(4)
    for (const qualified of releaseTables) {
      const name = qualified.replace(/^public\./, '')
      expect(tables[name], name).toBeDefined()
      const columns = Object.values(getTableColumns(tables[name]!))
        .map((column) => column.name)
        .sort()
      expect(columns, name).toEqual(Object.keys(latest.tables[qualified]!.columns).sort())
    }
    const current = Object.keys(tables)
      .filter((name) => /^_?press_releases/.test(name))
      .sort()
    expect(current).toEqual(releaseTables.map((name) => name.replace(/^public\./, '')).sort())
  })
})
