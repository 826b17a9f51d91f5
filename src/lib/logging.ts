import type { Config } from 'payload'

import { defaultLoggerOptions } from 'payload'

import { REMOTE_FILE_REFUSED } from '../../plugins/input-guard/errors'

type LoggerConfig = Extract<NonNullable<Config['logger']>, { options: unknown }>
type LoggerOptions = LoggerConfig['options']
type DestinationStream = NonNullable<LoggerConfig['destination']>

/** pino's numeric levels: 50 is ERROR, 30 is INFO. */
const ERROR = 50

type LoggedError = { name?: unknown; message?: unknown; originalError?: unknown }

/**
 * A GraphQL error the client caused: Payload's GraphQL handler logs every error it returns with
 * `logError`, always under the name "GraphQLError", so `loggingLevels` cannot tell a 403 from a
 * crash. The status of the error inside tells: below 500, or a query the schema refused before
 * any resolver ran (no original error), is the client's mistake.
 */
export function isClientGraphQLError(err: unknown): boolean {
  if (!err || typeof err !== 'object' || (err as LoggedError).name !== 'GraphQLError') return false
  const original = (err as LoggedError).originalError
  if (original === undefined || original === null) return true
  const status = (original as { status?: unknown }).status
  return typeof status === 'number' && status < 500
}

/** A refused server-side file fetch (input-guard): Payload logs its wrapper error before any hook can answer 400. */
function isRefusedRemoteFile(err: unknown): boolean {
  const inner = (err as LoggedError | undefined)?.originalError ?? err
  const message = (inner as LoggedError | undefined)?.message
  return typeof message === 'string' && message.includes(REMOTE_FILE_REFUSED)
}

/**
 * pino's `logMethod` hook: an ERROR entry holding a client's GraphQL error is written at INFO
 * with its message (as `logError` does for the names in `loggingLevels`); everything else,
 * every 5xx included, is logged as it was asked for.
 */
export const downgradeClientGraphQLErrors: NonNullable<
  NonNullable<LoggerOptions['hooks']>['logMethod']
> = function (args, method, level) {
  const [first] = args as unknown[]
  const err = first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined
  if (level >= ERROR && (isClientGraphQLError(err) || isRefusedRemoteFile(err))) {
    const message = (err as LoggedError).message
    this.info({ msg: typeof message === 'string' ? message : 'GraphQL error' })
    return
  }
  method.apply(this, args as Parameters<typeof method>)
}

/**
 * Payload's `logger` config: Payload's own pretty output (the default destination), with the
 * hook above. `destination` is for tests that read what was logged.
 */
export function payloadLogger(destination: DestinationStream = defaultLoggerOptions): LoggerConfig {
  return { options: { hooks: { logMethod: downgradeClientGraphQLErrors } }, destination }
}
