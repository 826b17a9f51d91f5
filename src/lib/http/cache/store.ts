/**
 * The process-wide state of the response cache: a generation counter that every write bumps,
 * an LRU of stored answers bounded by bytes, and the memo of the next moment an answer changes
 * without a write. Kept on `globalThis` because Next bundles the API routes and the admin
 * separately: the plugin (booted with Payload, in whichever bundle comes first) and the request
 * guard must see one and the same state.
 */

export type CachedAnswer = {
  status: number
  headers: Array<[string, string]>
  body: Uint8Array<ArrayBuffer>
  etag: string
  /** Epoch ms after which the answer may differ without any write (embargo lift etc.). */
  expiresAt: number
}

type NextChange = { generation: number; at?: number; pending?: Promise<number> }

export class ResponseCacheState {
  /** Bumped by every write (local commit or a NOTIFY from another instance). */
  generation = 0
  /** True while this instance LISTENs for other instances' writes; no cache is served otherwise. */
  listening = false
  /** Tells this instance's own NOTIFYs apart from those of other instances. */
  readonly instanceId = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`
  /** Computes the next moment an answer changes without a write (set by the plugin at init). */
  nextChangeSource?: () => Promise<number>
  /** Closes the LISTEN connection of a previous Payload init (dev reloads). */
  stopListener?: () => void

  private readonly entries = new Map<string, CachedAnswer & { bytes: number }>()
  private bytes = 0
  private nextChange?: NextChange
  private readonly pendingCommits = new Set<string>()

  /** Forgets every stored answer and the next-change memo. */
  invalidate(): void {
    this.generation += 1
    this.entries.clear()
    this.bytes = 0
    this.nextChange = undefined
  }

  /** A write inside transaction `id` announced itself; its commit invalidates (see `committed`). */
  expectCommit(id: string): void {
    this.pendingCommits.add(id)
  }

  committed(id: string): void {
    if (this.pendingCommits.delete(id)) this.invalidate()
  }

  rolledBack(id: string): void {
    this.pendingCommits.delete(id)
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes }
  }

  read(key: string, now: number): CachedAnswer | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.expiresAt <= now) {
      this.bytes -= entry.bytes
      return undefined
    }
    this.entries.set(key, entry) // most recently used last
    return entry
  }

  /**
   * Stores an answer read while the generation was `generation`; refused when a write committed
   * in between (the answer may predate it) or when it would take more than an eighth of the budget.
   */
  store(
    key: string,
    answer: CachedAnswer,
    generation: number,
    maxBytes: number,
    now: number,
  ): boolean {
    if (generation !== this.generation || answer.expiresAt <= now) return false
    const bytes =
      answer.body.byteLength +
      key.length +
      answer.headers.reduce((sum, [k, v]) => sum + k.length + v.length, 0)
    if (bytes > maxBytes / 8) return false
    const previous = this.entries.get(key)
    if (previous) {
      this.entries.delete(key)
      this.bytes -= previous.bytes
    }
    this.entries.set(key, { ...answer, bytes })
    this.bytes += bytes
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= entry.bytes
    }
    return true
  }

  /** Epoch ms of the next change without a write (Infinity: none known), memoised per generation. */
  async nextChangeAt(now: number): Promise<number> {
    const source = this.nextChangeSource
    if (!source) return now
    const memo = this.nextChange
    if (memo && memo.generation === this.generation) {
      if (memo.pending) return memo.pending
      if (memo.at !== undefined && memo.at > now) return memo.at
    }
    const generation = this.generation
    const pending = source()
    const entry: NextChange = { generation, pending }
    this.nextChange = entry
    try {
      const at = await pending
      if (this.nextChange === entry) this.nextChange = { generation, at }
      return at
    } catch (error) {
      if (this.nextChange === entry) this.nextChange = undefined
      throw error
    }
  }
}

const KEY = Symbol.for('kreative-klasse.response-cache')

/** The one state of this process. */
export function responseCacheState(): ResponseCacheState {
  const holder = globalThis as { [KEY]?: ResponseCacheState }
  return (holder[KEY] ??= new ResponseCacheState())
}
