/**
 * Side-by-side benchmark: processImage vs the bare sharp baseline on a 24 MP JPEG.
 * Every measurement runs in its own child process so peak RSS (maxRSS) belongs
 * to exactly one variant and one run.
 *
 *   npx tsx bench/upload/library.ts [rounds=3]
 */
import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import sharp from 'sharp'

import { processImage } from '../../src/lib/images/process'
import { writeFixture } from './make-fixture'
import { sharpBaseline } from './sharp-baseline'

const VARIANTS = ['idle', 'baseline', 'process-p1', 'process-p2', 'process-p2-nocache'] as const
type Variant = (typeof VARIANTS)[number]

interface Sample {
  variant: Variant
  ms: number
  maxRssMb: number
  outputBytes: number
}

const CREDIT = { artist: 'Jürgen Müller', copyright: '© 2025 Kreative Klasse e.V.' }

async function runChild(variant: Variant, file: string): Promise<void> {
  const input = await readFile(file)
  // libvips' operation cache (default 50 MB) never hits for unique uploads; measured with and without.
  if (variant.endsWith('-nocache')) sharp.cache(false)
  const started = performance.now()
  let outputBytes = 0
  if (variant.startsWith('baseline')) {
    for (const f of await sharpBaseline(input, CREDIT)) outputBytes += f.buffer.length
  } else if (variant.startsWith('process-p')) {
    const parallelism = Number(variant.slice('process-p'.length, 'process-p'.length + 1))
    const result = await processImage(input, { credit: CREDIT, parallelism })
    outputBytes = result.original.buffer.length
    for (const r of Object.values(result.renditions)) outputBytes += r.buffer.length
  }
  const sample: Sample = {
    variant,
    ms: Math.round(performance.now() - started),
    // maxRSS is in kilobytes on Linux.
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    outputBytes,
  }
  process.stdout.write(`${JSON.stringify(sample)}\n`)
}

function spawnSample(variant: Variant, file: string): Sample {
  const self = fileURLToPath(import.meta.url)
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', variant, file], {
    encoding: 'utf8',
    cwd: process.cwd(),
  })
  if (child.status !== 0) throw new Error(`${variant} failed:\n${child.stderr}`)
  const line = child.stdout.trim().split('\n').pop() ?? ''
  return JSON.parse(line) as Sample
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3)
  const file = await writeFixture()
  console.log(`fixture: ${file}`)
  const samples: Sample[] = []
  // Interleave variants so drift (thermal, other load) hits all of them alike.
  for (let round = 0; round < rounds; round++) {
    for (const variant of VARIANTS) samples.push(spawnSample(variant, file))
  }
  const baselineMs = median(samples.filter((s) => s.variant === 'baseline').map((s) => s.ms))
  const rows = VARIANTS.map((variant) => {
    const own = samples.filter((s) => s.variant === variant)
    const ms = median(own.map((s) => s.ms))
    return {
      variant,
      'median ms': ms,
      'min ms': Math.min(...own.map((s) => s.ms)),
      'vs baseline': variant === 'idle' ? '' : (ms / baselineMs).toFixed(2),
      'median peak RSS MB': median(own.map((s) => s.maxRssMb)),
      'max peak RSS MB': Math.max(...own.map((s) => s.maxRssMb)),
      'output bytes': own[0]?.outputBytes ?? 0,
    }
  })
  console.table(rows)
  console.log('idle = node + tsx + sharp loaded, nothing processed (the floor of every peak RSS).')
}

const isChild = process.argv[2] === '--child'
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (isChild) await runChild(process.argv[3] as Variant, process.argv[4] ?? '')
  else await main()
}
