/**
 * User story: "As the operator, I want the ERROR log to hold only server errors, so that a GraphQL
 * query with a wrong id or without permission does not bury a real crash." Payload logs every
 * GraphQL error under the one name "GraphQLError"; the logger's hook (src/lib/logging.ts) decides
 * by the status inside. Real pino, the config's hook, a stream that records what was written.
 * (Real GraphQL 403/404/400 through the handlers: tests/foundation/bad-input-corpus.test.ts.)
 */
import { GraphQLError } from 'graphql'
import { APIError, Forbidden, NotFound } from 'payload'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { payloadLogger } from '../../src/lib/logging'

function recordingLogger() {
  const lines: string[] = []
  const { options, destination } = payloadLogger({ write: (line: string) => void lines.push(line) })
  const logger = pino(options, destination)
  return {
    logger,
    entries: () =>
      lines.map((line) => JSON.parse(line) as { level: number; msg?: string; err?: unknown }),
  }
}

/** As Payload's GraphQL handler builds it: GraphQL's error around the resolver's. */
const graphqlError = (original?: Error) =>
  new GraphQLError(original?.message ?? 'Cannot query field "nope".', { originalError: original })

describe('GraphQL errors are logged by their status, not by their name', () => {
  it('a 403, a 404, a 400 and a schema validation error are logged at INFO with their message', () => {
    const { logger, entries } = recordingLogger()
    const errors = [
      graphqlError(new Forbidden()),
      graphqlError(new NotFound()),
      graphqlError(new APIError('Bad page', 400)),
      graphqlError(),
    ]
    for (const err of errors) logger.error({ err })
    expect(entries().map((entry) => entry.level)).toEqual([30, 30, 30, 30])
    expect(entries().map((entry) => entry.msg)).toEqual(errors.map((err) => err.message))
  })

  it('a resolver that crashed (500 or no status at all) stays at ERROR with its error', () => {
    const { logger, entries } = recordingLogger()
    logger.error({ err: graphqlError(new APIError('Database gone', 500)) })
    logger.error({ err: graphqlError(new TypeError('x is undefined')) })
    expect(entries().map((entry) => entry.level)).toEqual([50, 50])
    expect(entries().every((entry) => entry.err !== undefined)).toBe(true)
  })

  it('other errors and other levels are untouched', () => {
    const { logger, entries } = recordingLogger()
    logger.error({ err: new Forbidden() })
    logger.warn({ err: graphqlError(new NotFound()) })
    logger.error('plain message')
    expect(entries().map((entry) => [entry.level, entry.err !== undefined])).toEqual([
      [50, true],
      [40, true],
      [50, false],
    ])
  })
})
