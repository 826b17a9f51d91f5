export type WebhooksOptions = {
  /**
   * false: no hooks fire and nothing is delivered. The collections and tasks stay, so the
   * schema is the same either way. Default true.
   */
  enabled?: boolean
  /**
   * Production rules for receiver addresses: https only, public addresses only (checked at save
   * and on every delivery). Default: `NODE_ENV === 'production'`, read at each check.
   */
  production?: boolean
  /**
   * Outside production, allow receivers on localhost and private networks (local development,
   * tests). Default: `WEBHOOKS_ALLOW_PRIVATE === 'true'`, read at each check. Never in production.
   */
  allowPrivate?: boolean
  /** How long one delivery attempt may take, in ms. Default 10 000. */
  timeoutMs?: number
  /**
   * Retries after a failed attempt (non-2xx, timeout, refused address), with exponential backoff
   * `delayMs · 2^(n-1)`. Default: 8 retries from 30 s (30 s, 1 min, 2 min … ≈ 2 h in all), or
   * `WEBHOOKS_RETRY_DELAY_MS` for the first delay.
   */
  retries?: { attempts?: number; delayMs?: number }
  /** After "rotate secret", the previous secret still signs for this long, in ms. Default 24 h. */
  rotationGraceMs?: number
  /**
   * Jobs queue of the deliveries. Default `webhooks`: a slow or failing receiver's retries never
   * hold up scheduled publishing on `default`. Embargo lifts are queued on `default`, beside the
   * scheduled publications they belong with, so they fire within the minute.
   */
  queue?: string
}

export type ResolvedWebhooksOptions = Required<
  Omit<WebhooksOptions, 'production' | 'allowPrivate' | 'retries'>
> & {
  retries: { attempts: number; delayMs: number }
  production: () => boolean
  allowPrivate: () => boolean
}
