import type { Payload } from 'payload'

import { symbols } from 'pino'

/** One entry as pino wrote it (JSON, before any pretty printing). */
export type LogEntry = { level: number; msg?: string; err?: { type?: string; message?: string } }

/**
 * Reads what Payload's own logger (with the config's hooks) writes, by putting a recorder in
 * place of its output stream: the level is the one pino actually wrote, after every hook, not
 * the method someone called.
 */
export function recordLog(payload: Payload): {
  entries: () => LogEntry[]
  clear: () => void
  restore: () => void
} {
  const logger = payload.logger as unknown as Record<symbol, { write: (line: string) => void }>
  const original = logger[symbols.streamSym]!
  let lines: string[] = []
  logger[symbols.streamSym] = { write: (line: string) => void lines.push(line) }
  return {
    entries: () => lines.map((line) => JSON.parse(line) as LogEntry),
    clear: () => {
      lines = []
    },
    restore: () => {
      logger[symbols.streamSym] = original
    },
  }
}

/** pino's ERROR level (50) and above. */
export const isErrorEntry = (entry: LogEntry) => entry.level >= 50
