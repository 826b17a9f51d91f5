/**
 * Polymorphic relations (`relationTo: [...]`), which the CMS's own collections do not use yet, go
 * through the same cleaning: the plugin's functions on field definitions of that shape, against the
 * real database and the real access rules of an anonymous request.
 *
 * User story: "As the association, I can add a relation to several collections later without a
 * withdrawn photo or a member without consent leaking through it."
 */
import type { FlattenedField } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { hideUnreadable } from '../../../plugins/hidden-relations/clean'
import { collectSlots } from '../../../plugins/hidden-relations/slots'
import { createContent } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser } from '../../helpers/users'

type Doc = { id: number; [key: string]: unknown }

let ctx: TestContext
let withdrawn: Doc
let consenting: Doc
let withoutConsent: Doc

const fields = [
  { name: 'featured', type: 'relationship', relationTo: ['photos', 'members'] },
  { name: 'mentions', type: 'relationship', relationTo: ['photos', 'members'], hasMany: true },
] as FlattenedField[]

beforeAll(async () => {
  ctx = await bootPayload()
  withdrawn = await createContent(ctx.payload, 'photos', { withdrawn: true })
  consenting = await createContent(ctx.payload, 'members', { consent: { given: true } })
  withoutConsent = await createContent(ctx.payload, 'members', { consent: { given: false } })
})

describe('polymorphic relations', () => {
  it('where nothing was populated, an anonymous reader keeps only references to what they may read', async () => {
    const doc = {
      featured: { relationTo: 'photos', value: withdrawn.id },
      mentions: [
        { relationTo: 'members', value: withoutConsent.id },
        { relationTo: 'members', value: consenting.id },
        { relationTo: 'photos', value: withdrawn.id },
      ],
    }
    const req = await createLocalReq({}, ctx.payload)
    await hideUnreadable(
      collectSlots(doc, fields, ctx.payload.config, undefined),
      () => 'check',
      req,
      false,
    )
    expect(doc.featured).toBeNull()
    expect(doc.mentions).toEqual([{ relationTo: 'members', value: consenting.id }])
  })

  it('where Payload populated, a reference left as a bare id is removed and populated ones stay', async () => {
    const populatedMember = { id: consenting.id, name: consenting.name }
    const doc = {
      featured: { relationTo: 'members', value: populatedMember },
      mentions: [
        { relationTo: 'photos', value: withdrawn.id },
        { relationTo: 'members', value: populatedMember },
      ],
    }
    const req = await createLocalReq({}, ctx.payload)
    await hideUnreadable(
      collectSlots(doc, fields, ctx.payload.config, undefined),
      () => 'populated',
      req,
      false,
    )
    expect(doc.featured).toEqual({ relationTo: 'members', value: populatedMember })
    expect(doc.mentions).toEqual([{ relationTo: 'members', value: populatedMember }])
  })

  it('a logged-in reader’s ids are checked with their own access (staff keep everything)', async () => {
    const doc = { featured: { relationTo: 'photos', value: withdrawn.id }, mentions: [] }
    const editor = await createUser(ctx.payload, ctx.api, ['editor'])
    const user = await ctx.payload.findByID({ collection: 'users', id: editor.id })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, ctx.payload)
    await hideUnreadable(
      collectSlots(doc, fields, ctx.payload.config, undefined),
      () => 'check',
      req,
      false,
    )
    expect(doc.featured).toEqual({ relationTo: 'photos', value: withdrawn.id })
  })
})
