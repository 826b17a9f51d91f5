/**
 * The request-level part of the bad-input corpus: what a broken client, a fuzzer or an attacker
 * sends *around* Payload's operations — URLs that do not decode, bodies that are not JSON, too
 * large, hold a NUL, multipart bodies with the wrong boundary, GraphQL bodies without a query.
 * Each case builds a real `Request` and names the 4xx it must get. Shared by
 * tests/foundation/bad-input-requests.test.ts (in-process handlers) and tests/http/bad-input.test.ts
 * (over HTTP against `next start`), and meant to be merged with the operation-level corpus.
 */

export type CaseContext = {
  /** Absolute URL of a path below the API route, e.g. url('/press-releases'). */
  url: (path: string) => string
  /** Authorization headers of a logged-in admin ({} when the case runs anonymously). */
  auth: Record<string, string>
  /** An existing press release a successful request would change. */
  releaseId: number | string
}

export type RequestCase = {
  name: string
  /** The class of bad input the case stands for. */
  kind: 'encoding' | 'json' | 'size' | 'content-type' | 'multipart' | 'graphql'
  status: 400 | 413 | 415
  /** Matches the English half of the message. */
  message: RegExp
  /** True when it needs no login and no existing data (runs over HTTP against a fresh server too). */
  standalone?: boolean
  /**
   * Over HTTP, `next start` re-encodes the query before any code of ours runs (an undecodable byte
   * becomes U+FFFD), so the request arrives well-formed and gets an ordinary answer, never a 5xx.
   */
  queryRepairedByNext?: boolean
  build: (ctx: CaseContext) => Request
}

const MB = 1024 * 1024
const json = { 'content-type': 'application/json' }

const post = (
  url: string,
  body: BodyInit | null,
  headers: Record<string, string>,
  method = 'POST',
) => new Request(url, { method, headers, body })

/** A multipart body as a browser would send it, with `boundary` in the body. */
function multipart(
  boundary: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array },
): Uint8Array<ArrayBuffer> {
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  const buffers: Uint8Array[] = parts.map((part) => Buffer.from(part))
  if (file) {
    buffers.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    )
  }
  buffers.push(Buffer.from(`--${boundary}--\r\n`))
  return new Uint8Array(Buffer.concat(buffers))
}

const FAKE_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 9)])
const photoFields = { _payload: JSON.stringify({ alt: 'Gruppenfoto', credit: 'Test' }) }

/** A body stream of `total` bytes in 64 KB chunks without Content-Length; counts what was pulled. */
export function countingStream(
  total: number,
  byte = 0x20,
): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0
  const chunk = new Uint8Array(64 * 1024).fill(byte)
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close()
      sent += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  return { stream, pulled: () => sent }
}

