import type { Endpoint } from 'payload'

import { userHasRole } from '../../src/access/roles'
import { inBothLanguages } from '../../src/i18n'

const headers = { 'Cache-Control': 'private, no-store' }

/**
 * `POST /api/webhooks/:id/rotate-secret`: a new secret at once (the admin's "rotate" checkbox does
 * the same on save). The answer carries the new secret; the previous one signs on for the grace.
 */
export const rotateSecretEndpoint: Endpoint = {
  path: '/:id/rotate-secret',
  method: 'post',
  handler: async (req) => {
    if (!userHasRole(req.user, 'admin')) {
      return Response.json(
        { errors: [{ message: inBothLanguages('webhookRotateOnlyAdmins') }] },
        { status: 403, headers },
      )
    }
    const raw = String(req.routeParams?.id ?? '')
    const notFound = () =>
      Response.json(
        { errors: [{ message: inBothLanguages('webhookNotFound') }] },
        { status: 404, headers },
      )
    if (!/^\d+$/.test(raw)) return notFound()
    const id = Number(raw)
    const existing = await req.payload.findByID({
      collection: 'webhooks',
      id,
      depth: 0,
      overrideAccess: false,
      req,
      disableErrors: true,
    })
    if (!existing) return notFound()
    const doc = await req.payload.update({
      collection: 'webhooks',
      id,
      data: { rotateSecret: true },
      depth: 0,
      overrideAccess: false,
      req,
    })
    return Response.json({ doc }, { headers })
  },
}
