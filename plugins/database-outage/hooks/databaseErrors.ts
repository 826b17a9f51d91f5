import type { AfterErrorHook } from 'payload'

import {
  DATABASE_UNAVAILABLE_MESSAGE,
  failedStatement,
  isDatabaseUnavailable,
  isStatementTimeout,
  STATEMENT_TIMEOUT_MESSAGE,
} from '../../../src/lib/database/resilience'

/** GraphQL hands hooks a GraphQLError whose `originalError` is the database error. */
const underlying = (error: unknown): unknown =>
  (error as { originalError?: unknown } | null)?.originalError ?? error

/** Seconds a client should wait before retrying (sent as `Retry-After`). */
const RETRY_AFTER_SECONDS = 2

/**
 * A statement the server cancelled (SQLSTATE 57014: past `statement_timeout`, or one slow read
 * too many) means the database is up but this query was too slow: 503 with `Retry-After` and a
 * message that says so, logged at WARN with the SQL so it can be indexed. Never "not reachable".
 *
 * GraphQL answers HTTP 200 with `errors` (graphql-http decides the status); there the entry gets
 * the same message and `extensions.code` (`STATEMENT_TIMEOUT` / `DATABASE_UNAVAILABLE`) with
 * `extensions.statusCode` 503, instead of "Something went wrong." — for outages too.
 */
export const databaseErrorsAs503: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const cause = underlying(error)
  const timeout = isStatementTimeout(cause)
  if (!timeout && !isDatabaseUnavailable(cause)) return
  if (timeout) {
    const reason =
      (cause as { cause?: { message?: string } }).cause?.message ?? (cause as Error).message
    req.payload.logger.warn(
      { query: failedStatement(cause), reason },
      'Datenbankabfrage zu langsam, abgebrochen (503) / query too slow, cancelled (503)',
    )
  }
  const message = timeout ? STATEMENT_TIMEOUT_MESSAGE : DATABASE_UNAVAILABLE_MESSAGE
  req.responseHeaders = new Headers({
    ...Object.fromEntries(req.responseHeaders ?? []),
    'Retry-After': String(RETRY_AFTER_SECONDS),
  })
  if (graphqlResult) {
    const code = timeout ? 'STATEMENT_TIMEOUT' : 'DATABASE_UNAVAILABLE'
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, code, statusCode: 503 },
      },
    }
  }
  return { status: 503, response: { errors: [{ message }] } }
}