const streamed = (url: string, headers: Record<string, string>, total: number) =>
  new Request(url, {
    method: 'POST',
    headers,
    body: countingStream(total).stream,
    duplex: 'half',
  } as RequestInit)

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`

export const requestCases: RequestCase[] = [
  // — URLs whose percent-encoding is not UTF-8 (a URIError in Payload's route matching) —
  {
    name: '%FF%FE as a document id',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    standalone: true,
    build: ({ url }) => new Request(url('/press-releases/%FF%FE')),
  },
  {
    name: '%FF as a collection slug',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    standalone: true,
    build: ({ url }) => new Request(url('/%FF')),
  },
  {
    name: '%FF%FE in a where value',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    standalone: true,
    queryRepairedByNext: true,
    build: ({ url }) => new Request(url('/press-releases?where[title][equals]=%FF%FE')),
  },
  {
    name: 'a cut-off UTF-8 sequence in the locale',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    standalone: true,
    queryRepairedByNext: true,
    build: ({ url }) => new Request(url('/press-releases?locale=%E2%82')),
  },
  {
    name: 'an overlong encoding (%C0%AF) in the path, logged in',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    build: ({ url, auth }) => new Request(url('/press-releases/%C0%AF'), { headers: auth }),
  },
  {
    name: 'a lone % in the query',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    standalone: true,
    queryRepairedByNext: true,
    build: ({ url }) => new Request(url('/press-releases?depth=1%')),
  },
  {
    name: 'PATCH a release at a path with %FF',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    build: ({ url, auth, releaseId }) =>
      post(url(`/press-releases/${releaseId}%FF`), '{"title":"x"}', { ...json, ...auth }, 'PATCH'),
  },
  {
    name: 'DELETE a photo at %FF%FE',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    build: ({ url, auth }) =>
      new Request(url('/photos/%FF%FE'), { method: 'DELETE', headers: auth }),
  },
  {
    name: 'login with %FF in the query',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    standalone: true,
    queryRepairedByNext: true,
    build: ({ url }) => post(url('/users/login?x=%FF'), '{"email":"a@b.de","password":"x"}', json),
  },
  {
    name: 'POST as GET (method override) with %FF in the form-encoded query',
    kind: 'encoding',
    status: 400,
    message: /percent-encoding/,
    standalone: true,
    build: ({ url }) =>
      post(url('/press-releases'), 'where[title][equals]=%FF', {
        'content-type': 'application/x-www-form-urlencoded',
        'x-http-method-override': 'GET',
      }),
  },

  // — JSON bodies that are not JSON, not an object, or hold a NUL —
  {
    name: 'malformed JSON to create a release',
    kind: 'json',
    status: 400,
    message: /not valid JSON/,
    build: ({ url, auth }) => post(url('/press-releases'), '{"title": ', { ...json, ...auth }),
  },
  {
    name: 'malformed JSON to login',
    kind: 'json',
    status: 400,
    message: /not valid JSON/,
    standalone: true,
    build: ({ url }) => post(url('/users/login'), "{email: 'a@b.de'}", json),
  },
  {
    name: 'malformed JSON to update a release',
    kind: 'json',
    status: 400,
    message: /not valid JSON/,
    build: ({ url, auth, releaseId }) =>
      post(url(`/press-releases/${releaseId}`), '{"title":"neu",}', { ...json, ...auth }, 'PATCH'),
  },
  {
    name: 'malformed JSON with the POST-as-GET method override',
    kind: 'json',
    status: 400,
    message: /not valid JSON/,
    standalone: true,
    build: ({ url }) =>
      post(url('/press-releases'), '{"where":', {
        ...json,
        'x-payload-http-method-override': 'GET',
      }),
  },
  {
    name: 'bytes that are not UTF-8 (FF FE) as JSON',
    kind: 'json',
    status: 400,
    message: /not valid JSON/,
    build: ({ url, auth }) =>
      post(url('/press-releases'), new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]), { ...json, ...auth }),
  },
  {
    name: 'a NUL byte in a title (PostgreSQL refuses it)',
    kind: 'json',
    status: 400,
    message: /NUL/,
    build: ({ url, auth, releaseId }) =>
      post(
        url(`/press-releases/${releaseId}`),
        JSON.stringify({ title: 'Sperrfrist\u0000' }),
        { ...json, ...auth },
        'PATCH',
      ),
  },
  {
    name: 'a NUL byte in a new release',
    kind: 'json',
    status: 400,
    message: /NUL/,
    build: ({ url, auth }) =>
      post(url('/press-releases'), JSON.stringify({ title: 'a\u0000b', teaser: 'x' }), {
        ...json,
        ...auth,
      }),
  },
  {
    name: 'a NUL byte in a key',
    kind: 'json',
    status: 400,
    message: /NUL/,
    build: ({ url, auth }) =>
      post(url('/venues'), JSON.stringify({ 'name\u0000': 'Zeche' }), { ...json, ...auth }),
  },
  {
    name: 'a NUL byte in the login e-mail',
    kind: 'json',
    status: 400,
    message: /NUL/,
    standalone: true,
    build: ({ url }) =>
      post(
        url('/users/login'),
        JSON.stringify({ email: 'admin@kreativeklasse.ruhr\u0000', password: 'x' }),
        json,
      ),
  },
  {
    name: 'a JSON array instead of an object',
    kind: 'json',
    status: 400,
    message: /JSON object/,
    build: ({ url, auth }) => post(url('/press-releases'), '[{"title":"a"}]', { ...json, ...auth }),
  },
  {
    name: 'JSON null as the body',
    kind: 'json',
    status: 400,
    message: /JSON object/,
    build: ({ url, auth, releaseId }) =>
      post(url(`/press-releases/${releaseId}`), 'null', { ...json, ...auth }, 'PATCH'),
  },
  {
    name: 'a bare JSON string as the login body',
    kind: 'json',
    status: 400,
    message: /JSON object/,
    standalone: true,
    build: ({ url }) => post(url('/users/login'), '"admin"', json),
  },
  {
    name: 'JSON nested 5000 levels deep',
    kind: 'json',
    status: 400,
    message: /nested too deeply/,
    build: ({ url, auth }) => post(url('/venues'), nested(5000), { ...json, ...auth }),
  },

  {
    name: 'an empty JSON body to create a release',
    kind: 'json',
    status: 400,
    message: /body is empty/,
    build: ({ url, auth }) => post(url('/press-releases'), '', { ...json, ...auth }),
  },
  {
    name: 'an update without any body',
    kind: 'json',
    status: 400,
    message: /body is empty/,
    build: ({ url, auth, releaseId }) =>
      new Request(url(`/press-releases/${releaseId}`), { method: 'PATCH', headers: auth }),
  },
  {
    name: 'an empty JSON body to the association profile',
    kind: 'json',
    status: 400,
    message: /body is empty/,
    build: ({ url, auth }) => post(url('/globals/association'), '', { ...json, ...auth }),
  },

  // — Bodies over the limit: refused before they are read —
  {
    name: 'a 12 MB JSON body with Content-Length',
    kind: 'size',
    status: 413,
    message: /too large/,
    standalone: true,
    build: ({ url }) => post(url('/users/login'), `{"email":"${'a'.repeat(12 * MB)}"}`, json),
  },
  {
    name: 'a 12 MB JSON body streamed without Content-Length',
    kind: 'size',
    status: 413,
    message: /too large/,
    build: ({ url, auth }) => streamed(url('/press-releases'), { ...json, ...auth }, 12 * MB),
  },
  {
    name: 'a JSON body just over 1 MB',
    kind: 'size',
    status: 413,
    message: /too large/,
    build: ({ url, auth }) =>
      post(url('/venues'), JSON.stringify({ name: 'x'.repeat(MB) }), { ...json, ...auth }),
  },
  {
    name: 'a 60 MB multipart body (over the upload limit)',
    kind: 'size',
    status: 413,
    message: /too large/,
    build: ({ url, auth }) =>
      streamed(
        url('/photos'),
        { 'content-type': 'multipart/form-data; boundary=xyz', ...auth },
        60 * MB,
      ),
  },
  {
    name: 'a 12 MB GraphQL body',
    kind: 'size',
    status: 413,
    message: /too large/,
    standalone: true,
    build: ({ url }) =>
      post(url('/graphql'), JSON.stringify({ query: `{ ${'a'.repeat(12 * MB)} }` }), json),
  },

  // — Content types Payload would silently ignore (a create with empty data) —
  {
    name: 'text/plain to create a release',
    kind: 'content-type',
    status: 415,
    message: /Content-Type application\/json/,
    build: ({ url, auth }) =>
      post(url('/press-releases'), '{"title":"x"}', { 'content-type': 'text/plain', ...auth }),
  },
  {
    name: 'XML to create a venue',
    kind: 'content-type',
    status: 415,
    message: /Content-Type application\/json/,
    build: ({ url, auth }) =>
      post(url('/venues'), '<venue><name>Zeche</name></venue>', {
        'content-type': 'application/xml',
        ...auth,
      }),
  },
  {
    name: 'a form-encoded body without method override',
    kind: 'content-type',
    status: 415,
    message: /Content-Type application\/json/,
    build: ({ url, auth }) =>
      post(url('/venues'), 'name=Zeche', {
        'content-type': 'application/x-www-form-urlencoded',
        ...auth,
      }),
  },
  {
    name: 'a body without any Content-Type',
    kind: 'content-type',
    status: 415,
    message: /Content-Type application\/json/,
    build: ({ url, auth, releaseId }) =>
      post(
        url(`/press-releases/${releaseId}`),
        new TextEncoder().encode('{"title":"x"}'),
        { ...auth },
        'PATCH',
      ),
  },
  {
    name: 'login as text/plain',
    kind: 'content-type',
    status: 415,
    message: /Content-Type application\/json/,
    standalone: true,
    build: ({ url }) =>
      post(url('/users/login'), '{"email":"a@b.de","password":"x"}', {
        'content-type': 'text/plain',
      }),
  },

  // — multipart/form-data that busboy would fail on with a 500 —
  {
    name: 'multipart upload with the wrong boundary, logged in',
    kind: 'multipart',
    status: 400,
    message: /boundary/,
    build: ({ url, auth }) =>
      post(url('/photos'), multipart('right', photoFields, { name: 'a.jpg', bytes: FAKE_JPEG }), {
        'content-type': 'multipart/form-data; boundary=wrong',
        ...auth,
      }),
  },
  {
    name: 'multipart upload with the wrong boundary, anonymous',
    kind: 'multipart',
    status: 400,
    message: /boundary/,
    standalone: true,
    build: ({ url }) =>
      post(url('/photos'), multipart('right', photoFields, { name: 'a.jpg', bytes: FAKE_JPEG }), {
        'content-type': 'multipart/form-data; boundary=wrong',
      }),
  },
  {
    name: 'multipart without a boundary parameter',
    kind: 'multipart',
    status: 400,
    message: /boundary/,
    build: ({ url, auth }) =>
      post(url('/photos'), multipart('b', photoFields), {
        'content-type': 'multipart/form-data',
        ...auth,
      }),
  },
  {
    name: 'multipart body cut off in the middle of the file',
    kind: 'multipart',
    status: 400,
    message: /boundary/,
    build: ({ url, auth }) =>
      post(
        url('/photos'),
        multipart('cut', photoFields, { name: 'a.jpg', bytes: FAKE_JPEG }).subarray(0, 300),
        { 'content-type': 'multipart/form-data; boundary=cut', ...auth },
      ),
  },
  {
    name: 'multipart with garbage instead of parts',
    kind: 'multipart',
    status: 400,
    message: /boundary/,
    build: ({ url, auth }) =>
      post(url('/press-releases'), 'this is not a form', {
        'content-type': 'multipart/form-data; boundary=abc',
        ...auth,
      }),
  },
  {
    name: 'an admin-style save whose _payload is not JSON',
    kind: 'multipart',
    status: 400,
    message: /_payload/,
    build: ({ url, auth, releaseId }) =>
      post(
        url(`/press-releases/${releaseId}`),
        multipart('f', { _payload: '{title: neu}' }),
        { 'content-type': 'multipart/form-data; boundary=f', ...auth },
        'PATCH',
      ),
  },
  {
    name: 'an upload whose _payload is a JSON array',
    kind: 'multipart',
    status: 400,
    message: /_payload/,
    build: ({ url, auth }) =>
      post(
        url('/photos'),
        multipart('g', { _payload: '[1,2]' }, { name: 'a.jpg', bytes: FAKE_JPEG }),
        { 'content-type': 'multipart/form-data; boundary=g', ...auth },
      ),
  },
  {
    name: 'a _payload holding a NUL byte',
    kind: 'multipart',
    status: 400,
    message: /NUL/,
    build: ({ url, auth, releaseId }) =>
      post(
        url(`/press-releases/${releaseId}`),
        multipart('h', { _payload: JSON.stringify({ title: 'a\u0000' }) }),
        { 'content-type': 'multipart/form-data; boundary=h', ...auth },
        'PATCH',
      ),
  },

  // — GraphQL bodies graphql-http never sees as a request (today: 500 with an empty body) —
  {
    name: 'malformed JSON to /api/graphql',
    kind: 'graphql',
    status: 400,
    message: /not valid JSON/,
    standalone: true,
    build: ({ url }) =>
      post(url('/graphql'), '{"query": "{ PressReleases { docs { id } } }"', json),
  },
  {
    name: 'a GraphQL body without query',
    kind: 'graphql',
    status: 400,
    message: /"query" field/,
    standalone: true,
    build: ({ url }) => post(url('/graphql'), '{"variables":{}}', json),
  },
  {
    name: 'a GraphQL query that is a number',
    kind: 'graphql',
    status: 400,
    message: /"query" field/,
    standalone: true,
    build: ({ url }) => post(url('/graphql'), '{"query":42}', json),
  },
  {
    name: 'an empty GraphQL body',
    kind: 'graphql',
    status: 400,
    message: /"query" field/,
    standalone: true,
    build: ({ url }) => post(url('/graphql'), '', json),
  },
  {
    name: 'a batched GraphQL array',
    kind: 'graphql',
    status: 400,
    message: /"query" field/,
    build: ({ url, auth }) =>
      post(url('/graphql'), '[{"query":"{ __typename }"}]', { ...json, ...auth }),
  },
  {
    name: 'GraphQL variables that are a string, not JSON',
    kind: 'graphql',
    status: 400,
    message: /variables/,
    standalone: true,
    build: ({ url }) =>
      post(
        url('/graphql'),
        JSON.stringify({
          query: 'query($id: Int!) { PressRelease(id: $id) { id } }',
          variables: '{id: 1',
        }),
        json,
      ),
  },
  {
    name: 'GraphQL variables as an array',
    kind: 'graphql',
    status: 400,
    message: /variables/,
    build: ({ url, auth }) =>
      post(url('/graphql'), JSON.stringify({ query: '{ __typename }', variables: [1] }), {
        ...json,
        ...auth,
      }),
  },
  {
    name: 'a GraphQL operationName that is an object',
    kind: 'graphql',
    status: 400,
    message: /operation name/,
    build: ({ url, auth }) =>
      post(url('/graphql'), JSON.stringify({ query: '{ __typename }', operationName: {} }), {
        ...json,
        ...auth,
      }),
  },
  {
    name: 'a NUL byte in a GraphQL mutation',
    kind: 'graphql',
    status: 400,
    message: /NUL/,
    build: ({ url, auth, releaseId }) =>
      post(
        url('/graphql'),
        JSON.stringify({
          query: `mutation { updatePressRelease(id: ${releaseId}, data: { title: "a\u0000" }) { id } }`,
        }),
        { ...json, ...auth },
      ),
  },
  {
    name: 'a NUL written as a GraphQL string escape',
    kind: 'graphql',
    status: 400,
    message: /NUL/,
    build: ({ url, auth, releaseId }) =>
      post(
        url('/graphql'),
        JSON.stringify({
          query: `mutation { updatePressRelease(id: ${releaseId}, data: { title: "a\\u0000" }) { id } }`,
        }),
        { ...json, ...auth },
      ),
  },
  {
    name: 'a GraphQL query sent as text/plain',
    kind: 'graphql',
    status: 415,
    message: /Content-Type application\/json/,
    standalone: true,
    build: ({ url }) => post(url('/graphql'), '{ __typename }', { 'content-type': 'text/plain' }),
  },
  {
    name: 'a GraphQL query sent as application/graphql',
    kind: 'graphql',
    status: 415,
    message: /Content-Type application\/json/,
    build: ({ url, auth }) =>
      post(url('/graphql'), '{ __typename }', { 'content-type': 'application/graphql', ...auth }),
  },
]

// Response bodies are arbitrary JSON; the shape is what is being checked.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBody = any

/** What is wrong with an answer to `testCase` (empty when it is the expected 4xx, quick and bilingual). */
export function problemsWith(
  testCase: RequestCase,
  answer: { status: number; body: AnyBody },
  elapsedMs: number,
): string[] {
  const message: unknown = answer.body?.errors?.[0]?.message
  const [german, english] = typeof message === 'string' ? message.split(' / ') : []
  const problems = [
    answer.status !== testCase.status && `status ${answer.status}, expected ${testCase.status}`,
    !(german && english) && 'no "Deutsch. / English." message',
    english && !testCase.message.test(english) && `message does not match ${testCase.message}`,
    elapsedMs >= 2_000 && `took ${Math.round(elapsedMs)} ms`,
  ].filter((problem): problem is string => typeof problem === 'string')
  return problems.length
    ? [
        `${testCase.name}: ${problems.join('; ')} — ${String(JSON.stringify(answer.body)).slice(0, 200)}`,
      ]
    : []
}
