import type { Instance, Kind, RequestRecord } from './record'

/** The two instances' API roots, the bench's log of every request, and a timed fetch that fills it. */
export class Cluster {
  readonly records: RequestRecord[] = []
  private turn = 0

  constructor(readonly api: Record<Instance, string>) {}

  /** A and B in turn, so every kind is split evenly over both. */
  next(): Instance {
    this.turn++
    return this.turn % 2 ? 'A' : 'B'
  }

  /**
   * Sends one request, reads the whole body, records it. Never throws: a refused connection or a
   * timeout is recorded as status 0 (counted with the failures, not as a 5xx).
   */
  async call(
    kind: Kind,
    instance: Instance,
    pathname: string,
    init: RequestInit = {},
    extra: Partial<RequestRecord> = {},
  ): Promise<{ status: number; json: unknown; record: RequestRecord }> {
    const sentAt = Date.now()
    let status = 0
    let json: unknown = null
    try {
      const response = await fetch(`${this.api[instance]}${pathname}`, {
        ...init,
        signal: AbortSignal.timeout(60_000),
      })
      status = response.status
      const type = response.headers.get('content-type') ?? ''
      if (type.includes('json')) json = await response.json().catch(() => null)
      else await response.arrayBuffer()
    } catch {
      status = 0
    }
    const record: RequestRecord = {
      kind,
      instance,
      sentAt,
      answeredAt: Date.now(),
      status,
      ...extra,
    }
    this.records.push(record)
    return { status, json, record }
  }
}

export const jsonBody = (
  token: string | undefined,
  body: unknown,
  method = 'POST',
): RequestInit => ({
  method,
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
  },
  body: JSON.stringify(body),
})

export const ok = (status: number) => status >= 200 && status < 300
