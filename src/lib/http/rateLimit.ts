/**
 * A fixed-window counter per key, in this process only. Enough for one instance; with several
 * instances each counts on its own (a later issue moves the limits to shared storage, so every
 * limit of the CMS lives behind this one small interface).
 */
export type RateLimiter = {
  /** Counts one attempt for `key`; false when the key has used up its window. */
  take: (key: string, now?: number) => boolean
  /** Milliseconds until `key` may try again (0 when it may now). */
  retryAfterMs: (key: string, now?: number) => number
  clear: () => void
}

export function createRateLimiter({ limit, windowMs, maxKeys = 100_000 }: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>()

  const current = (key: string, now: number) => {
    const window = windows.get(key)
    if (window && now - window.startedAt < windowMs) return window
    windows.delete(key)
    return undefined
  }

  const sweep = (now: number) => {
    for (const [key, window] of windows) if (now - window.startedAt >= windowMs) windows.delete(key)
    // Still full (a flood of distinct keys): forget the oldest windows rather than grow without bound.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break
      windows.delete(key)
    }
  }

  return {
    take(key, now = Date.now()) {
      const window = current(key, now)
      if (window) {
        if (window.count >= limit) return false
        window.count += 1
        return true
      }
      if (windows.size >= maxKeys) sweep(now)
      windows.set(key, { startedAt: now, count: 1 })
      return true
    },
    retryAfterMs(key, now = Date.now()) {
      const window = current(key, now)
      return window && window.count >= limit ? windowMs - (now - window.startedAt) : 0
    },
    clear: () => windows.clear(),
  }
}
