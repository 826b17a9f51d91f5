/**
 * Our own REST endpoints (src/endpoints, plugins/*), described by hand: Payload's endpoint config
 * says only method and path. `tests/openapi/document.test.ts` fails when the config gains a GET
 * endpoint that is neither described here nor listed in STAFF_ONLY_ENDPOINTS.
 */
import type { JSONSchema } from './fields'
import { schemaRef } from './fields'

export type Operation = { [key: string]: unknown }

/** `METHOD /path` (Payload's `:param` form) of endpoints deliberately left out of the public document. */
export const STAFF_ONLY_ENDPOINTS = new Set([
  'post /press-releases/:id/revoke-previews',
  'get /photos/:id/usage',
  'post /users/verify/:id',
  'post /webhooks/:id/rotate-secret',
  'get /payload-jobs/run',
  'get /payload-jobs/handle-schedules',
  'get /access',
  // Staff preview of drafts beside the admin form (plugins/live-preview).
  'get /live-preview/:collection/:id',
  // The official SEO plugin's generators (admin only; none configured, src/fields/seo.ts).
  'post /plugin-seo/generate-title',
  'post /plugin-seo/generate-description',
  'post /plugin-seo/generate-url',
  'post /plugin-seo/generate-image',
])

const LOCALE: JSONSchema = {
  name: 'locale',
  in: 'query',
  schema: { type: 'string', enum: ['de', 'en'], default: 'de' },
  description: 'Sprache / language (English falls back to German); another value is a 400',
}
const idParam = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer' },
  description,
})
const slugParam = {
  name: 'slug',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'Slug, also an old one (`previousSlugs`)',
}
const tokenParam = {
  name: 'token',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'Token of the pre-access link',
}

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: schemaRef('Errors') } },
})
const NOT_FOUND = error(
  'Nicht gefunden oder nicht sichtbar (dieselbe Antwort) / Not found or not visible (the same answer)',
)
const BAD_REQUEST = error('Ungültige Anfrage / Bad request')
const body = (
  contentType: string,
  description: string,
  schema: JSONSchema = { type: 'string' },
) => ({
  description,
  content: { [contentType]: { schema } },
})
const binary = { type: 'string', contentMediaType: 'application/octet-stream' }

const feed = (format: 'rss' | 'atom' | 'json', contentType: string, name: string): Operation => ({
  tags: ['Feeds'],
  summary: `Pressemitteilungen als ${name} / Press releases as ${name}`,
  operationId: `feedPressReleases${format[0]!.toUpperCase()}${format.slice(1)}`,
  parameters: [
    LOCALE,
    {
      name: 'tag',
      in: 'query',
      schema: { type: 'string' },
      description: 'Nur ein Schlagwort / only one tag',
    },
  ],
  responses: {
    '200': body(
      contentType,
      `${name} der neuesten öffentlichen Mitteilungen / newest public releases`,
      format === 'json'
        ? {
            type: 'object',
            properties: {
              version: { type: 'string' },
              title: { type: 'string' },
              items: { type: 'array', items: { type: 'object' } },
            },
            required: ['version', 'items'],
          }
        : { type: 'string' },
    ),
    '400': BAD_REQUEST,
  },
})

const jsonLd = (collection: string, type: string, bySlug: boolean): Operation => ({
  tags: ['Structured data'],
  summary: `schema.org ${type} (JSON-LD) ${bySlug ? 'nach Slug / by slug' : 'nach ID / by id'}`,
  operationId: `${camel(collection)}JsonLd${bySlug ? 'BySlug' : ''}`,
  parameters: [
    bySlug ? slugParam : idParam('Dokument-ID / document id'),
    LOCALE,
    {
      name: 'draft',
      in: 'query',
      schema: { type: 'boolean' },
      description: 'Staff: newest draft (preview)',
    },
  ],
  responses: {
    '200': body('application/ld+json', `JSON-LD (${type})`, {
      type: 'object',
      properties: { '@context': {}, '@type': { type: 'string' } },
      required: ['@context'],
    }),
    '400': BAD_REQUEST,
    '404': NOT_FOUND,
  },
})

