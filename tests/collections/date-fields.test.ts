/**
 * User story: "As an editor I type and read every date in the admin the German way, in Berlin time"
 * — so every date field of every collection and global (nested in groups, rows, tabs, arrays and
 * blocks included) must use the one German date setup of src/fields/date.ts.
 */
import type { Field } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { GERMAN_DATE_FIELD } from '../../src/fields/date'
import { bootPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await bootPayload()
})

type DateFieldFound = { path: string; field: Extract<Field, { type: 'date' }> }

function dateFields(fields: Field[], prefix: string): DateFieldFound[] {
  return fields.flatMap((field): DateFieldFound[] => {
    const name = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix
    // Hidden or disabled fields (auth sessions, reset tokens) and their contents never reach the admin.
    const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
    if (('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled) return []
    if (field.type === 'date') return [{ path: name, field }]
    if ('fields' in field && Array.isArray(field.fields)) return dateFields(field.fields, name)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        dateFields(tab.fields, 'name' in tab && tab.name ? `${prefix}.${tab.name}` : prefix),
      )
    if (field.type === 'blocks')
      return (field.blocks ?? []).flatMap((block) =>
        dateFields(block.fields, `${name}.${block.slug}`),
      )
    return []
  })
}

describe('every date field in the admin is German and in Berlin time', () => {
  it('uses the German date field component, dd.MM.yyyy formats and 5-minute 24-hour times', () => {
    const found = [
      ...ctx.payload.config.collections.flatMap((collection) =>
        dateFields(collection.fields, collection.slug),
      ),
      ...ctx.payload.config.globals.flatMap((global) => dateFields(global.fields, global.slug)),
    ]
    // Payload's own collections (jobs, locks, preferences, migrations) and its read-only timestamps (formatted by `admin.dateFormat`) are no fields an editor types into.
    const systemDate = /\.(createdAt|updatedAt)$/
    const ours = found.filter(({ path }) => !path.startsWith('payload-') && !systemDate.test(path))
    expect(ours.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        'press-releases.displayDate',
        'press-releases.embargo',
        'events.start',
        'events.end',
        'photos.takenAt',
        'members.memberSince',
      ]),
    )
    for (const { path, field } of ours) {
      const date = field.admin?.date as {
        displayFormat?: string
        timeFormat?: string
        timeIntervals?: number
        pickerAppearance?: string
      }
      expect(field.admin?.components?.Field, path).toBe(GERMAN_DATE_FIELD)
      expect(date?.displayFormat, path).toMatch(/^(dd\.MM\.yyyy HH:mm|dd\.MM\.yyyy|MM\.yyyy)$/)
      if (date?.pickerAppearance === 'dayAndTime') {
        expect(date.displayFormat, path).toBe('dd.MM.yyyy HH:mm')
        expect([date.timeFormat, date.timeIntervals], path).toEqual(['HH:mm', 5])
      }
    }
  })
})
