/**
 * End-to-end upload benchmark: the 24 MP fixture through the real REST upload handler
 * (`POST /api/photos`, multipart, press-photos plugin, database row, files on disk) vs the bare
 * sharp baseline producing the same files. Each variant runs in its own child process, so its
 * peak RSS (maxRSS) is its own; the HTTP child boots Payload against a throwaway database
 * (a fresh one on DATABASE_URI's server, else an embedded PostgreSQL) and measures one upload
 * after a small warm-up upload (boot, schema push and JIT are not part of the figure).
 *
 *   npx tsx bench/upload/http.ts [rounds=3]
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { writeFixture } from './make-fixture'
import { sharpBaseline } from './sharp-baseline'

type Variant = 'baseline' | 'http'
type Sample = {
  variant: Variant
  ms: number
  /** Peak RSS over the child's whole life (boot, schema push, warm-up included). */
  maxRssMb: number
  /** Peak RSS over the child's life before the measured call. */
  rssBeforeMb: number
  /** RSS right before the measured call. */
  rssAtStartMb: number
  /** Peak RSS during the measured call alone (high-water mark reset before it); null where unsupported. */
  callPeakMb: number | null
  status?: number
}

const CREDIT = { artist: 'Jürgen Müller', copyright: '© 2025 Kreative Klasse e.V.' }
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
const currentRssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024)

/**
 * Linux: writing 5 to /proc/self/clear_refs resets the peak-RSS high-water mark (VmHWM, which
 * getrusage's maxRSS reports) to the current RSS, so the next reading is the peak of the measured
 * call alone rather than of Payload's boot and schema push. Returns false where unsupported.
 */
async function resetPeakRss(): Promise<boolean> {
  try {
    await writeFile('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

/** Reset the high-water mark, run, and report lifetime and call-only peaks. */
async function measure<T>(run: () => Promise<T>): Promise<{
  result: T
  ms: number
  maxRssMb: number
  rssBeforeMb: number
  rssAtStartMb: number
  callPeakMb: number | null
}> {
  const rssBeforeMb = rssMb()
  const rssAtStartMb = currentRssMb()
  const reset = await resetPeakRss()
  const started = performance.now()
  const result = await run()
  const ms = Math.round(performance.now() - started)
  const callPeakMb = reset ? rssMb() : null
  return {
    result,
    ms,
    maxRssMb: Math.max(rssBeforeMb, rssMb()),
    rssBeforeMb,
    rssAtStartMb,
    callPeakMb,
  }
}

async function runBaseline(file: string): Promise<Sample> {
  const input = await readFile(file)
  const { result: _files, ...figures } = await measure(() => sharpBaseline(input, CREDIT))
  return { variant: 'baseline', ...figures }
}

async function runHttp(file: string): Promise<Sample> {
  const { ensureDatabase, dropDatabase } = await import('../../src/lib/database/admin')
  const { findFreePort, startEmbeddedDatabase } = await import('../../src/lib/database/embedded')
  const { withDatabaseName } = await import('../../src/lib/database/uri')
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kk-bench-pg-'))
  const mediaDir = await mkdtemp(path.join(tmpdir(), 'kk-bench-media-'))
  const embedded = process.env.DATABASE_URI
    ? undefined
    : await startEmbeddedDatabase({ dataDir, port: await findFreePort() })
  const server = process.env.DATABASE_URI ?? embedded?.uri ?? ''
  const uri = withDatabaseName(server, `kk_bench_${Date.now()}_${randomBytes(3).toString('hex')}`)
  try {
    await ensureDatabase(uri)
    process.env.DATABASE_URI = uri
    process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
    process.env.PAYLOAD_DB_PUSH = 'true'
    process.env.JOBS_AUTORUN = 'false'
    process.env.PRESS_PHOTOS_DIR = mediaDir
    const { getPayload } = await import('payload')
    const { REST_POST } = await import('@payloadcms/next/routes')
    const { default: configPromise } = await import('../../payload.config')
    const config = await configPromise
    const payload = await getPayload({ config })
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'bench@example.org',
        password: 'bench-password-123',
        roles: ['editor'],
        name: 'Bench',
      } as never,
      overrideAccess: true,
    })
    void user
    const post = REST_POST(Promise.resolve(config))
    const api = `${config.serverURL}${config.routes.api}`
    const call = async (pathname: string, body: BodyInit, headers: Record<string, string> = {}) => {
      const slug = pathname.split('/').filter(Boolean)
      const response = await post(
        new Request(`${api}/${pathname}`, { method: 'POST', body, headers }),
        { params: Promise.resolve({ slug }) },
      )
      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    }
    const login = await call(
      'users/login',
      JSON.stringify({ email: 'bench@example.org', password: 'bench-password-123' }),
      { 'content-type': 'application/json' },
    )
    const token = String(login.json.token)
    const form = (bytes: Buffer, name: string) => {
      const data = new FormData()
      data.append('file', new Blob([new Uint8Array(bytes)]), name)
      data.append(
        '_payload',
        JSON.stringify({ alt: 'Bench', credit: CREDIT.artist, copyrightHolder: CREDIT.copyright }),
      )
      return data
    }
    const sharp = (await import('sharp')).default
    const warm = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer()
    await call('photos', form(warm, 'warm.jpg'), { authorization: `JWT ${token}` })

    const input = await readFile(file)
    const { result, ...figures } = await measure(() =>
      call('photos', form(input, path.basename(file)), { authorization: `JWT ${token}` }),
    )
    const sample: Sample = { variant: 'http', ...figures, status: result.status }
    await payload.destroy()
    return sample
  } finally {
    await dropDatabase(uri).catch(() => undefined)
    await embedded?.stop()
    await rm(dataDir, { recursive: true, force: true })
    await rm(mediaDir, { recursive: true, force: true })
  }
}

