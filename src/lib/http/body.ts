import { rejections } from './reject'

/**
 * Reads a request body, but never more than `limit` bytes: a declared Content-Length above the
 * limit is refused before reading, and a chunked body is cancelled as soon as it passes the limit,
 * so an oversized body is never buffered or parsed.
 */
export async function readLimitedBody(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > limit) throw rejections.tooLarge(limit)
  if (!request.body) return new Uint8Array(new ArrayBuffer(0))

  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw rejections.tooLarge(limit)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(new ArrayBuffer(size))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** Deeper than any document of ours (rich text nests about a dozen levels); deeper is an attack. */
export const MAX_JSON_DEPTH = 100

/**
 * Checks a parsed JSON value iteratively (a recursive walk would overflow on hostile nesting):
 * 'nul' if any key or string holds a NUL character (PostgreSQL text refuses it), 'deep' if it
 * nests deeper than MAX_JSON_DEPTH, otherwise undefined.
 */
export function findJsonDefect(value: unknown): 'nul' | 'deep' | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return 'nul'
      continue
    }
    if (!item || typeof item !== 'object') continue
    if (depth >= MAX_JSON_DEPTH) return 'deep'
    for (const [key, child] of Object.entries(item)) {
      if (key.includes('\u0000')) return 'nul'
      stack.push([child, depth + 1])
    }
  }
  return undefined
}