function camel(slug: string): string {
  return slug.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

const ics = (
  summary: string,
  operationId: string,
  parameters: JSONSchema[],
  notFound = false,
): Operation => ({
  tags: ['Calendar'],
  summary,
  operationId,
  parameters,
  responses: {
    '200': body('text/calendar', 'iCalendar (RFC 5545)'),
    '400': BAD_REQUEST,
    ...(notFound ? { '404': NOT_FOUND } : {}),
  },
})

/** A made-up, revoked or expired token: the same 404 (a page for browsers, else JSON). */
const PREVIEW_NOT_FOUND = {
  description: 'Ungültiger, widerrufener oder abgelaufener Link / invalid, revoked or expired link',
  content: {
    'text/html': { schema: { type: 'string' } },
    'application/json': { schema: schemaRef('Errors') },
  },
}

const message = {
  type: 'object',
  properties: { message: { type: 'string' } },
  required: ['message'],
}
const emailToken = {
  name: 'token',
  in: 'query',
  required: true,
  schema: { type: 'string' },
  description: 'Token aus der E-Mail / token from the mail',
}

/** OpenAPI path → method → operation. */
export function customEndpointPaths(options: {
  search: boolean
}): Record<string, Record<string, Operation>> {
  const paths: Record<string, Record<string, Operation>> = {
    '/health': {
      get: {
        tags: ['Operations'],
        summary: 'Betriebsbereit? / Ready to serve? (database included)',
        operationId: 'health',
        responses: {
          '200': body('application/json', 'OK', {
            type: 'object',
            properties: { status: { const: 'ok' }, database: { const: 'up' } },
            required: ['status', 'database'],
          }),
          '503': body('application/json', 'Datenbank nicht erreichbar / database unavailable', {
            type: 'object',
            properties: { status: { const: 'unavailable' }, database: { const: 'down' } },
            required: ['status', 'database'],
          }),
        },
      },
    },
    '/openapi.json': {
      get: {
        tags: ['Operations'],
        summary: 'Dieses Dokument / this document (OpenAPI 3.1)',
        operationId: 'openapi',
        responses: {
          '200': body('application/json', 'OpenAPI 3.1', {
            type: 'object',
            required: ['openapi', 'paths'],
          }),
        },
      },
    },
    '/docs': {
      get: {
        tags: ['Operations'],
        summary: 'Dieses Dokument als Seite / this document as a page (HTML)',
        operationId: 'reference',
        responses: {
          '200': body('text/html', 'HTML', { type: 'string' }),
        },
      },
    },
    '/feeds/press-releases.rss': { get: feed('rss', 'application/rss+xml', 'RSS 2.0') },
    '/feeds/press-releases.atom': { get: feed('atom', 'application/atom+xml', 'Atom 1.0') },
    '/feeds/press-releases.json': { get: feed('json', 'application/feed+json', 'JSON Feed 1.1') },
    '/feeds/events.ics': {
      get: ics('Alle öffentlichen Veranstaltungen / every public event', 'eventsCalendar', [
        LOCALE,
        {
          name: 'kind',
          in: 'query',
          schema: { type: 'string' },
          description:
            'Komma-getrennt / comma-separated: evening, festival, seminar, workshop, panel, other',
        },
      ]),
    },
    '/events/{id}/ics': {
      get: ics(
        'Eine Veranstaltung / one event',
        'eventCalendar',
        [idParam('Veranstaltung / event'), LOCALE],
        true,
      ),
    },
    '/press-releases/{id}/jsonld': { get: jsonLd('press-releases', 'NewsArticle', false) },
    '/press-releases/slug/{slug}/jsonld': { get: jsonLd('press-releases', 'NewsArticle', true) },
    '/events/{id}/jsonld': { get: jsonLd('events', 'Event', false) },
    '/events/slug/{slug}/jsonld': { get: jsonLd('events', 'Event', true) },
    '/members/{id}/jsonld': { get: jsonLd('members', 'Person/Organization', false) },
    '/members/slug/{slug}/jsonld': { get: jsonLd('members', 'Person/Organization', true) },
    '/press-releases/{id}/press-kit.zip': {
      get: {
        tags: ['Press kit'],
        summary: 'Pressemappe als ZIP / press kit as ZIP (text, print photos, credits, PDFs)',
        operationId: 'pressKit',
        parameters: [idParam('Pressemitteilung / press release')],
        responses: {
          '200': body('application/zip', 'ZIP', binary),
          '304': { description: 'Not modified (If-None-Match)' },
          '404': NOT_FOUND,
        },
      },
    },
    '/press-contacts/subscribe': {
      post: {
        tags: ['Press list'],
        summary:
          'Für den Presseverteiler anmelden (Double-Opt-in) / sign up for the press list (double opt-in)',
        operationId: 'pressListSubscribe',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  email: { type: 'string', format: 'email' },
                  name: { type: 'string' },
                  outlet: { type: 'string' },
                  language: { enum: ['de', 'en'] },
                  topics: { type: 'array', items: { type: 'string' } },
                },
                required: ['email', 'name'],
              },
            },
          },
        },
        responses: {
          '202': body(
            'application/json',
            'Angenommen (gleiche Antwort für jede Adresse) / accepted (same answer for every address)',
            message,
          ),
          '400': BAD_REQUEST,
          '429': error('Zu viele Anmeldungen / too many sign-ups'),
        },
      },
    },
    '/press-contacts/confirm': {
      get: {
        tags: ['Press list'],
        summary: 'Anmeldung bestätigen / confirm the sign-up',
        operationId: 'pressListConfirm',
        parameters: [emailToken],
        responses: {
          '200': body(
            'application/json',
            'Angemeldet / subscribed (a page for `Accept: text/html`)',
            message,
          ),
          '400': BAD_REQUEST,
          '404': NOT_FOUND,
          '410': error('Link abgelaufen / link expired'),
        },
      },
    },
    '/press-contacts/unsubscribe': {
      get: {
        tags: ['Press list'],
        summary:
          'Seite mit Abmelde-Knopf (ändert nichts) / page with an unsubscribe button (changes nothing)',
        operationId: 'pressListUnsubscribePage',
        parameters: [emailToken],
        responses: { '200': body('text/html', 'HTML'), '404': NOT_FOUND },
      },
      post: {
        tags: ['Press list'],
        summary: 'Abmelden (RFC 8058 One-Click) / unsubscribe (RFC 8058 one-click)',
        operationId: 'pressListUnsubscribe',
        parameters: [emailToken],
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                properties: { 'List-Unsubscribe': { const: 'One-Click' } },
              },
            },
          },
        },
        responses: {
          '200': body('application/json', 'Abgemeldet / unsubscribed', message),
          '404': NOT_FOUND,
        },
      },
    },
    '/press-preview/{token}': {
      get: {
        tags: ['Pre-access'],
        summary:
          'Vorab-Seite einer Mitteilung unter Sperrfrist / pre-access page of an embargoed release',
        operationId: 'pressPreviewPage',
        parameters: [
          tokenParam,
          {
            name: 'format',
            in: 'query',
            schema: { enum: ['json'] },
            description: 'Dasselbe als JSON / the same as JSON',
          },
        ],
        responses: {
          '200': {
            description: 'Seite (oder JSON) / page (or JSON)',
            content: {
              'text/html': { schema: { type: 'string' } },
              'application/json': { schema: { type: 'object' } },
            },
          },
          '303': {
            description:
              'Sperrfrist vorbei: weiter zur öffentlichen Mitteilung / embargo over: on to the public release',
            headers: { Location: { schema: { type: 'string' } } },
          },
          '404': PREVIEW_NOT_FOUND,
        },
      },
    },
    '/press-preview/{token}/file/{filename}': {
      get: {
        tags: ['Pre-access'],
        summary: 'Foto zur Vorab-Seite / photo of the pre-access page',
        operationId: 'pressPreviewFile',
        parameters: [
          tokenParam,
          { name: 'filename', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: { '200': body('image/*', 'Bild / image', binary), '404': PREVIEW_NOT_FOUND },
      },
    },
    '/press-preview/{token}/attachment/{id}': {
      get: {
        tags: ['Pre-access'],
        summary: 'Anhang (PDF) zur Vorab-Seite / attachment of the pre-access page',
        operationId: 'pressPreviewAttachment',
        parameters: [tokenParam, idParam('Dokument / document')],
        responses: { '200': body('application/pdf', 'PDF', binary), '404': PREVIEW_NOT_FOUND },
      },
    },
    '/press-preview/{token}/press-kit.zip': {
      get: {
        tags: ['Pre-access'],
        summary: 'Pressemappe vor der Sperrfrist / press kit before the embargo ends',
        operationId: 'pressPreviewPressKit',
        parameters: [tokenParam],
        responses: { '200': body('application/zip', 'ZIP', binary), '404': PREVIEW_NOT_FOUND },
      },
    },
  }
  if (options.search) paths['/search'] = { get: SEARCH }
  return paths
}

