import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import * as qs from 'qs-esm'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

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
 * `src/app/(payload)/api` wires them, without a listening server.
 */
export class ApiClient {
  readonly baseURL: string
  private readonly handlers: Record<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS', RouteHandler>
  private readonly graphqlHandler: (request: Request) => Promise<Response>

  constructor(private readonly config: SanitizedConfig) {
    const configPromise = Promise.resolve(config)
    this.baseURL = `${config.serverURL}${config.routes.api}`
    this.handlers = {
      GET: REST_GET(configPromise),
      POST: REST_POST(configPromise),
      PATCH: REST_PATCH(configPromise),
      PUT: REST_PUT(configPromise),
      DELETE: REST_DELETE(configPromise),
      OPTIONS: REST_OPTIONS(configPromise),
    }
    this.graphqlHandler = GRAPHQL_POST(configPromise)
  }

  get = (path: string, options?: RequestOptions) => this.rest('GET', path, options)
  post = (path: string, options?: RequestOptions) => this.rest('POST', path, options)
  patch = (path: string, options?: RequestOptions) => this.rest('PATCH', path, options)
  put = (path: string, options?: RequestOptions) => this.rest('PUT', path, options)
  delete = (path: string, options?: RequestOptions) => this.rest('DELETE', path, options)
  options = (path: string, options?: RequestOptions) => this.rest('OPTIONS', path, options)

  async graphql(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}): Promise<ApiResponse> {
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

  async rest(method: keyof ApiClient['handlers'], path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const [pathname = '', inlineQuery] = path.replace(/^\//, '').split('?')
    const query = { ...(inlineQuery ? qs.parse(inlineQuery) : {}), ...(options.query ?? {}) }
    const search = Object.keys(query).length ? qs.stringify(query, { addQueryPrefix: true }) : ''
    const request = new Request(`${this.baseURL}/${pathname}${search}`, {
      method,
      headers: this.headers(options),
      body: method === 'GET' || method === 'OPTIONS' || options.body === undefined ? undefined : encodeBody(options.body),
    })
    const slug = pathname.split('/').filter(Boolean)
    return toApiResponse(await this.handlers[method](request, { params: Promise.resolve({ slug }) }))
  }

  private headers(options: RequestOptions): Headers {
    const headers = new Headers(options.headers)
    if (options.body !== undefined && !(options.body instanceof FormData) && !headers.has('content-type')) {
      headers.set('content-type', 'application/json')
    }
    if (options.token) headers.set('authorization', `JWT ${options.token}`)
    return headers
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
