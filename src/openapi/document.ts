/**
 * The OpenAPI 3.1 document of the public REST API, built from the sanitized Payload config alone
 * (no database): `GET /api/openapi.json` and `openapi.json` at the repo root (`npm run generate`).
 */
import type { SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'

import { customEndpointPaths, type Operation } from './endpoints'
import {
  collectionSchemaName,
  idSchema,
  type JSONSchema,
  objectSchema,
  pascalCase,
  type SchemaContext,
  schemaRef,
} from './fields'
import { parameterRefs, PARAMETERS } from './parameters'

/**
 * Collections in the public document: not auth collections (users), not Payload's own
 * (`payload-*`), not those no anonymous reader may ever see (`custom.neverPublic`). Staff-only
 * collections would only tell strangers what exists; staff use the admin.
 */
export function documentedCollections(config: SanitizedConfig): SanitizedCollectionConfig[] {
  return config.collections.filter(
    (collection) =>
      !collection.auth &&
      !collection.slug.startsWith('payload-') &&
      (collection.custom as { neverPublic?: unknown } | undefined)?.neverPublic !== true,
  )
}

const AUTH = [{ JWT: [] }, { cookie: [] }]
const STAFF =
  'Nur mit Anmeldung und Rolle / needs a login with a role that may (admin, press, editor as the roles table says)'

const json = (schema: JSONSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})
const errors = (description: string) => json(schemaRef('Errors'), description)
const ERRORS = {
  '400': errors(
    'Ungültige Anfrage / bad request (e.g. a query on a field the reader may not read)',
  ),
  '403': errors('Nicht erlaubt / forbidden'),
}
const NOT_FOUND = errors('Nicht gefunden oder nicht sichtbar / not found or not visible')

function collectionPaths(
  collection: SanitizedCollectionConfig,
  config: SanitizedConfig,
): Record<string, Record<string, Operation>> {
  const slug = collection.slug
  const name = collectionSchemaName(slug)
  const tag = pascalCase(slug)
  const doc = schemaRef(name)
  const readParams = parameterRefs(config, collection)
  const idParam = {
    name: 'id',
    in: 'path',
    required: true,
    schema: idSchema(config, collection.slug),
  }
  const write = (summary: string, operationId: string, extra: Operation): Operation => ({
    tags: [tag],
    summary,
    description: STAFF,
    operationId,
    security: AUTH,
    ...extra,
  })
  const docResponse = json(
    { type: 'object', properties: { doc, message: { type: 'string' } } },
    'OK',
  )
  const writeBody = {
    required: true,
    content: {
      'application/json': { schema: doc },
      ...(collection.upload
        ? {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  file: { type: 'string', contentMediaType: 'application/octet-stream' },
                  _payload: { type: 'string', description: 'The other fields as JSON' },
                },
              },
            },
          }
        : {}),
    },
  }
  const paths: Record<string, Record<string, Operation>> = {
    [`/${slug}`]: {
      get: {
        tags: [tag],
        summary: `Liste / list (${slug})`,
        operationId: `find${name}`,
        parameters: readParams.list,
        responses: { '200': json(paginated(doc), 'OK'), ...ERRORS },
      },
      post: write('Anlegen / create', `create${name}`, {
        parameters: [PARAMETERS.locale.ref, PARAMETERS.draft.ref],
        requestBody: writeBody,
        responses: {
          '201': docResponse,
          ...ERRORS,
          '401': errors('Nicht angemeldet / not logged in'),
        },
      }),
    },
    [`/${slug}/count`]: {
      get: {
        tags: [tag],
        summary: `Anzahl / count (${slug})`,
        operationId: `count${name}`,
        parameters: readParams.count,
        responses: {
          '200': json(
            {
              type: 'object',
              properties: { totalDocs: { type: 'integer' } },
              required: ['totalDocs'],
            },
            'OK',
          ),
          ...ERRORS,
        },
      },
    },
    [`/${slug}/{id}`]: {
      get: {
        tags: [tag],
        summary: `Ein Dokument / one document (${slug})`,
        operationId: `find${name}ByID`,
        parameters: [idParam, ...readParams.byID],
        responses: { '200': json(doc, 'OK'), ...ERRORS, '404': NOT_FOUND },
      },
      patch: write('Ändern / update', `update${name}`, {
        parameters: [idParam, PARAMETERS.locale.ref, PARAMETERS.draft.ref],
        requestBody: writeBody,
        responses: {
          '200': docResponse,
          ...ERRORS,
          '401': errors('Nicht angemeldet / not logged in'),
          '404': NOT_FOUND,
        },
      }),
      delete: write('Löschen / delete', `delete${name}`, {
        parameters: [idParam],
        responses: {
          '200': docResponse,
          ...ERRORS,
          '401': errors('Nicht angemeldet / not logged in'),
          '404': NOT_FOUND,
        },
      }),
    },
  }
  if (collection.upload) {
    paths[`/${slug}/file/{filename}`] = {
      get: {
        tags: [tag],
        summary:
          'Datei / file (original or a rendition, under the same visibility as the document)',
        operationId: `${camelCase(slug)}File`,
        parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'Datei / file',
            content: {
              '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
            },
          },
          '404': NOT_FOUND,
        },
      },
    }
  }
  return paths
}

