/**
 * What the mixed bench remembers of every request: which instance, what kind, when it was sent
 * and answered (ms since the epoch, one clock for the bench and both servers), the status, and
 * for writes the marker that must be in the database afterwards.
 */
export type Instance = 'A' | 'B'
const READ_KINDS = ['list', 'slug', 'file', 'search'] as const
const WRITE_KINDS = ['create', 'update', 'upload', 'publish', 'embargo', 'withdraw'] as const
export type ReadKind = (typeof READ_KINDS)[number]
export type WriteKind = (typeof WRITE_KINDS)[number]
export type Kind = ReadKind | WriteKind
/** Every kind the bench sends; a run missing one of them proves nothing about it. */
export const KINDS: readonly Kind[] = [...READ_KINDS, ...WRITE_KINDS]

export type RequestRecord = {
  kind: Kind
  instance: Instance
  sentAt: number
  answeredAt: number
  status: number
  /** Reads: release ids in the answer; file reads: the file name. */
  releaseIDs?: number[]
  file?: string
  /** Writes: the id written and the marker the database must hold exactly once. */
  id?: number
  marker?: string
}

export const percentile = (sorted: number[], p: number): number =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
    : Number.NaN

/** The table: per kind and instance, count, requests per second, p50 and p99 in ms. */
export function summaryRows(
  records: RequestRecord[],
  seconds: number,
): Array<Record<string, string | number>> {
  const kinds = [...new Set(records.map((r) => r.kind))]
  return kinds.map((kind) => {
    const row: Record<string, string | number> = { kind }
    for (const instance of ['A', 'B'] as const) {
      const own = records.filter((r) => r.kind === kind && r.instance === instance)
      const times = own.map((r) => r.answeredAt - r.sentAt).sort((a, b) => a - b)
      row[`${instance} n`] = own.length
      row[`${instance} req/s`] = Number((own.length / seconds).toFixed(1))
      row[`${instance} p50 ms`] = Math.round(percentile(times, 50))
      row[`${instance} p99 ms`] = Math.round(percentile(times, 99))
    }
    row['5xx'] = records.filter((r) => r.kind === kind && r.status >= 500).length
    row['other non-2xx'] = records.filter(
      (r) => r.kind === kind && r.status < 500 && (r.status < 200 || r.status > 299),
    ).length
    return row
  })
}

/** The same table as Markdown, for the README. */
export function markdownTable(rows: Array<Record<string, string | number>>): string {
  const columns = Object.keys(rows[0] ?? {})
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`
  return [
    line(columns),
    line(columns.map(() => '---')),
    ...rows.map((row) => line(columns.map((c) => row[c] ?? ''))),
  ].join('\n')
}
