/**
 * The client's address for rate limits. Route handlers see no socket, so it comes from the reverse
 * proxy: the last X-Forwarded-For entry is the one our own proxy appended (earlier ones are the
 * client's word), else X-Real-IP. Without either (dev, tests) all clients share one bucket.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((entry) => entry.trim()).filter(Boolean).at(-1)
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}
