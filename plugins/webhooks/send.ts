import http from 'node:http'
import https from 'node:https'

import { inBothLanguages } from '../../src/i18n'
import { checkURLShape, guardedLookup, type OutboundPolicy } from '../../src/lib/http/ssrf'

export type SendResult = { statusCode: number }

/** Bytes of a receiver's answer we read at most (and throw away). */
const MAX_ANSWER_BYTES = 64 * 1024

/**
 * POSTs `body` to `url` once, with node:http(s) rather than fetch so the connection can use our
 * lookup: every resolved address is checked and the socket goes to that very address. Redirects
 * are not followed (a 3xx is an answer like any other); the whole exchange ends at `timeoutMs`.
 */
export async function postOnce(
  url: string,
  body: string,
  headers: Record<string, string>,
  { policy, timeoutMs }: { policy: OutboundPolicy; timeoutMs: number },
): Promise<SendResult> {
  // Also refuses a literal internal IP, for which Node never calls `lookup`.
  const target = checkURLShape(url, policy)
  const client = target.protocol === 'https:' ? https : http
  const signal = AbortSignal.timeout(timeoutMs)
  return new Promise<SendResult>((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
        },
        lookup: guardedLookup(policy),
        agent: false,
        signal,
      },
      (response) => {
        let read = 0
        response.on('data', (chunk: Buffer) => {
          read += chunk.length
          if (read > MAX_ANSWER_BYTES) response.destroy()
        })
        response.on('close', () => resolve({ statusCode: response.statusCode ?? 0 }))
        response.on('error', () => resolve({ statusCode: response.statusCode ?? 0 }))
      },
    )
    request.on('error', (error) =>
      reject(
        signal.aborted ? new Error(inBothLanguages('webhookNoAnswer', { ms: timeoutMs })) : error,
      ),
    )
    request.end(body)
  })
}
