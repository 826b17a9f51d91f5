import type { Summary } from './load'

export type ReadResult = {
  label: string
  /** Body bytes of one uncompressed answer (server / floor). */
  bytes: number
  floorBytes?: number
  status: number
  cacheControl: string | null
  etag?: string | null
  note?: string
  variants: Record<string, Summary>
}
export type Results = {
  started: string
  settings: { rounds: number; duration: number; connections: number }
  sizes: Record<string, Record<string, ReadResult>>
  loadBefore?: string
  loadAfter?: string
}

/** Which floor run a server variant is compared with: the one interleaved with it. */
const FLOOR_OF: Record<string, string> = {
  cold: 'floor (cold)',
  warm: 'floor (warm)',
  '304': 'floor (warm)',
}
const VARIANTS = ['cold', 'floor (cold)', 'warm', '304', 'floor (warm)']

const percent = (ratio: number | undefined) =>
  ratio === undefined || !Number.isFinite(ratio)
    ? '—'
    : `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)} %`
const ms = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value)
    ? '—'
    : value < 10
      ? value.toFixed(2)
      : value.toFixed(1)
const kb = (bytes: number | undefined) =>
  bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`

export function floorRatio(read: ReadResult, variant: string): number | undefined {
  const floor = read.variants[FLOOR_OF[variant] ?? '']
  const own = read.variants[variant]
  return floor && own ? own.rps / floor.rps : undefined
}

function sizeTable(size: string, reads: Record<string, ReadResult>): string[] {
  const lines = [
    `#### ${Number(size).toLocaleString('en')} releases`,
    '',
    '| read | variant | req/s | of floor | p50 ms | p99 ms | bytes | CPU ms/req server | CPU ms/req PostgreSQL | non-2xx |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const read of Object.values(reads)) {
    if (read.note) {
      lines.push(`| ${read.label} | — | ${read.note} | | | | | | | |`)
      continue
    }
    for (const variant of VARIANTS) {
      const s = read.variants[variant]
      if (variant === '304' && !s && read.etag === null) {
        lines.push(`| ${read.label} | 304 | no ETag | | | | | | | |`)
        continue
      }
      if (!s) continue
      const bytes = variant.startsWith('floor')
        ? read.floorBytes
        : variant === '304'
          ? 0
          : read.bytes
      const codes = Object.entries(s.statuses)
        .filter(([code]) => (variant === '304' ? code !== '304' : !code.startsWith('2')))
        .map(([code, count]) => `${count}×${code}`)
      const unexpected = `${s.unexpected}${codes.length ? ` (${codes.join(', ')})` : ''}${variant === '304' ? ' not 304' : ''}`
      lines.push(
        `| ${read.label} | ${variant} | ${s.rps.toFixed(0)} | ${percent(floorRatio(read, variant))} | ${s.requests ? ms(s.p50) : '—'} | ${s.requests ? ms(s.p99) : '—'} | ${kb(bytes)} | ${ms(s.serverCpuMs)} | ${ms(s.databaseCpuMs)} | ${unexpected} |`,
      )
    }
  }
  return lines
}

function growthTable(results: Results): string[] {
  const sizes = Object.keys(results.sizes).sort((a, b) => Number(a) - Number(b))
  if (sizes.length < 2) return []
  const [small, large] = [results.sizes[sizes[0]!]!, results.sizes[sizes[sizes.length - 1]!]!]
  const lines = [
    `#### Growth p50(${sizes[sizes.length - 1]}) / p50(${sizes[0]})`,
    '',
    '| read | cold | warm | 304 |',
    '| --- | ---: | ---: | ---: |',
  ]
  for (const [key, read] of Object.entries(large)) {
    if (read.note) continue
    const cell = (variant: string) => {
      const a = small[key]?.variants[variant]
      const b = read.variants[variant]
      return a && b && a.p50 > 0 && b.requests > 0 ? `${(b.p50 / a.p50).toFixed(2)}×` : '—'
    }
    lines.push(`| ${read.label} | ${cell('cold')} | ${cell('warm')} | ${cell('304')} |`)
  }
  return lines
}

