/**
 * `npm run bench:read`: the public read path against a raw floor, at each archive size.
 *
 *   npm run bench:read -- [--sizes=1000,100000] [--rounds=3] [--duration=5] [--connections=32]
 *                         [--reads=list,tag,graphql,slug,events,search] [--schema=push|migrations]
 *
 * Per size: a fresh database (on DATABASE_URI's server, else an embedded PostgreSQL) with the
 * schema the code declares (push, see pushed.ts) or the committed migrations (run by the production
 * server's first request, as `npm start` does), filled by fill.ts; then interleaved autocannon rounds:
 * cold = `RESPONSE_CACHE=off` vs the floor, warm = a restarted server with `RESPONSE_CACHE=on`,
 * its `If-None-Match` revalidations (304) and the floor again. The database is dropped afterwards.
 * Prints the tables, the ratios, the growth of p50 between the sizes and the targets of issue 8;
 * writes the figures to bench/.out/read-<time>.json.
 */
import { execSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { dropDatabase, ensureDatabase } from '../../src/lib/database/admin'
import {
  type EmbeddedDatabase,
  findFreePort,
  startEmbeddedDatabase,
} from '../../src/lib/database/embedded'
import { databaseNameOf, withDatabaseName } from '../../src/lib/database/uri'
import { processGroupCpuMs } from './cpu'
import { fillReleases } from './fill'
import { load, type LoadOptions, type Sample, summarize } from './load'
import { pushSchema } from './pushed'
import { printReport, type ReadResult, type Results } from './report'
import {
  buildIfStale,
  root,
  type RunningServer,
  spawnQuiet,
  startNext,
  stopGroup,
  waitUntil,
} from './server'
import { probe, publicReads, type Read } from './targets'

const flag = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const sizes = flag('sizes', '1000,100000').split(',').map(Number)
const rounds = Number(flag('rounds', '3'))
const duration = Number(flag('duration', '5'))
const connections = Number(flag('connections', '32'))
const onlyReads = flag('reads', '').split(',').filter(Boolean)
const schema = flag('schema', 'push')
if (schema !== 'push' && schema !== 'migrations') throw new Error('--schema=push|migrations')
const log = (line: string) =>
  console.log(`[bench:read ${new Date().toISOString().slice(11, 19)}] ${line}`)
const uptime = () => execSync('uptime').toString().trim()

const cleanups: Array<() => Promise<void>> = []
async function cleanup(): Promise<void> {
  for (const step of cleanups.splice(0).reverse())
    await step().catch((error: unknown) => console.error(error))
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void cleanup().finally(() => process.exit(130)))

async function startFloor(uri: string): Promise<RunningServer> {
  const port = await findFreePort()
  const { child, output } = spawnQuiet(
    path.join(root, 'node_modules/.bin/tsx'),
    ['bench/read/floor.ts', uri, String(port)],
    process.env,
  )
  const baseURL = `http://127.0.0.1:${port}`
  await waitUntil(`${baseURL}/health`, child, output, 60_000)
  return { baseURL, pgid: child.pid!, output, stop: () => stopGroup(child) }
}

/**
 * A fresh `next start` compiles each route and builds Payload's GraphQL schema on first use: three
 * sequential requests per read keep that out of the first round. Then two idle seconds show
 * whether the server burns CPU on its own (which would be charged to the requests).
 */
async function warmUp(reads: Read[], pgid: number, what: string): Promise<void> {
  for (const read of reads) {
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      await probe(read.server)
      times.push(performance.now() - started)
    }
    log(`${what}: ${read.key} alone: ${times.map((t) => t.toFixed(0)).join(', ')} ms`)
  }
  const before = processGroupCpuMs(pgid)
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  log(
    `${what}: warmed up; idle server CPU ${((processGroupCpuMs(pgid) - before) / 2).toFixed(0)} ms/s`,
  )
}

/** The sample a run asks for: a published slug 500 releases back, a mid-frequency tag, this minute. */
async function pickSample(uri: string) {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows } = await client.query<{ slug: string }>(
      `select slug from press_releases where _status = 'published' and embargo is null order by display_date desc offset 500 limit 1`,
    )
    const from = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
    return { slug: rows[0]?.slug ?? 'missing', tag: 'fotografie', from }
  } finally {
    await client.end()
  }
}

