/**
 * `openAPI()`: serves the OpenAPI 3.1 document of the public REST API at `GET /api/openapi.json`
 * and the same as a readable page at `GET /api/docs`. Both answers are the same for everyone, so
 * their paths join `custom.publicReadEndpoints` (response cache, ETag/304, Cache-Control via the
 * request guard).
 */
import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import { headersWithCors } from 'payload'

import { withCustomList } from '../lib/config/customLists'
import { buildOpenAPIDocument } from './document'
import { renderReference } from './reference'

export { buildOpenAPIDocument, documentedCollections } from './document'

export const OPENAPI_PATH = '/openapi.json'
export const REFERENCE_PATH = '/docs'

// Built once per config: they depend on nothing but the config.
const built = new WeakMap<SanitizedConfig, { json: string; html: string }>()

function documentTexts(config: SanitizedConfig): { json: string; html: string } {
  let texts = built.get(config)
  if (!texts) {
    const document = buildOpenAPIDocument(config)
    texts = {
      json: serialize(document),
      html: renderReference(document as unknown as Parameters<typeof renderReference>[0]),
    }
    built.set(config, texts)
  }
  return texts
}

// The page has no scripts and loads nothing; only its own inline style is allowed.
const REFERENCE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The committed `openapi.json` is exactly this text. */
const serialize = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`

export const serializeOpenAPIDocument = (config: SanitizedConfig) =>
  serialize(buildOpenAPIDocument(config))

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
            new Response(documentTexts(req.payload.config).json, {
              status: 200,
              headers: headersWithCors({
                headers: new Headers({ 'Content-Type': 'application/json; charset=utf-8' }),
                req,
              }),
            }),
        },
        {
          path: REFERENCE_PATH,
          method: 'get',
          handler: (req: PayloadRequest) =>
            new Response(documentTexts(req.payload.config).html, {
              status: 200,
              headers: {
                'Content-Type': 'text/html; charset=utf-8',
                'Content-Security-Policy': REFERENCE_CSP,
                'X-Content-Type-Options': 'nosniff',
              },
            }),
        },
      ],
      custom: withCustomList(config.custom, 'publicReadEndpoints', [OPENAPI_PATH, REFERENCE_PATH]),
    }
  }
