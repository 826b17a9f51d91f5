/**
 * A frontend's first queries against the CMS with the official typed SDK:
 *
 *   CMS_API_URL=http://localhost:3000/api npx tsx examples/frontend/index.ts
 *
 * See README.md beside this file.
 */
import { PayloadSDK } from '@payloadcms/sdk'

import type { Config } from '../../payload-types'
import { runExample } from './queries'

const cms = new PayloadSDK<Config>({
  baseURL: process.env.CMS_API_URL ?? 'http://localhost:3000/api',
})
// `tsx examples/frontend/index.ts <slug>` shows that release page; without one, the newest.
await runExample(cms, console.log, process.argv[2])
