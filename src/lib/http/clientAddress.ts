/**
 * The client's address for rate limits. Route handlers see no socket; Next puts the socket's
 * address into X-Forwarded-For only when the request carried none, and a proxy in front appends
 * the address it was connected from. So the chain is read from the right: its last entry was
 * written by our own side (Next, or the proxy that talks to Next), entries of proxies listed in
 * TRUSTED_PROXIES (IPs or CIDRs, comma-separated; default none) are skipped, and the first entry
 * that is not a trusted proxy is the client. Entries left of it are the client's own word and are
 * ignored. Without X-Forwarded-For at all (tests calling the handlers directly): X-Real-IP, else
 * one shared bucket.
 *
 * Trust model: the Next port must be reachable only through the proxy (or Next itself must face
 * the clients with no proxy sending X-Forwarded-For): a client that could talk to Next directly and
 * send its own X-Forwarded-For would choose its own address.
 */
import ipaddr from 'ipaddr.js'

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number]

let parsedFrom: string | undefined
let parsedRanges: Range[] = []

/** TRUSTED_PROXIES, parsed once per distinct value (read at call time so tests can set it). */
function trustedProxies(): Range[] {
  const configured = process.env.TRUSTED_PROXIES ?? ''
  if (configured === parsedFrom) return parsedRanges
  parsedFrom = configured
  parsedRanges = configured
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry): Range[] => {
      try {
        if (entry.includes('/')) return [ipaddr.parseCIDR(entry)]
        const address = ipaddr.parse(entry)
        return [[address, address.kind() === 'ipv4' ? 32 : 128]]
      } catch {
        console.warn(
          `TRUSTED_PROXIES: „${entry}“ ist keine IP-Adresse oder CIDR / is no IP address or CIDR; ignored`,
        )
        return []
      }
    })
  return parsedRanges
}

/** Normalised form of an address (IPv4-mapped IPv6 as IPv4), or undefined when it is none. */
function normalise(entry: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  // `[v6]:port` and `v4:port` as some proxies write them.
  const bare = entry
    .replace(/^\[([^\]]+)\](:\d+)?$/, '$1')
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1')
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : undefined
}

const isTrusted = (address: ipaddr.IPv4 | ipaddr.IPv6, ranges: Range[]): boolean =>
  ranges.some(
    ([range, bits]) => range.kind() === address.kind() && address.match(range as never, bits),
  )

export function clientAddress(headers: Headers): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!chain.length) return headers.get('x-real-ip')?.trim() || 'unknown'
  const ranges = trustedProxies()
  for (let index = chain.length - 1; index >= 0; index--) {
    const address = normalise(chain[index]!)
    // Garbage in the chain is never a proxy we trust: it stands for the client as written.
    if (!address) return chain[index]!
    if (index === 0 || !isTrusted(address, ranges)) return address.toString()
  }
  return chain[0]!
}