/** The targets of issue 8, each judged at every measured size. */
export function verdicts(results: Results): Array<[target: string, met: boolean, detail: string]> {
  const sizes = Object.keys(results.sizes).sort((a, b) => Number(a) - Number(b))
  const all = (fn: (reads: Record<string, ReadResult>) => number | undefined) =>
    sizes.map((size) => fn(results.sizes[size]!))
  const ratioTarget = (
    name: string,
    key: string,
    variant: string,
    min: number,
  ): [string, boolean, string] => {
    const ratios = all((reads) => (reads[key] ? floorRatio(reads[key]!, variant) : undefined))
    return [name, ratios.every((r) => r !== undefined && r >= min), ratios.map(percent).join(' / ')]
  }
  // Judged over the reads that carry an ETag (GraphQL over POST has none: it is not an HTTP-cacheable
  // request); the reads without one are named in the detail.
  const revalidation = all((reads) => {
    const ratios = Object.values(reads)
      .filter((r) => !r.note && r.floorBytes !== undefined && r.etag)
      .map((r) => floorRatio(r, '304') ?? 0)
    return ratios.length ? Math.min(...ratios) : undefined
  })
  const withoutETag = Object.values(results.sizes[sizes[0]!] ?? {})
    .filter((r) => !r.note && r.etag === null)
    .map((r) => r.label)
  const result: Array<[string, boolean, string]> = [
    ratioTarget('warm REST list ≥ 50 % of floor', 'list', 'warm', 0.5),
    ratioTarget('warm by slug ≥ 50 % of floor', 'slug', 'warm', 0.5),
    [
      '304 revalidations ≥ 80 % of floor (worst read with ETag)',
      revalidation.every((r) => r !== undefined && r >= 0.8),
      `${revalidation.map(percent).join(' / ')}${withoutETag.length ? `; no ETag: ${withoutETag.join(', ')}` : ''}`,
    ],
    ratioTarget('cold REST list ≥ 20 % of floor', 'list', 'cold', 0.2),
    ratioTarget('cold GraphQL ≥ 15 % of floor', 'graphql', 'cold', 0.15),
  ]
  if (sizes.length >= 2) {
    const [small, large] = [results.sizes[sizes[0]!]!, results.sizes[sizes[sizes.length - 1]!]!]
    let worst = 0
    let worstName = ''
    for (const [key, read] of Object.entries(large)) {
      for (const variant of ['cold', 'warm', '304']) {
        const a = small[key]?.variants[variant]
        const b = read.variants[variant]
        // No answer at all in the large run counts as unbounded growth.
        const growth = a && b ? (b.requests === 0 ? Number.POSITIVE_INFINITY : b.p50 / a.p50) : 0
        if (growth > worst) [worst, worstName] = [growth, `${read.label}, ${variant}`]
      }
    }
    result.push([
      'growth p50 ≤ 1.3× for every read',
      worst <= 1.3,
      `worst ${worst.toFixed(2)}× (${worstName})`,
    ])
  }
  const largest = results.sizes[sizes[sizes.length - 1]!]!
  const failures = Object.values(largest).reduce(
    (sum, read) =>
      sum +
      Object.entries(read.variants)
        .filter(([v]) => !v.startsWith('floor'))
        .reduce((s, [, x]) => s + x.unexpected, 0),
    0,
  )
  result.push([
    `zero non-2xx at ${sizes[sizes.length - 1]} (server)`,
    failures === 0,
    `${failures}`,
  ])
  const pages = all((reads) => reads.list?.bytes)
  result.push([
    'page of 20 ≤ 25 KB uncompressed',
    pages.every((b) => b !== undefined && b <= 25 * 1024),
    pages.map(kb).join(' / '),
  ])
  return result
}

export function printReport(results: Results): void {
  const { rounds, duration, connections } = results.settings
  const lines = [
    '',
    `### bench:read — ${results.started}, ${rounds} rounds × ${duration} s per variant, ${connections} connections`,
    `load before: ${results.loadBefore}`,
    `load after:  ${results.loadAfter}`,
    '',
  ]
  for (const [size, reads] of Object.entries(results.sizes))
    lines.push(...sizeTable(size, reads), '')
  lines.push(...growthTable(results), '')
  lines.push(
    '#### Targets (issue 8), per size small / large',
    '',
    '| target | verdict | measured |',
    '| --- | --- | --- |',
  )
  for (const [target, met, detail] of verdicts(results))
    lines.push(`| ${target} | ${met ? 'met' : 'NOT met'} | ${detail} |`)
  const notes = Object.values(Object.values(results.sizes)[0] ?? {}).flatMap((r) => [
    ...(r.etag === null ? [`${r.label}: no ETag`] : []),
    `${r.label}: Cache-Control ${r.cacheControl ?? '(none)'}`,
  ])
  lines.push('', ...notes.map((n) => `- ${n}`))
  console.log(lines.join('\n'))
}