async function measureSize(
  serverURI: string,
  admin: pg.Client,
  size: number,
): Promise<Record<string, ReadResult>> {
  const uri = withDatabaseName(serverURI, `kk_bench_read_${size}_${randomBytes(3).toString('hex')}`)
  const database = databaseNameOf(uri)
  await ensureDatabase(uri)
  cleanups.push(() => dropDatabase(uri))
  const results: Record<string, ReadResult> = {}
  const runLoad = (request: Read['server'], pgid: number, expect: 200 | 304): Promise<Sample> => {
    const options: LoadOptions = { connections, duration, expect, pgid, admin, database }
    return load(request, options)
  }

  if (schema === 'push') {
    log(`${size}: schema push (the schema the code declares) …`)
    await pushSchema(serverURI, uri)
  }
  log(
    `${size}: next start (RESPONSE_CACHE=off)${schema === 'migrations' ? ', committed migrations' : ''} …`,
  )
  let server = await startNext(uri, { RESPONSE_CACHE: 'off' })
  cleanups.push(() => server.stop())
  log(`${size}: filling …`)
  const fill = await fillReleases(uri, { releases: size })
  log(
    `${size}: filled in ${(fill.milliseconds / 1000).toFixed(1)} s (${fill.photos} photos, ${fill.versions} versions each)`,
  )
  const floor = await startFloor(uri)
  cleanups.push(() => floor.stop())
  const sample = await pickSample(uri)

  let reads = publicReads(`${server.baseURL}/api`, floor.baseURL, sample).filter(
    (r) => !onlyReads.length || onlyReads.includes(r.key),
  )
  const skipped: string[] = []
  for (const read of reads) {
    const first = await probe(read.server)
    const floorBytes = read.floor ? (await probe(read.floor)).bytes : undefined
    results[read.key] = {
      label: read.label,
      bytes: first.bytes,
      floorBytes,
      status: first.status,
      cacheControl: first.cacheControl,
      variants: {},
    }
    if (read.key === 'search' && first.status === 404) skipped.push(read.key)
  }
  for (const key of skipped) {
    results[key]!.note = 'no /api/search endpoint (404): skipped'
    log(`${size}: ${results[key]!.note}`)
  }
  reads = reads.filter((r) => !skipped.includes(r.key))

  await warmUp(reads, server.pgid, `${size}: cache off`)
  const samples: Record<string, Record<string, Sample[]>> = {}
  const add = (key: string, variant: string, sample: Sample) =>
    ((samples[key] ??= {})[variant] ??= []).push(sample)

  for (let round = 1; round <= rounds; round++) {
    log(`${size}: cold round ${round}/${rounds}`)
    for (const read of reads) {
      add(read.key, 'cold', await runLoad(read.server, server.pgid, 200))
      if (read.floor) add(read.key, 'floor (cold)', await runLoad(read.floor, floor.pgid, 200))
    }
  }

  await server.stop()
  log(`${size}: next start (RESPONSE_CACHE=on)`)
  server = await startNext(uri, { RESPONSE_CACHE: 'on' })
  cleanups.push(() => server.stop())
  reads = publicReads(`${server.baseURL}/api`, floor.baseURL, sample).filter((r) =>
    reads.some((kept) => kept.key === r.key),
  )
  const etags: Record<string, string | null> = {}
  for (const read of reads) {
    etags[read.key] = (await probe(read.server)).etag
    results[read.key]!.etag = etags[read.key]
  }
  await warmUp(reads, server.pgid, `${size}: cache on`)
  for (let round = 1; round <= rounds; round++) {
    log(`${size}: warm round ${round}/${rounds}`)
    for (const read of reads) {
      add(read.key, 'warm', await runLoad(read.server, server.pgid, 200))
      const etag = etags[read.key]
      if (etag)
        add(
          read.key,
          '304',
          await runLoad({ ...read.server, headers: { 'if-none-match': etag } }, server.pgid, 304),
        )
      if (read.floor) add(read.key, 'floor (warm)', await runLoad(read.floor, floor.pgid, 200))
    }
  }
  for (const [key, variants] of Object.entries(samples)) {
    for (const [variant, list] of Object.entries(variants))
      results[key]!.variants[variant] = summarize(list)
  }
  await cleanup()
  return results
}

const started = new Date()
const before = uptime()
log(`load before: ${before}`)
buildIfStale(log)
let embedded: EmbeddedDatabase | undefined
if (!process.env.DATABASE_URI) {
  log('no DATABASE_URI: starting an embedded PostgreSQL')
  embedded = await startEmbeddedDatabase({
    dataDir: mkdtempSync(path.join(tmpdir(), 'kk-bench-read-pg-')),
    port: await findFreePort(),
  })
}
const serverURI = process.env.DATABASE_URI ?? embedded!.uri
const admin = new pg.Client({ connectionString: withDatabaseName(serverURI, 'postgres') })
await admin.connect()
const results: Results = {
  started: started.toISOString(),
  sizes: {},
  settings: { rounds, duration, connections },
}
try {
  for (const size of sizes) results.sizes[size] = await measureSize(serverURI, admin, size)
} finally {
  await cleanup()
  await admin.end()
  await embedded?.stop()
}
results.loadBefore = before
results.loadAfter = uptime()
printReport(results)
mkdirSync(path.join(root, 'bench/.out'), { recursive: true })
const file = path.join(
  root,
  'bench/.out',
  `read-${started.toISOString().replace(/[:.]/g, '-')}.json`,
)
writeFileSync(file, JSON.stringify(results, null, 2))
log(`figures: ${path.relative(root, file)}`)
process.exit(0)
