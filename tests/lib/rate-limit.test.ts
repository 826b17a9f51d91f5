import { describe, expect, it } from 'vitest'

import { clientAddress } from '../../src/lib/http/clientAddress'
import {
  contactFromUnsubscribeToken,
  hashToken,
  newConfirmationToken,
  unsubscribeToken,
} from '../../src/lib/pressList/tokens'

describe('client address for rate limits', () => {
  it('takes the entry our proxy appended (the last), not what the client wrote before it', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.4' }))).toBe(
      '198.51.100.4',
    )
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.5' }))).toBe('198.51.100.5')
    expect(clientAddress(new Headers())).toBe('unknown')
  })

  it('skips the entries of TRUSTED_PROXIES (IPs and CIDRs, IPv4 and IPv6) from the right, never trusts the rest', () => {
    const chain = (value: string) => clientAddress(new Headers({ 'x-forwarded-for': value }))
    process.env.TRUSTED_PROXIES = '10.0.0.0/8, 2001:db8::1'
    try {
      expect(chain('6.6.6.6, 198.51.100.4, 10.1.2.3')).toBe('198.51.100.4')
      expect(chain('198.51.100.4, 2001:db8::1, 10.0.0.7')).toBe('198.51.100.4')
      expect(chain('[::ffff:198.51.100.9]:4711, 10.0.0.7')).toBe('198.51.100.9')
      // An untrusted hop ends the walk: what stands left of it is not believed.
      expect(chain('10.9.9.9, 198.51.100.4')).toBe('198.51.100.4')
      expect(chain('10.0.0.1, 10.0.0.2')).toBe('10.0.0.1')
    } finally {
      delete process.env.TRUSTED_PROXIES
    }
    // Default: no proxy trusted, the last entry counts.
    expect(chain('6.6.6.6, 10.1.2.3')).toBe('10.1.2.3')
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
