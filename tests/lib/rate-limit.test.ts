import { describe, expect, it } from 'vitest'

import { clientAddress } from '../../src/lib/http/clientAddress'
import { createRateLimiter } from '../../src/lib/http/rateLimit'
import { contactFromUnsubscribeToken, hashToken, newConfirmationToken, unsubscribeToken } from '../../src/lib/pressList/tokens'

describe('rate limiter (in-process, fixed window)', () => {
  it('allows `limit` attempts per key and window, then refuses until the window has passed', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000 })
    const start = 1_000_000
    expect([1, 2, 3, 4].map(() => limiter.take('a', start))).toEqual([true, true, true, false])
    expect(limiter.take('b', start)).toBe(true)
    expect(limiter.retryAfterMs('a', start + 400)).toBe(600)
    expect(limiter.take('a', start + 999)).toBe(false)
    expect(limiter.take('a', start + 1000)).toBe(true)
  })

  it('never holds more than maxKeys windows, however many distinct keys arrive', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 })
    for (let key = 0; key < 10_000; key++) limiter.take(`k${key}`, 5)
    // The newest key is still counted; the oldest were forgotten rather than kept without bound.
    expect(limiter.take('k9999', 5)).toBe(false)
    expect(limiter.take('k0', 5)).toBe(true)
  })
})

describe('client address for rate limits', () => {
  it('takes the entry our proxy appended (the last), not what the client wrote before it', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.4' }))).toBe('198.51.100.4')
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.5' }))).toBe('198.51.100.5')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})

describe('press list tokens', () => {
  it('stores only a hash of the confirmation token', () => {
    const { token, hash } = newConfirmationToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(hash).toBe(hashToken(token))
    expect(hash).not.toContain(token)
  })

  it('an unsubscribe token names its contact and cannot be made for another without the secret', () => {
    const token = unsubscribeToken('secret-a', 42)
    expect(contactFromUnsubscribeToken('secret-a', token)).toBe(42)
    expect(contactFromUnsubscribeToken('secret-b', token)).toBeUndefined()
    expect(contactFromUnsubscribeToken('secret-a', token.replace(/^42\./, '43.'))).toBeUndefined()
    expect(contactFromUnsubscribeToken('secret-a', '42')).toBeUndefined()
  })
})
