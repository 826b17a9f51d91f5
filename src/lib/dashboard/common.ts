import type { Payload, TypedUser } from 'payload'

import * as qs from 'qs-esm'

/** What every dashboard query needs: the Local API and the reader whose access applies. */
export type DashboardReader = { payload: Payload; user: TypedUser }

/** A count and the first few items behind it, each with where to go next. */
export type DashboardList<Item> = { count: number; items: Item[] }

export const DASHBOARD_ITEMS = 5

/** The reader's access, always: a dashboard never shows what its reader could not open. */
export const asReader = ({ user }: DashboardReader) => ({ user, overrideAccess: false as const })

/** An admin path on this server ("/admin/collections/press-releases/12"). */
export const adminPath = (
  payload: Payload,
  path: string,
  query?: Record<string, unknown>,
): string =>
  `${payload.config.routes.admin}${path}${query ? qs.stringify(query, { addQueryPrefix: true }) : ''}`

export const idOf = (
  value: number | string | { id: number | string } | null | undefined,
): number | string | undefined =>
  typeof value === 'object' && value !== null ? value.id : (value ?? undefined)