/** `/api/search` (plugins/search), documented once the config has it (README "Suche / Search"). */
const SEARCH: Operation = {
  tags: ['Search'],
  summary: 'Volltextsuche / full-text search (releases, members, projects, events)',
  operationId: 'search',
  parameters: [
    {
      name: 'q',
      in: 'query',
      required: true,
      schema: { type: 'string', minLength: 1, maxLength: 200 },
      description:
        'Suchbegriff; das letzte Wort zählt als Präfix / search term; the last word is a prefix',
    },
    LOCALE,
    {
      name: 'type',
      in: 'query',
      schema: { type: 'string' },
      description: 'Komma-getrennt / comma-separated: press-releases, members, projects, events',
    },
    {
      name: 'limit',
      in: 'query',
      schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
    },
  ],
  responses: {
    '200': body('application/json', 'Treffer / hits', {
      type: 'object',
      properties: {
        docs: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              type: { enum: ['press-releases', 'members', 'projects', 'events'] },
              id: { type: 'integer' },
              slug: { type: ['string', 'null'] },
              title: { type: ['string', 'null'] },
              snippet: { type: ['string', 'null'], description: 'HTML-escaped, hits in <mark>' },
              url: { type: ['string', 'null'] },
              publishedAt: { type: ['string', 'null'], format: 'date-time' },
              rank: { type: 'number' },
            },
            required: ['type', 'id'],
          },
        },
        q: { type: 'string' },
        locale: { enum: ['de', 'en'] },
        types: { type: 'array', items: { type: 'string' } },
        limit: { type: 'integer' },
        match: {
          enum: ['fts', 'trigram', 'none'],
          description: 'fts: full text; trigram: typo-tolerant fallback; none: nothing found',
        },
      },
      required: ['docs'],
    }),
    '400': BAD_REQUEST,
  },
}