function spawnSample(variant: Variant, file: string): Sample {
  const self = fileURLToPath(import.meta.url)
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', variant, file], {
    encoding: 'utf8',
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: 'development' },
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = child.stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{"variant"'))
    .pop()
  if (child.status !== 0 || !line)
    throw new Error(`${variant} failed (${child.status}):\n${child.stderr.slice(-4000)}`)
  return JSON.parse(line) as Sample
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3)
  const file = await writeFixture()
  console.log(`fixture: ${file}`)
  const samples: Sample[] = []
  for (let round = 0; round < rounds; round++) {
    for (const variant of ['baseline', 'http'] as const) {
      const sample = spawnSample(variant, file)
      if (sample.variant === 'http' && sample.status !== 201)
        throw new Error(`upload answered ${sample.status}`)
      samples.push(sample)
    }
  }
  await rm(path.dirname(file), { recursive: true, force: true })
  const of = (variant: Variant) => samples.filter((s) => s.variant === variant)
  const callPeak = (variant: Variant) => {
    const peaks = of(variant).map((s) => s.callPeakMb)
    return peaks.every((p): p is number => p !== null) ? median(peaks) : undefined
  }
  const baseMs = median(of('baseline').map((s) => s.ms))
  const httpMs = median(of('http').map((s) => s.ms))
  console.table(
    (['baseline', 'http'] as const).map((variant) => ({
      variant,
      'median ms': median(of(variant).map((s) => s.ms)),
      'all ms': of(variant)
        .map((s) => s.ms)
        .join(' '),
      'median peak RSS MB': median(of(variant).map((s) => s.maxRssMb)),
      'RSS before upload MB': median(of(variant).map((s) => s.rssBeforeMb)),
      'RSS at start MB': median(of(variant).map((s) => s.rssAtStartMb)),
      'peak during call MB': callPeak(variant) ?? 'n/a',
    })),
  )
  const httpRss = median(of('http').map((s) => s.maxRssMb))
  const httpCall = callPeak('http')
  console.log(
    `ratio http/baseline: ${(httpMs / baseMs).toFixed(2)} (target ≤ 1.3); http peak RSS ${httpRss} MB over the process's life, ` +
      `${httpCall ?? 'n/a'} MB during the upload itself (target ≤ 300 MB)`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--child') {
    const variant = process.argv[3] as Variant
    const file = process.argv[4] ?? ''
    const sample = variant === 'http' ? await runHttp(file) : await runBaseline(file)
    process.stdout.write(`${JSON.stringify(sample)}\n`)
    process.exit(0)
  } else {
    await main()
  }
}
