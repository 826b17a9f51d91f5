import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let admin: TestUser
let editor: TestUser
let press: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  press = await createUser(ctx.payload, ctx.api, ['press'])
})

describe('users and roles', () => {
  it('the first user ever registered becomes admin, whatever roles were asked for', async () => {
    // The shared test database already has users; prove the rule on an empty users table in a transaction we roll back.
    const { payload } = ctx
    const req = { transactionID: (await payload.db.beginTransaction()) ?? undefined }
    try {
      await payload.delete({
        collection: 'users',
        where: { id: { exists: true } },
        req,
        overrideAccess: true,
      })
      const first = await payload.create({
        collection: 'users',
        data: {
          email: 'first@test.kreativeklasse.ruhr',
          password: 'a-long-password',
          roles: ['member'],
        },
        req,
        overrideAccess: true,
      })
      expect(first.roles).toEqual(['admin'])
      const second = await payload.create({
        collection: 'users',
        data: {
          email: 'second@test.kreativeklasse.ruhr',
          password: 'a-long-password',
          roles: ['member'],
        },
        req,
        overrideAccess: true,
      })
      expect(second.roles).toEqual(['member'])
    } finally {
      if (req.transactionID !== undefined) await payload.db.rollbackTransaction(req.transactionID)
    }
  })

  it('only an admin creates users', async () => {
    const data = {
      email: 'new-member@test.kreativeklasse.ruhr',
      password: 'a-long-password',
      roles: ['member'],
    }
    expect((await ctx.api.post('/users', { body: data })).status).toBe(403)
    expect((await ctx.api.post('/users', { body: data, token: editor.token })).status).toBe(403)
    const created = await ctx.api.post('/users', { body: data, token: admin.token })
    expect(created.status).toBe(201)
    expect(created.body.doc.roles).toEqual(['member'])
  })

  it('a user reads and updates only their own account', async () => {
    const own = await ctx.api.get(`/users/${editor.id}`, { token: editor.token })
    expect(own.status).toBe(200)
    expect((await ctx.api.get(`/users/${press.id}`, { token: editor.token })).status).toBe(404)
    const list = await ctx.api.get('/users', { token: editor.token })
    expect(list.body.docs.map((user: { id: unknown }) => user.id)).toEqual([editor.id])
    const rename = await ctx.api.patch(`/users/${editor.id}`, {
      token: editor.token,
      body: { name: 'Neuer Name' },
    })
    expect(rename.status).toBe(200)
    expect(rename.body.doc.name).toBe('Neuer Name')
    expect(
      (await ctx.api.patch(`/users/${press.id}`, { token: editor.token, body: { name: 'x' } }))
        .status,
    ).toBe(403)
  })

  it('nobody but an admin can change roles, not even their own', async () => {
    const escalate = await ctx.api.patch(`/users/${editor.id}`, {
      token: editor.token,
      body: { roles: ['admin'] },
    })
    expect(escalate.status).toBeLessThan(500)
    const after = await ctx.payload.findByID({
      collection: 'users',
      id: editor.id,
      overrideAccess: true,
    })
    expect(after.roles).toEqual(['editor'])

    const byAdmin = await ctx.api.patch(`/users/${press.id}`, {
      token: admin.token,
      body: { roles: ['press', 'editor'] },
    })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.doc.roles).toEqual(['press', 'editor'])
  })

  it('only an admin deletes users', async () => {
    const victim = await createUser(ctx.payload, ctx.api, ['member'])
    expect((await ctx.api.delete(`/users/${victim.id}`, { token: editor.token })).status).toBe(403)
    expect((await ctx.api.delete(`/users/${victim.id}`, { token: victim.token })).status).toBe(403)
    expect((await ctx.api.delete(`/users/${victim.id}`, { token: admin.token })).status).toBe(200)
  })

  it('anonymous readers see no user at all, over REST and GraphQL', async () => {
    expect((await ctx.api.get('/users')).status).toBe(403)
    const graphql = await ctx.api.graphql('{ Users { docs { email } } }')
    expect(graphql.body.data.Users).toBeNull()
  })
})
