/**
 * Addresses a dev server is reached on: localhost, 127.0.0.1 and the machine's LAN addresses (a
 * phone or a colleague's laptop on the same network). Used by next.config.ts (`allowedDevOrigins`),
 * the CSRF/CORS lists outside production (src/lib/env.ts) and `npm run dev`'s banner.
 */
import os from 'node:os'

export const DEFAULT_DEV_PORT = 3000

type Interfaces = ReturnType<typeof os.networkInterfaces>

/** Non-internal IPv4 addresses of this machine, e.g. `192.168.1.20`. */
export function lanAddresses(interfaces: Interfaces = os.networkInterfaces()): string[] {
  const addresses = Object.values(interfaces)
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry!.address)
  return [...new Set(addresses)]
}

/**
 * Hosts besides `localhost` whose pages may load Next's dev resources (`/_next/*`, HMR). Next 16
 * refuses them from any other origin with 403, and the admin stays blank at http://127.0.0.1:3000.
 */
export function devOriginHosts(interfaces?: Interfaces): string[] {
  return ['127.0.0.1', ...lanAddresses(interfaces)]
}

/** Browser origins of the dev server on `port`, for Payload's CORS and CSRF lists. */
export function devOrigins(
  port: number | string = DEFAULT_DEV_PORT,
  interfaces?: Interfaces,
): string[] {
  return ['localhost', ...devOriginHosts(interfaces)].map((host) => `http://${host}:${port}`)
}

/**
 * The port to listen on: `preferred` when free, else (unless the port was asked for explicitly)
 * the next free one of the following `attempts`. Undefined when none is free.
 */
export async function choosePort(
  preferred: number,
  isFree: (port: number) => Promise<boolean>,
  { strict = false, attempts = 10 }: { strict?: boolean; attempts?: number } = {},
): Promise<number | undefined> {
  const candidates = strict
    ? [preferred]
    : Array.from({ length: attempts + 1 }, (_, offset) => preferred + offset)
  for (const port of candidates) if (await isFree(port)) return port
  return undefined
}
