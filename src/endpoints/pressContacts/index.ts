import type { Endpoint } from 'payload'

import { confirmEndpoint } from './confirm'
import { subscribeEndpoint } from './subscribe'
import { unsubscribeEndpoint, unsubscribePageEndpoint } from './unsubscribe'

/** The public endpoints of the press list, below `/api/press-contacts`. */
export const pressContactEndpoints: Endpoint[] = [
  subscribeEndpoint,
  confirmEndpoint,
  unsubscribePageEndpoint,
  unsubscribeEndpoint,
]

/** Mail clients post the one-click unsubscribe as a form (RFC 8058), not as JSON. */
export const PRESS_LIST_FORM_ENDPOINTS = ['/press-contacts/unsubscribe']
