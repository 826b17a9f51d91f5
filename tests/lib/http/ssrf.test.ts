import { describe, expect, it } from 'vitest'

import {
  checkOutboundURL,
  checkURLShape,
  guardedLookup,
  isPublicAddress,
  type OutboundPolicy,
  OutboundRefused,
} from '../../../src/lib/http/ssrf'

const production: OutboundPolicy = { production: true, allowPrivate: false }
const devWithPrivate: OutboundPolicy = { production: false, allowPrivate: true }

const lookup = (host: string, policy: OutboundPolicy, all = true) =>
  new Promise<unknown>((resolve, reject) =>
    guardedLookup(policy)(host, { all }, (error, address) =>
      error ? reject(error) : resolve(address),
    ),
  )

describe('outbound requests reach only public addresses', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.5.4',
    '192.168.178.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'fc00::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:a00:1::1',
    '198.18.0.1',
    '192.0.2.1',
  ])('%s is internal', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(['93.184.215.14', '1.1.1.1', '2a00:1450:4001:80b::200e', '::ffff:93.184.215.14'])(
    '%s is public',
    (address) => {
      expect(isPublicAddress(address)).toBe(true)
    },
  )

  it('a name that resolves to loopback (localhost) is refused at connection time, with the address named', async () => {
    await expect(lookup('localhost', production)).rejects.toThrow(
      /internal address \((127\.0\.0\.1|::1)\)/,
    )
    await expect(lookup('localhost', production, false)).rejects.toBeInstanceOf(OutboundRefused)
  })

  it('outside production with private receivers allowed, localhost resolves to what the socket then uses', async () => {
    const addresses = (await lookup('localhost', devWithPrivate)) as { address: string }[]
    expect(addresses.map((entry) => entry.address)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(127\.0\.0\.1|::1)$/)]),
    )
  })

  it('allowPrivate never applies in production', async () => {
    await expect(
      lookup('localhost', { production: true, allowPrivate: true }),
    ).rejects.toBeInstanceOf(OutboundRefused)
    expect(() =>
      checkURLShape('https://127.0.0.1/', { production: true, allowPrivate: true }),
    ).toThrow(OutboundRefused)
  })

  it('production wants https, no credentials; literal internal IPs are refused without DNS', async () => {
    expect(() => checkURLShape('http://93.184.215.14/', production)).toThrow(/https/)
    expect(() => checkURLShape('ftp://93.184.215.14/', production)).toThrow(OutboundRefused)
    expect(() => checkURLShape('https://user:pw@93.184.215.14/', production)).toThrow(/credentials/)
    expect(() => checkURLShape('https://[::1]/', production)).toThrow(/internal address/)
    expect(() => checkURLShape('not a url', production)).toThrow(/not a valid address/)
    expect(checkURLShape('https://93.184.215.14/hook', production).hostname).toBe('93.184.215.14')
    await expect(checkOutboundURL('https://localhost/hook', production)).rejects.toThrow(
      /internal address/,
    )
    // A name that does not resolve (yet) passes the save-time check; delivery checks again.
    await expect(
      checkOutboundURL('https://does-not-exist.invalid/hook', production),
    ).resolves.toBeInstanceOf(URL)
  })
})
