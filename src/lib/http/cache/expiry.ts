/**
 * Moments at which a stored answer changes although nothing was written, read from the answer
 * itself: an event's computed `nextOccurrences` (src/lib/recurrence.ts) starts at "now", so the
 * answer changes when its first listed date passes; a list shorter than the maximum may also gain
 * a date as the one-year window moves, which the answer cannot tell, so such answers are
 * re-checked after RECURRENCE_RECHECK_MS.
 */
import { MAX_NEXT_DATES } from '../../recurrence'

export const RECURRENCE_RECHECK_MS = 60_000

const OCCURRENCES = /"nextOccurrences":\[([^\]]*)\]/g

export function answerExpiry(body: Uint8Array, contentType: string | null, now: number): number {
  if (!contentType?.includes('json')) return Infinity
  const text = new TextDecoder().decode(body)
  let expiry = Infinity
  for (const [, list = ''] of text.matchAll(OCCURRENCES)) {
    const dates = (list.match(/"[^"]*"/g) ?? []).map((quoted) => Date.parse(quoted.slice(1, -1)))
    if (dates.length < MAX_NEXT_DATES) expiry = Math.min(expiry, now + RECURRENCE_RECHECK_MS)
    const first = dates.find((time) => Number.isFinite(time) && time > now)
    if (first !== undefined) expiry = Math.min(expiry, first)
  }
  return expiry
}
