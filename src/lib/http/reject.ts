import type { Payload, PayloadRequest } from 'payload'

import { APIError, headersWithCors, logError } from 'payload'

import { bothLanguages, inBothLanguages } from '../../i18n'
import { BAD_ENCODING_MESSAGE } from './encoding'

/** The error name `loggingLevels` keys on; set explicitly because a minified build renames classes. */
export const REQUEST_REJECTED = 'RequestRejected'

/**
 * A request refused before Payload's handlers saw it (bad encoding, body too large, malformed
 * JSON or multipart). Always a 4xx: the client's mistake, never a server error.
 */
export class RequestRejected extends APIError {
  /** `message`: "Deutsch / English" (src/i18n `inBothLanguages`). */
  constructor(status: 400 | 413 | 415, message: string) {
    super(message, status, undefined, true)
    this.name = REQUEST_REJECTED
  }
}

/**
 * Answers like Payload's own route errors: `{ errors: [{ message }] }` with CORS headers, logged
 * through Payload's `logError` so `loggingLevels` decides the level.
 */
export function rejectionResponse(
  error: RequestRejected,
  request: Request,
  payload: Payload,
): Response {
  logError({ err: error, payload })
  const req = { headers: request.headers, payload } as unknown as PayloadRequest
  return Response.json(
    { errors: [{ message: error.message }] },
    { status: error.status, headers: headersWithCors({ headers: new Headers(), req }) },
  )
}

/** The sentences are in the translation table (src/i18n, keys `request…`, `graphql…`). */
export const rejections = {
  badEncoding: () => new RequestRejected(400, BAD_ENCODING_MESSAGE),
  tooLarge: (limit: number) =>
    new RequestRejected(413, inBothLanguages('requestTooLarge', { limit: formatBytes(limit) })),
  malformedJson: () => new RequestRejected(400, inBothLanguages('requestMalformedJson')),
  nulCharacter: () => new RequestRejected(400, inBothLanguages('requestNulCharacter')),
  emptyBody: () => new RequestRejected(400, inBothLanguages('requestEmptyBody')),
  jsonNotObject: () => new RequestRejected(400, inBothLanguages('requestJsonNotObject')),
  tooDeep: (depth: number) =>
    new RequestRejected(400, inBothLanguages('requestTooDeep', { depth })),
  unsupportedType: (accepted: string[]) => {
    const or = bothLanguages('requestOr')
    return new RequestRejected(
      415,
      inBothLanguages('requestUnsupportedType', {
        accepted: { de: accepted.join(` ${or.de} `), en: accepted.join(` ${or.en} `) },
      }),
    )
  },
  malformedMultipart: () => new RequestRejected(400, inBothLanguages('requestMalformedMultipart')),
  malformedPayloadField: () =>
    new RequestRejected(400, inBothLanguages('requestMalformedPayloadField')),
  graphqlQueryMissing: () => new RequestRejected(400, inBothLanguages('graphqlQueryMissing')),
  graphqlVariables: () => new RequestRejected(400, inBothLanguages('graphqlVariables')),
  graphqlOperationName: () => new RequestRejected(400, inBothLanguages('graphqlOperationName')),
} as const

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MB`
    : `${Math.round(bytes / 1024)} KB`
}
