import type { SanitizedConfig } from 'payload'

import * as qs from 'qs-esm'

import { guardedRoutes } from '../../src/lib/http/routes'

type RouteHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

export type RequestOptions = {
  /** A JWT from `login()`, sent as `Authorization: JWT …`. */
  token?: string
  query?: Record<string, unknown>
  headers?: Record<string, string>
  /** JSON-serialised unless it is FormData (multipart uploads). */
  body?: unknown
}

// Test assertions read arbitrary response shapes; the status is checked first.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

/**
 * Calls the real Next route handlers of REST and GraphQL with `Request` objects, exactly as
 * `src/app/(payload)/api` wires them (Payload's handlers behind `guardedRoutes`), without a
 * listening server.
 */
export class ApiClient {
  readonly baseURL: string
  private readonly handlers: Record<
    'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS',
    RouteHandler
  >
  private readonly graphqlHandler: (request: Request) => Promise<Response>

  constructor(private readonly config: SanitizedConfig) {
    const routes = guardedRoutes(config)
    this.baseURL = `${config.serverURL}${config.routes.api}`
    this.handlers = {
      GET: routes.GET,
      POST: routes.POST,
      PATCH: routes.PATCH,
      PUT: routes.PUT,
      DELETE: routes.DELETE,
      OPTIONS: routes.OPTIONS,
    }
    this.graphqlHandler = routes.GRAPHQL_POST
  }

  /**
   * Sends a hand-made `Request` (raw bytes, odd headers, a streamed body) to the handler Next
   * would route it to: GraphQL for `<api>/graphql`, otherwise REST with the path segments as
   * Next passes them (decoded where they decode).
   */
  async raw(request: Request): Promise<ApiResponse> {
    const { pathname } = new URL(request.url)
    const apiPath = new URL(this.baseURL).pathname
    if (pathname === `${apiPath}${this.config.routes.graphQL}` && request.method === 'POST') {
      return toApiResponse(await this.graphqlHandler(request))
    }
    const method = request.method.toUpperCase() as keyof ApiClient['handlers']
    const handler = this.handlers[method]
    if (!handler) throw new Error(`ApiClient.raw: no handler for ${request.method}`)
    const slug = pathname.slice(apiPath.length).split('/').filter(Boolean).map(safeDecode)
    return toApiResponse(await handler(request, { params: Promise.resolve({ slug }) }))
  }

  /** Absolute URL for a path below the API route (`/press-releases?x=1` → `http://…/api/press-releases?x=1`). */
  url(path: string): string {
    return `${this.baseURL}${path.startsWith('/') ? path : `/${path}`}`
  }

  get = (path: string, options?: RequestOptions) => this.rest('GET', path, options)
  post = (path: string, options?: RequestOptions) => this.rest('POST', path, options)
  patch = (path: string, options?: RequestOptions) => this.rest('PATCH', path, options)
  put = (path: string, options?: RequestOptions) => this.rest('PUT', path, options)
  delete = (path: string, options?: RequestOptions) => this.rest('DELETE', path, options)
  options = (path: string, options?: RequestOptions) => this.rest('OPTIONS', path, options)

  async graphql(
    query: string,
    variables?: Record<string, unknown>,
    options: RequestOptions = {},
  ): Promise<ApiResponse> {
    const search = options.query ? qs.stringify(options.query, { addQueryPrefix: true }) : ''
    const request = new Request(`${this.baseURL}${this.config.routes.graphQL}${search}`, {
      method: 'POST',
      headers: this.headers({ ...options, body: {} }),
      body: JSON.stringify({ query, variables }),
    })
    return toApiResponse(await this.graphqlHandler(request))
  }

  async login(email: string, password: string, collection = 'users') {
    const response = await this.post(`/${collection}/login`, { body: { email, password } })
    const cookie = response.headers.get('set-cookie') ?? ''
    return { ...response, token: response.body?.token as string | undefined, cookie }
  }

  async rest(
    method: keyof ApiClient['handlers'],
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse> {
    const [pathname = '', inlineQuery] = path.replace(/^\//, '').split('?')
    const query = { ...(inlineQuery ? qs.parse(inlineQuery) : {}), ...(options.query ?? {}) }
    const search = Object.keys(query).length ? qs.stringify(query, { addQueryPrefix: true }) : ''
    const request = new Request(`${this.baseURL}/${pathname}${search}`, {
      method,
      headers: this.headers(options),
      body:
        method === 'GET' || method === 'OPTIONS' || options.body === undefined
          ? undefined
          : encodeBody(options.body),
    })
    const slug = pathname.split('/').filter(Boolean)
    return toApiResponse(
      await this.handlers[method](request, { params: Promise.resolve({ slug }) }),
    )
  }

  private headers(options: RequestOptions): Headers {
    const headers = new Headers(options.headers)
    if (
      options.body !== undefined &&
      !(options.body instanceof FormData) &&
      !headers.has('content-type')
    ) {
      headers.set('content-type', 'application/json')
    }
    if (options.token) headers.set('authorization', `JWT ${options.token}`)
    return headers
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function encodeBody(body: unknown): BodyInit {
  return body instanceof FormData ? body : JSON.stringify(body)
}

async function toApiResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // Non-JSON bodies (files, HTML) stay text.
  }
  return { status: response.status, body, headers: response.headers }
}
