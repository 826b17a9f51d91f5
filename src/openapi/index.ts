/**
 * `openAPI()`: serves the OpenAPI 3.1 document of the public REST API at `GET /api/openapi.json`.
 * The answer is the same for everyone, so its path joins `custom.publicReadEndpoints` (response
 * cache, ETag/304, Cache-Control via the request guard).
 */
import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import { headersWithCors } from 'payload'

import { withCustomList } from '../lib/config/customLists'
import { buildOpenAPIDocument } from './document'

export { buildOpenAPIDocument, documentedCollections } from './document'

export const OPENAPI_PATH = '/openapi.json'

// Built once per config: it depends on nothing but the config.
const built = new WeakMap<SanitizedConfig, string>()

function documentText(config: SanitizedConfig): string {
  let text = built.get(config)
  if (!text) {
    text = serializeOpenAPIDocument(config)
    built.set(config, text)
  }
  return text
}

/** The committed `openapi.json` is exactly this text. */
export const serializeOpenAPIDocument = (config: SanitizedConfig) =>
  `${JSON.stringify(buildOpenAPIDocument(config), null, 2)}\n`

export const openAPI =
  () =>
  (config: Config): Config => {
    return {
      ...config,
      endpoints: [
        ...(config.endpoints ?? []),
        {
          path: OPENAPI_PATH,
          method: 'get',
          handler: (req: PayloadRequest) =>
            new Response(documentText(req.payload.config), {
              status: 200,
              headers: headersWithCors({
                headers: new Headers({ 'Content-Type': 'application/json; charset=utf-8' }),
                req,
              }),
            }),
        },
      ],
      custom: withCustomList(config.custom, 'publicReadEndpoints', [OPENAPI_PATH]),
    }
  }
