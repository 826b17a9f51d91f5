import type { Payload, PayloadRequest } from 'payload'

import { APIError, headersWithCors, logError } from 'payload'

import { BAD_ENCODING_MESSAGE } from './encoding'

/** The error name `loggingLevels` keys on; set explicitly because a minified build renames classes. */
export const REQUEST_REJECTED = 'RequestRejected'

/**
 * A request refused before Payload's handlers saw it (bad encoding, body too large, malformed
 * JSON or multipart). Always a 4xx: the client's mistake, never a server error.
 */
export class RequestRejected extends APIError {
  constructor(status: 400 | 413 | 415, de: string, en: string) {
    super(`${de} / ${en}`, status, undefined, true)
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

export const rejections = {
  badEncoding: () =>
    new RequestRejected(400, ...(BAD_ENCODING_MESSAGE.split(' / ') as [string, string])),
  tooLarge: (limit: number) =>
    new RequestRejected(
      413,
      `Der Inhalt der Anfrage ist zu groß (höchstens ${formatBytes(limit)}). Große Dateien bitte als Upload senden.`,
      `The request body is too large (at most ${formatBytes(limit)}). Please send large files as an upload.`,
    ),
  malformedJson: () =>
    new RequestRejected(
      400,
      'Der Inhalt der Anfrage ist kein gültiges JSON. Bitte die Syntax prüfen.',
      'The request body is not valid JSON. Please check its syntax.',
    ),
  nulCharacter: () =>
    new RequestRejected(
      400,
      'Der Inhalt der Anfrage enthält ein NUL-Zeichen (\\u0000); solche Texte können nicht gespeichert werden.',
      'The request body contains a NUL character (\\u0000); such text cannot be stored.',
    ),
  emptyBody: () =>
    new RequestRejected(
      400,
      'Der Inhalt der Anfrage ist leer. Bitte die Daten als JSON-Objekt senden.',
      'The request body is empty. Please send the data as a JSON object.',
    ),
  jsonNotObject: () =>
    new RequestRejected(
      400,
      'Der Inhalt der Anfrage muss ein JSON-Objekt sein ({ … }), keine Liste und kein einzelner Wert.',
      'The request body must be a JSON object ({ … }), not an array or a single value.',
    ),
  tooDeep: (depth: number) =>
    new RequestRejected(
      400,
      `Der JSON-Inhalt ist zu tief verschachtelt (höchstens ${depth} Ebenen).`,
      `The JSON body is nested too deeply (at most ${depth} levels).`,
    ),
  unsupportedType: (accepted: string[]) =>
    new RequestRejected(
      415,
      `Dieser Inhaltstyp wird hier nicht angenommen. Bitte mit Content-Type ${accepted.join(' oder ')} senden.`,
      `This content type is not accepted here. Please send it with Content-Type ${accepted.join(' or ')}.`,
    ),
  malformedMultipart: () =>
    new RequestRejected(
      400,
      'Das Formular (multipart/form-data) ist unvollständig oder seine Boundary stimmt nicht. Bitte erneut senden.',
      'The form (multipart/form-data) is incomplete or its boundary does not match. Please send it again.',
    ),
  malformedPayloadField: () =>
    new RequestRejected(
      400,
      'Das Formularfeld „_payload“ muss ein JSON-Objekt enthalten.',
      'The form field "_payload" must contain a JSON object.',
    ),
  graphqlQueryMissing: () =>
    new RequestRejected(
      400,
      'Die GraphQL-Anfrage braucht ein Feld „query“ mit der Abfrage als Text.',
      'The GraphQL request needs a "query" field holding the query as a string.',
    ),
  graphqlVariables: () =>
    new RequestRejected(
      400,
      'Die GraphQL-Variablen („variables“) müssen ein JSON-Objekt sein.',
      'The GraphQL variables ("variables") must be a JSON object.',
    ),
  graphqlOperationName: () =>
    new RequestRejected(
      400,
      'Der GraphQL-Operationsname („operationName“) muss ein Text sein.',
      'The GraphQL operation name ("operationName") must be a string.',
    ),
} as const

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MB`
    : `${Math.round(bytes / 1024)} KB`
}
