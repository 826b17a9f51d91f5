/**
 * Guards requests the server makes to addresses an admin typed in (webhooks) against server-side
 * request forgery: in production only https, and only to public unicast addresses — checked on
 * every address a name resolves to, at connection time, and the connection goes to exactly the
 * address that was checked (a second DNS answer cannot rebind it to an internal one).
 */
import type { LookupAddress, LookupOptions } from 'node:dns'

import ipaddr from 'ipaddr.js'
import { lookup as dnsLookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { inBothLanguages, type MessageKey } from '../../i18n'

export type OutboundPolicy = {
  /** Only https, only public addresses. */
  production: boolean
  /** Outside production: allow loopback and private receivers (local development, tests). */
  allowPrivate: boolean
}

export class OutboundRefused extends Error {
  constructor(key: MessageKey, vars?: Record<string, unknown>) {
    super(inBothLanguages(key, vars))
    this.name = 'OutboundRefused'
  }
}

/**
 * Only addresses ipaddr.js calls plain `unicast` are public: this leaves out private, loopback,
 * link-local, unique-local, carrier-grade NAT, multicast, unspecified, broadcast, reserved and the
 * IPv6 ranges that embed an IPv4 address (mapped addresses are unwrapped and checked as IPv4).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  return ipaddr.process(address).range() === 'unicast'
}

const stripBrackets = (host: string) =>
  host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host

function refuseAddress(host: string, address: string): OutboundRefused {
  return new OutboundRefused('webhookURLInternal', { host, address })
}

/** Scheme and literal-address rules, without DNS (the first half of the check, also at save time). */
export function checkURLShape(value: string, policy: OutboundPolicy): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new OutboundRefused('webhookURLInvalid')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OutboundRefused('webhookURLScheme')
  }
  if (policy.production && url.protocol !== 'https:') {
    throw new OutboundRefused('webhookURLProductionHttps')
  }
  if (url.username || url.password) {
    throw new OutboundRefused('webhookURLCredentials')
  }
  const host = stripBrackets(url.hostname)
  if (isIP(host) && !privateAllowed(policy) && !isPublicAddress(host))
    throw refuseAddress(host, host)
  return url
}

const privateAllowed = (policy: OutboundPolicy) => policy.allowPrivate && !policy.production

/** Every address `host` resolves to must be public (unless private receivers are allowed). */
export async function resolvePublicAddresses(
  host: string,
  policy: OutboundPolicy,
): Promise<LookupAddress[]> {
  const bare = stripBrackets(host)
  const addresses = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await dnsLookup(bare, { all: true, verbatim: true })
  if (!addresses.length) throw new OutboundRefused('webhookURLNoAddress', { host })
  if (!privateAllowed(policy)) {
    const internal = addresses.find((entry) => !isPublicAddress(entry.address))
    if (internal) throw refuseAddress(bare, internal.address)
  }
  return addresses
}

/**
 * Save-time check: the shape, and — when the name resolves now — its addresses. A name that does
 * not resolve yet is accepted (DNS may be set up later); delivery checks again in any case.
 */
export async function checkOutboundURL(
  value: string,
  policy: OutboundPolicy,
  dnsTimeoutMs = 3_000,
): Promise<URL> {
  const url = checkURLShape(value, policy)
  let timer: NodeJS.Timeout | undefined
  // A slow resolver must not hold up the save: without an answer in time, delivery decides.
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, dnsTimeoutMs)))
  try {
    await Promise.race([resolvePublicAddresses(url.hostname, policy), timeout])
  } catch (error) {
    if (error instanceof OutboundRefused) throw error
  } finally {
    clearTimeout(timer)
  }
  return url
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

/**
 * A `lookup` for `http(s).request`: the socket connects to the addresses returned here, which
 * are the ones just checked. Node calls it with `all: true` when it tries several addresses
 * (autoSelectFamily), else expects one address.
 */
export function guardedLookup(policy: OutboundPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolvePublicAddresses(hostname, policy).then(
      (addresses) => {
        const family = typeof options.family === 'number' ? options.family : 0
        const wanted = family ? addresses.filter((entry) => entry.family === family) : addresses
        const usable = wanted.length ? wanted : addresses
        if (options.all) callback(null, usable)
        else callback(null, usable[0]!.address, usable[0]!.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    )
  }
}
