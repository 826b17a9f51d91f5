import type { CollectionBeforeChangeHook } from 'payload'

import type { EndpointSecrets } from '../secret'
import { generateSecret } from '../secret'

type EndpointData = EndpointSecrets & { rotateSecret?: boolean | null }

/**
 * The secret is made here and nowhere else: a new endpoint gets one, an update keeps it — whatever
 * a client sent — unless "rotate" was asked for. Rotating keeps the old secret signing for the
 * grace period, so receivers can switch without losing a delivery.
 */
export const manageSecret =
  (graceMs: number): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc }) => {
    const next = data as EndpointData
    const rotate = next.rotateSecret === true
    delete next.rotateSecret
    if (operation === 'create') {
      next.secret = generateSecret()
      next.previousSecret = null
      next.previousSecretValidUntil = null
      return data
    }
    const current = (originalDoc ?? {}) as EndpointSecrets
    if (rotate && current.secret) {
      next.previousSecret = current.secret
      next.previousSecretValidUntil = new Date(Date.now() + graceMs).toISOString()
      next.secret = generateSecret()
      return data
    }
    next.secret = current.secret ?? generateSecret()
    next.previousSecret = current.previousSecret ?? null
    next.previousSecretValidUntil = current.previousSecretValidUntil ?? null
    return data
  }
