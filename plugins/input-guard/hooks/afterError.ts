import type { AfterErrorHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { type Bilingual, joinLanguages } from '../../../src/i18n'
import { InputRefused, messages, REMOTE_FILE_REFUSED } from '../errors'
import { hasNumericIDs, isSerialID } from '../values'

type PgLike = { code?: unknown; cause?: unknown }

/** The PostgreSQL SQLSTATE somewhere in the error's cause chain (drizzle wraps pg errors). */
function sqlState(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined
  const { code, cause } = error as PgLike
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  return sqlState(cause, depth + 1)
}

function fsCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code
  return typeof code === 'string' && code.startsWith('E') ? code : undefined
}

/** An id in the REST path that can name no document of a numeric-id collection. */
function impossibleRouteID(req: PayloadRequest): unknown {
  const params = req.routeParams as { collection?: string; id?: unknown } | undefined
  if (
    req.payloadAPI !== 'REST' ||
    typeof params?.collection !== 'string' ||
    params.id === undefined
  )
    return undefined
  return hasNumericIDs(req.payload, params.collection) && !isSerialID(params.id)
    ? params.id
    : undefined
}

type FieldError = { path?: string; label?: unknown }

/** A field's label in `language` (our labels are `{ de, en }`), else its path. */
function labelIn({ label, path }: FieldError, language: 'de' | 'en'): string {
  if (typeof label === 'string') return label
  if (
    label &&
    typeof label === 'object' &&
    typeof (label as Record<string, unknown>)[language] === 'string'
  ) {
    return (label as Record<string, string>)[language]!
  }
  return path ?? '?'
}

/** A 4xx/5xx the sender caused, with its status and bilingual message; undefined: leave it alone. */
function translate(
  error: unknown,
  req: PayloadRequest,
): { status: number; message: Bilingual } | undefined {
  if (error instanceof InputRefused) return undefined
  const status = (error as { status?: number }).status ?? 500
  const badID = impossibleRouteID(req)
  if (badID !== undefined && (status === 400 || status === 500))
    return { status: 404, message: messages.invalidID(badID) }
  const state = sqlState(error)
  // Class 22 = data exception (bad number, date, encoding, NUL byte, out of range).
  if (state?.startsWith('22')) return { status: 400, message: messages.malformedValue() }
  if (state === '23503') return { status: 400, message: messages.missingRelation() }
  if (fsCode(error) === 'ENOENT') return { status: 404, message: messages.fileMissing() }
  if (
    (error as Error).name === 'FileRetrievalError' &&
    (error as Error).message.includes(REMOTE_FILE_REFUSED)
  ) {
    return { status: 400, message: messages.remoteFile() }
  }
  // Payload wraps a failed file read (duplicate, re-crop) and keeps only the message.
  if ((error as Error).name === 'FileRetrievalError' && /ENOENT/.test((error as Error).message)) {
    return { status: 404, message: messages.fileMissing() }
  }
  if (!(error instanceof APIError)) return undefined
  switch (error.name) {
    case 'NotFound':
      return { status, message: messages.notFound() }
    case 'Forbidden':
      return { status, message: messages.forbidden() }
    case 'QueryError': {
      const paths = ((error.data ?? []) as Array<{ path?: string }>)
        .map((entry) => entry.path)
        .filter(Boolean)
      return { status, message: messages.notQueryable(paths.join(', ')) }
    }
    case 'ValidationError': {
      const errors = (error.data as { errors?: FieldError[] } | undefined)?.errors ?? []
      const names = (language: 'de' | 'en') =>
        errors.map((entry) => labelIn(entry, language)).join(', ')
      return { status, message: messages.invalidFields({ de: names('de'), en: names('en') }) }
    }
    default:
      return undefined
  }
}

/**
 * The last line: whatever a check upstream missed, a database data error, a foreign key to a
 * missing row, a file missing on disk or an impossible id becomes a 4xx with a message in German
 * and English, and Payload's own 4xx messages (one language) get the other language too.
 */
export const explainClientErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  // GraphQL hands over its own error; Payload's error is inside.
  const original = (error as { originalError?: unknown }).originalError ?? error
  const translated = translate(original, req as PayloadRequest)
  if (!translated) return
  const message = joinLanguages(translated.message)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, statusCode: translated.status },
      },
    }
  }
  const errors = (result as { errors?: Array<Record<string, unknown>> } | undefined)?.errors ?? [{}]
  return {
    status: translated.status,
    response: {
      ...result,
      errors: errors.map((entry, index) => (index === 0 ? { ...entry, message } : entry)),
    },
  }
}