function globalPaths(
  global: SanitizedGlobalConfig,
  config: SanitizedConfig,
): Record<string, Record<string, Operation>> {
  const name = pascalCase(global.slug)
  const doc = schemaRef(name)
  return {
    [`/globals/${global.slug}`]: {
      get: {
        tags: ['Globals'],
        summary: `${global.slug}`,
        operationId: `findGlobal${name}`,
        parameters: parameterRefs(config).byID,
        responses: { '200': json(doc, 'OK'), ...ERRORS },
      },
      post: {
        tags: ['Globals'],
        summary: 'Ändern / update',
        description: STAFF,
        operationId: `updateGlobal${name}`,
        security: AUTH,
        parameters: [PARAMETERS.locale.ref, PARAMETERS.draft.ref],
        requestBody: { required: true, content: { 'application/json': { schema: doc } } },
        responses: {
          '200': json(
            { type: 'object', properties: { result: doc, message: { type: 'string' } } },
            'OK',
          ),
          ...ERRORS,
          '401': errors('Nicht angemeldet / not logged in'),
        },
      },
    },
  }
}

const camelCase = (slug: string) =>
  slug.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())

function paginated(doc: JSONSchema): JSONSchema {
  const count = { type: 'integer' }
  const page = { type: ['integer', 'null'] }
  return {
    type: 'object',
    properties: {
      docs: { type: 'array', items: doc },
      totalDocs: count,
      limit: count,
      totalPages: count,
      page: count,
      pagingCounter: count,
      hasPrevPage: { type: 'boolean' },
      hasNextPage: { type: 'boolean' },
      prevPage: page,
      nextPage: page,
    },
    required: ['docs', 'totalDocs', 'limit', 'page', 'hasNextPage'],
  }
}

