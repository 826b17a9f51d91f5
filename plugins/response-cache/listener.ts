import type { Payload } from 'payload'

import pg from 'pg'

import { databasePool } from '../../src/lib/database/resilience'
import { responseCacheState } from '../../src/lib/http/cache/store'

const RECONNECT_MS = 1_000
const MAX_RECONNECT_MS = 30_000

/** The socket under a pg Client; unref'd so an idle LISTEN never keeps a process alive. */
type WithSocket = { connection?: { stream?: { unref?: () => void } } }

/**
 * One dedicated connection per instance that LISTENs for other instances' writes and clears
 * this instance's cache. While it is down (database restart, network) the cache is neither
 * served nor filled, and every (re)connect clears it: notifications missed meanwhile are lost.
 */
export function startListener(payload: Payload, channel: string): () => void {
  const state = responseCacheState()
  state.stopListener?.()
  const connectionString = databasePool(payload)?.options.connectionString
  let stopped = false
  let client: pg.Client | undefined
  let retry: NodeJS.Timeout | undefined
  let delay = RECONNECT_MS
  let failing = false

  const down = (current: pg.Client, error?: Error) => {
    if (client !== current) return
    client = undefined
    state.listening = false
    state.invalidate()
    current.end().catch(() => undefined)
    if (stopped) return
    if (!failing) {
      failing = true
      payload.logger.warn(
        `Antwort-Cache: keine LISTEN-Verbindung (${error?.message ?? 'getrennt'}); bis zur Wiederverbindung wird nicht aus dem Cache geantwortet. / ` +
          'Response cache: LISTEN connection lost; not serving from the cache until it reconnects.',
      )
    }
    retry = setTimeout(connect, delay)
    retry.unref()
    delay = Math.min(delay * 2, MAX_RECONNECT_MS)
  }

  const connect = async () => {
    if (stopped || !connectionString) return
    const current = new pg.Client({
      connectionString,
      connectionTimeoutMillis: 3_000,
      keepAlive: true,
    })
    client = current
    current.on('notification', (message) => {
      if (message.channel === channel && message.payload !== state.instanceId) state.invalidate()
    })
    current.on('error', (error) => down(current, error))
    current.on('end', () => down(current))
    try {
      await current.connect()
      ;(current as unknown as WithSocket).connection?.stream?.unref?.()
      await current.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
      if (client !== current || stopped) return
      state.invalidate()
      state.listening = true
      delay = RECONNECT_MS
      if (failing)
        payload.logger.info(
          'Antwort-Cache: LISTEN-Verbindung wieder da. / Response cache: LISTEN connection restored.',
        )
      failing = false
    } catch (error) {
      down(current, error as Error)
    }
  }

  const stop = () => {
    stopped = true
    if (retry) clearTimeout(retry)
    state.listening = false
    const current = client
    client = undefined
    current?.end().catch(() => undefined)
  }
  state.stopListener = stop
  void connect()
  return stop
}
