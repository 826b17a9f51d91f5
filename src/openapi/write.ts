/**
 * Writes `openapi.json` (or `OPENAPI_OUTPUT_PATH`) from the config; run by `npm run generate`.
 * Needs no database: the document depends on the config alone.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import configPromise from '../../payload.config'
import { serializeOpenAPIDocument } from './index'

const output =
  process.env.OPENAPI_OUTPUT_PATH ?? path.resolve(import.meta.dirname, '../../openapi.json')
await writeFile(output, serializeOpenAPIDocument(await configPromise))
console.log(`OpenAPI document written to ${output}`)
process.exit(0)