/** The login routes of the auth collection: how a client gets the JWT the staff operations need. */
function authPaths(config: SanitizedConfig): Record<string, Record<string, Operation>> {
  const slug = config.admin.user
  const user = {
    type: 'object',
    properties: { id: { type: 'integer' }, email: { type: 'string' } },
    description: "Das eigene Konto / one's own account",
  }
  return {
    [`/${slug}/login`]: {
      post: {
        tags: ['Auth'],
        summary: 'Anmelden / log in (sets the `payload-token` cookie and answers the JWT)',
        operationId: 'login',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { email: { type: 'string' }, password: { type: 'string' } },
                required: ['email', 'password'],
              },
            },
          },
        },
        responses: {
          '200': json(
            {
              type: 'object',
              properties: {
                token: { type: 'string' },
                exp: { type: 'integer' },
                user,
                message: { type: 'string' },
              },
              required: ['token'],
            },
            'OK',
          ),
          '401': errors('Falsche Anmeldedaten / wrong credentials'),
        },
      },
    },
    [`/${slug}/logout`]: {
      post: {
        tags: ['Auth'],
        summary: 'Abmelden / log out',
        operationId: 'logout',
        security: AUTH,
        responses: {
          '200': json({ type: 'object', properties: { message: { type: 'string' } } }, 'OK'),
        },
      },
    },
    [`/${slug}/me`]: {
      get: {
        tags: ['Auth'],
        summary: 'Wer bin ich? / who am I?',
        operationId: 'me',
        security: AUTH,
        responses: {
          '200': json(
            {
              type: 'object',
              properties: {
                user: { anyOf: [user, { type: 'null' }] },
                exp: { type: 'integer' },
                token: { type: 'string' },
              },
            },
            'OK',
          ),
        },
      },
    },
    [`/${slug}/refresh-token`]: {
      post: {
        tags: ['Auth'],
        summary: 'Token erneuern / refresh the token',
        operationId: 'refreshToken',
        security: AUTH,
        responses: {
          '200': json(
            {
              type: 'object',
              properties: { refreshedToken: { type: 'string' }, exp: { type: 'integer' }, user },
            },
            'OK',
          ),
          '401': errors('Nicht angemeldet / not logged in'),
        },
      },
    },
  }
}

/** Does the config serve `GET <api>/search` (plugins/search)? */
const hasSearch = (config: SanitizedConfig) =>
  (config.endpoints || []).some(
    (endpoint) => endpoint.path === '/search' && endpoint.method === 'get',
  )

export function buildOpenAPIDocument(config: SanitizedConfig): JSONSchema {
  const collections = documentedCollections(config)
  const context: SchemaContext = {
    config,
    documented: new Set(collections.map((collection) => collection.slug)),
    blocks: {},
  }
  const schemas: Record<string, JSONSchema> = {}
  for (const collection of collections) {
    const schema = objectSchema(collection.flattenedFields, context, {
      id: idSchema(config, collection.slug),
    })
    schemas[collectionSchemaName(collection.slug)] = { ...schema, required: ['id'] }
  }
  for (const global of config.globals) {
    schemas[pascalCase(global.slug)] = objectSchema(global.flattenedFields, context, {
      id: { type: 'integer' },
      globalType: { const: global.slug },
    })
  }
  const paths: Record<string, Record<string, Operation>> = {}
  for (const collection of collections) Object.assign(paths, collectionPaths(collection, config))
  for (const global of config.globals) Object.assign(paths, globalPaths(global, config))
  Object.assign(paths, authPaths(config), customEndpointPaths({ search: hasSearch(config) }))

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Kreative Klasse CMS – REST API',
      version: '1',
      description: [
        'Öffentliche REST-API des Kreative Klasse e.V. (Payload CMS). Anonyme Leser sehen nur Veröffentlichtes nach der Sperrfrist.',
        'Public REST API of Kreative Klasse e.V. (Payload CMS). Anonymous readers see only published content past its embargo;',
        'a related document they may not see is `null` (or left out of a list). Lists of press-releases, events and projects',
        'come in a slim list shape unless `full=1` or `select` is given (README "Queries for frontends").',
        'Staff-only collections (users, the press list, webhooks, logs) are not part of this document.',
      ].join(' '),
    },
    servers: [{ url: config.routes.api, description: 'Relative to the CMS host' }],
    paths: sortKeys(paths),
    components: {
      schemas: sortKeys({ ...schemas, ...context.blocks, Errors: ERRORS_SCHEMA }),
      parameters: Object.fromEntries(
        Object.values(PARAMETERS).map(({ name, definition }) => [name, definition]),
      ),
      securitySchemes: {
        JWT: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`Authorization: JWT <token>` (token from `POST /api/users/login`)',
        },
        cookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'payload-token',
          description: 'Set by the login; the admin uses it',
        },
      },
    },
  }
}

const ERRORS_SCHEMA: JSONSchema = {
  type: 'object',
  description: 'Fehler, Meldung deutsch / englisch / errors, message German / English',
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { message: { type: 'string' }, name: { type: 'string' }, data: {} },
        required: ['message'],
      },
    },
  },
  required: ['errors'],
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
}
