import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { clearWebhooks, createWebhook, type WebhookDoc } from './helpers'

process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'

let ctx: TestContext
let admin: TestUser
let others: Record<string, TestUser | undefined>
let hook: WebhookDoc
let deliveryID: number

beforeAll(async () => {
  ctx = await bootPayload()
  await clearWebhooks(ctx.payload)
  admin = await createUser(ctx.payload, ctx.api, ['admin'])
  others = {
    anonymous: undefined,
    member: await createUser(ctx.payload, ctx.api, ['member']),
    editor: await createUser(ctx.payload, ctx.api, ['editor']),
    press: await createUser(ctx.payload, ctx.api, ['press']),
  }
  hook = await createWebhook(
    ctx.api,
    admin,
    'http://127.0.0.1:9/hook',
    ['press-release.published'],
    'Geheimer Empfänger',
  )
  const delivery = await ctx.payload.create({
    collection: 'webhook-deliveries',
    data: {
      endpoint: hook.id,
      event: 'press-release.published',
      webhookId: 'msg_access',
      attempt: 1,
      statusCode: 200,
      succeeded: true,
    },
    overrideAccess: true,
  })
  deliveryID = delivery.id
})

afterAll(async () => {
  await clearWebhooks(ctx.payload)
})

describe('webhooks and their secrets are for admins only', () => {
  it('admins read the secret', async () => {
    const response = await ctx.api.get(`/webhooks/${hook.id}`, { token: admin.token })
    expect(response.status).toBe(200)
    expect(response.body.secret).toBe(hook.secret)
    const log = await ctx.api.get('/webhook-deliveries', { token: admin.token })
    expect(log.status).toBe(200)
    expect(log.body.docs.map((doc: { id: number }) => doc.id)).toContain(deliveryID)
  })

  it.each(['anonymous', 'member', 'editor', 'press'])(
    '%s cannot read, list, count, write or rotate webhooks over REST',
    async (who) => {
      const token = others[who]?.token
      const reads = [
        await ctx.api.get('/webhooks', { token }),
        await ctx.api.get(`/webhooks/${hook.id}`, { token }),
        await ctx.api.get('/webhooks/count', { token }),
        await ctx.api.get('/webhooks', { token, query: { where: { secret: { like: 'whsec' } } } }),
        await ctx.api.get('/webhook-deliveries', { token }),
        await ctx.api.get(`/webhook-deliveries/${deliveryID}`, { token }),
        await ctx.api.post('/webhooks', {
          token,
          body: { name: 'x', url: 'https://93.184.215.14/', events: ['photo.withdrawn'] },
        }),
        await ctx.api.patch(`/webhooks/${hook.id}`, {
          token,
          body: { url: 'https://93.184.215.14/' },
        }),
        await ctx.api.delete(`/webhooks/${hook.id}`, { token }),
        await ctx.api.post(`/webhooks/${hook.id}/rotate-secret`, { token }),
      ]
      for (const response of reads) {
        expect([401, 403], JSON.stringify(response.body)).toContain(response.status)
        const text = JSON.stringify(response.body)
        expect(text).not.toContain(hook.secret)
        expect(text).not.toContain('Geheimer Empfänger')
        expect(text).not.toContain('127.0.0.1:9')
      }
      const unchanged = await ctx.payload.findByID({
        collection: 'webhooks',
        id: hook.id,
        overrideAccess: true,
      })
      expect(unchanged.url).toBe('http://127.0.0.1:9/hook')
      expect(unchanged.secret).toBe(hook.secret)
    },
  )

  it.each(['anonymous', 'member', 'editor', 'press'])(
    '%s gets nothing of webhooks or deliveries over GraphQL',
    async (who) => {
      const token = others[who]?.token
      const queries = [
        `{ Webhooks { docs { id name url secret previousSecret } } }`,
        `{ Webhook(id: ${hook.id}) { id url secret } }`,
        `{ countWebhooks { totalDocs } }`,
        `{ WebhookDeliveries { docs { id webhookId endpoint { secret } } } }`,
        `mutation { updateWebhook(id: ${hook.id}, data: { rotateSecret: true }) { secret } }`,
      ]
      for (const query of queries) {
        const response = await ctx.api.graphql(query, undefined, { token })
        const text = JSON.stringify(response.body)
        expect(response.body.errors?.length ?? 0, `${query}: ${text}`).toBeGreaterThan(0)
        expect(text).not.toContain(hook.secret)
        expect(text).not.toContain('127.0.0.1:9')
      }
      const unchanged = await ctx.payload.findByID({
        collection: 'webhooks',
        id: hook.id,
        overrideAccess: true,
      })
      expect(unchanged.secret).toBe(hook.secret)
    },
  )

  it('the delivery log is read-only, even for admins', async () => {
    const create = await ctx.api.post('/webhook-deliveries', {
      token: admin.token,
      body: { webhookId: 'msg_fake', attempt: 1 },
    })
    expect(create.status).toBe(403)
    const update = await ctx.api.patch(`/webhook-deliveries/${deliveryID}`, {
      token: admin.token,
      body: { statusCode: 500 },
    })
    expect(update.status).toBe(403)
    const remove = await ctx.api.delete(`/webhook-deliveries/${deliveryID}`, { token: admin.token })
    expect(remove.status).toBe(403)
  })
})
