/**
 * `npm run bench:mixed`: two production servers (`next start`, A and B) on one database and one
 * object store (s3rver), under a bounded mixed load; then checks that nothing was lost or leaked.
 *
 *   npm run bench:mixed -- [--seconds=60] [--readers=12] [--editors=2]
 *
 * Load: `readers` anonymous loops (lists, slugs, photo renditions, search; each request on A and
 * B in turn), `editors` logged-in editors (create and update drafts, upload photos) and one press
 * officer who every 3 s publishes a draft and creates a release with a Sperrfrist 4 s ahead, and
 * every 5 s withdraws a photo. Prints per kind and instance count, req/s, p50, p99; then checks
 * (checks.ts): no 5xx, every acknowledged write in the database exactly once, no withdrawn photo
 * served after its takedown (+ 1 s), no embargoed release read before its Sperrfrist. Exits 1 if a
 * check fails. Database: a fresh one on DATABASE_URI's server, else an embedded PostgreSQL.
 */
import { execSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { dropDatabase, ensureDatabase } from '../../src/lib/database/admin'
import {
  type EmbeddedDatabase,
  findFreePort,
  startEmbeddedDatabase,
} from '../../src/lib/database/embedded'
import { withDatabaseName } from '../../src/lib/database/uri'
import { TestInbox } from '../../tests/helpers/mail'
import { startTestBucket } from '../../tests/helpers/s3'
import { pushSchema } from '../read/pushed'
import { buildIfStale, root, startNext } from '../read/server'
import {
  type Embargoed,
  everythingAnswered,
  noEmbargoLeak,
  noServerErrors,
  noWithdrawnPhotoServed,
  type Withdrawal,
  writesPersisted,
} from './checks'
import { Cluster, jsonBody, ok } from './client'
import { markdownTable, type ReadKind, summaryRows } from './record'

const flag = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const seconds = Number(flag('seconds', '60'))
const readers = Number(flag('readers', '12'))
const editors = Number(flag('editors', '2'))
const log = (line: string) =>
  console.log(`[bench:mixed ${new Date().toISOString().slice(11, 19)}] ${line}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const run = randomBytes(3).toString('hex')
let serial = 0
const marker = (what: string) => `Mixbench ${what} ${run}-${++serial}`

const cleanups: Array<() => Promise<void>> = []
async function cleanup(): Promise<void> {
  for (const step of cleanups.splice(0).reverse())
    await step().catch((error: unknown) => console.error(error))
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void cleanup().finally(() => process.exit(130)))

type Doc = {
  id: number
  slug?: string
  filename?: string
  renditions?: Array<{ filename?: string | null }> | null
}
const docOf = (json: unknown): Doc => (json as { doc: Doc }).doc

/** A small JPEG that differs per upload (fresh pixels, so no two files share a content hash). */
async function photoBytes(): Promise<Blob> {
  const pixels = randomBytes(240 * 160 * 3)
  const jpeg = await sharp(pixels, { raw: { width: 240, height: 160, channels: 3 } })
    .resize(1200, 800)
    .jpeg({ quality: 80 })
    .toBuffer()
  return new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' })
}

function photoForm(file: Blob, alt: string): FormData {
  const form = new FormData()
  form.append('file', file, `${alt.replace(/\W+/g, '-')}.jpg`)
  form.append(
    '_payload',
    JSON.stringify({
      alt,
      credit: 'Bench Fotografin',
      copyrightHolder: '© Kreative Klasse e.V.',
      releasedForPublic: true,
    }),
  )
  return form
}

const filesOf = (doc: Doc): string[] =>
  [doc.filename, ...(doc.renditions ?? []).map((r) => r.filename)].filter((f): f is string =>
    Boolean(f),
  )

async function main(): Promise<number> {
  log(`load before: ${execSync('uptime').toString().trim()}`)
  buildIfStale(log)
  let embedded: EmbeddedDatabase | undefined
  if (!process.env.DATABASE_URI) {
    log('no DATABASE_URI: starting an embedded PostgreSQL')
    embedded = await startEmbeddedDatabase({
      dataDir: mkdtempSync(path.join(tmpdir(), 'kk-bench-mixed-pg-')),
      port: await findFreePort(),
    })
    cleanups.push(() => embedded!.stop())
  }
  const serverURI = process.env.DATABASE_URI ?? embedded!.uri
  const uri = withDatabaseName(serverURI, `kk_bench_mixed_${run}`)
  await ensureDatabase(uri)
  cleanups.push(() => dropDatabase(uri))
  log('schema push …')
  await pushSchema(serverURI, uri)
  // Sets S3_* in this process's environment, which both servers inherit.
  const bucket = await startTestBucket('kk-bench-mixed')
  cleanups.push(() => bucket.close())
  // Production refuses to boot without a mail server: a local SMTP sink (MailDev) takes the mails.
  const inbox = await TestInbox.start()
  cleanups.push(() => inbox.stop())
  // One secret for both: a login on A must be accepted by B, as behind a load balancer.
  const env = {
    RATE_LIMITS: 'off',
    RESPONSE_CACHE: 'on',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ...inbox.env(),
  }
  // One after the other, so that only one of them runs prodMigrations' check on the fresh database.
  log('next start A (jobs runner on) …')
  const a = await startNext(uri, { ...env, JOBS_AUTORUN: 'true' })
  cleanups.push(() => a.stop())
  log('next start B …')
  const b = await startNext(uri, env)
  cleanups.push(() => b.stop())
  const cluster = new Cluster({ A: `${a.baseURL}/api`, B: `${b.baseURL}/api` })
  // Setup calls are not part of the figures: a cluster of their own.
  const setup = new Cluster(cluster.api)

  log('users, photos and releases to read …')
  const password = `bench-${randomBytes(8).toString('hex')}`
  const first = await setup.call(
    'create',
    'A',
    '/users/first-register',
    jsonBody(undefined, { email: 'admin@bench.example', password, name: 'Admin' }),
  )
  if (!ok(first.status))
    throw new Error(`first-register: ${first.status} ${JSON.stringify(first.json)}`)
  const login = async (email: string) => {
    const answer = await setup.call(
      'create',
      'A',
      '/users/login',
      jsonBody(undefined, { email, password }),
    )
    const token = (answer.json as { token?: string }).token
    if (!token) throw new Error(`login ${email}: ${answer.status}`)
    return token
  }
  const adminToken = await login('admin@bench.example')
  const makeUser = async (email: string, role: string) => {
    const answer = await setup.call(
      'create',
      'A',
      '/users',
      jsonBody(adminToken, { email, password, name: email, roles: [role] }),
    )
    if (!ok(answer.status))
      throw new Error(`user ${email}: ${answer.status} ${JSON.stringify(answer.json)}`)
    return login(email)
  }
  const pressToken = await makeUser('press@bench.example', 'press')
  const editorTokens = await Promise.all(
    Array.from({ length: editors }, (_, i) => makeUser(`editor${i}@bench.example`, 'editor')),
  )

  const photos: Array<{ id: number; files: string[] }> = []
  for (let i = 0; i < 16; i++) {
    const answer = await setup.call('upload', 'A', '/photos', {
      method: 'POST',
      headers: { authorization: `JWT ${pressToken}` },
      body: photoForm(await photoBytes(), marker('seed photo')),
    })
    if (!ok(answer.status))
      throw new Error(`seed photo: ${answer.status} ${JSON.stringify(answer.json)}`)
    photos.push({ id: docOf(answer.json).id, files: filesOf(docOf(answer.json)) })
  }
  const slugs: string[] = []
  for (let i = 0; i < 20; i++) {
    const body = {
      title: marker('Kreativwirtschaft Mitteilung'),
      teaser: 'Ein Anreißer für die Suche.',
      _status: 'published',
      heroPhoto: photos[i % photos.length]!.id,
    }
    const answer = await setup.call('create', 'A', '/press-releases', jsonBody(pressToken, body))
    if (!ok(answer.status))
      throw new Error(`seed release: ${answer.status} ${JSON.stringify(answer.json)}`)
    slugs.push(docOf(answer.json).slug!)
  }
  const files = photos.flatMap((p) => p.files)
  const withdrawable = [...photos]
  const withdrawals: Withdrawal[] = []
  const embargoed: Embargoed[] = []
  const pressDrafts: number[] = []
  for (let i = 0; i < Math.ceil(seconds / 3) + 1; i++) {
    const answer = await setup.call(
      'create',
      'B',
      '/press-releases',
      jsonBody(pressToken, { title: marker('Entwurf'), teaser: 'Entwurf.', _status: 'draft' }),
    )
    if (!ok(answer.status))
      throw new Error(`draft on B: ${answer.status} ${JSON.stringify(answer.json)}`)
    pressDrafts.push(docOf(answer.json).id)
  }
  log(
    `${photos.length} photos (${files.length} files), ${slugs.length} published releases, ${pressDrafts.length} drafts to publish; warming up …`,
  )
  for (const instance of ['A', 'B'] as const) {
    for (const pathname of [
      '/press-releases?limit=12&depth=1',
      `/press-releases?where[slug][equals]=${slugs[0]}`,
      `/photos/file/${files[0]}`,
      '/search?q=Kreativwirtschaft',
    ]) {
      await setup.call('list', instance, pathname)
    }
  }

  log(`mixed load for ${seconds} s: ${readers} readers, ${editors} editors, 1 press officer`)
  const started = Date.now()
  const end = started + seconds * 1000
  const releaseIDs = (json: unknown, search = false): number[] => {
    const docs = (json as { docs?: Array<{ id: number; type?: string }> } | null)?.docs ?? []
    return docs.filter((d) => !search || d.type === 'press-releases').map((d) => d.id)
  }
  const readKinds: ReadKind[] = ['list', 'slug', 'file', 'search']
  const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!

  const reader = async (n: number) => {
    for (let i = n; Date.now() < end; i++) {
      const kind = readKinds[i % readKinds.length]!
      const instance = cluster.next()
      if (kind === 'list') {
        const answer = await cluster.call(
          kind,
          instance,
          '/press-releases?limit=12&depth=1&sort=-displayDate',
        )
        answer.record.releaseIDs = releaseIDs(answer.json)
      } else if (kind === 'slug') {
        const answer = await cluster.call(
          kind,
          instance,
          `/press-releases?where[slug][equals]=${encodeURIComponent(pick(slugs))}&depth=1`,
        )
        answer.record.releaseIDs = releaseIDs(answer.json)
      } else if (kind === 'file') {
        const file = pick(files)
        await cluster.call(kind, instance, `/photos/file/${file}`, {}, { file })
      } else {
        const q = pick(['Kreativwirtschaft', 'Mixbench', 'Sperrfrist', 'Mitteilung'])
        const answer = await cluster.call(
          kind,
          instance,
          `/search?q=${q}&type=press-releases&limit=20`,
        )
        answer.record.releaseIDs = releaseIDs(answer.json, true)
      }
    }
  }

  const editor = async (token: string) => {
    const own: number[] = []
    for (let i = 0; Date.now() < end; i++) {
      const instance = cluster.next()
      const step = i % 3
      if (step === 0 || own.length === 0) {
        const title = marker('Entwurf Redaktion')
        const answer = await cluster.call(
          'create',
          instance,
          '/press-releases',
          jsonBody(token, { title, teaser: 'Noch ein Entwurf.' }),
          { marker: title },
        )
        if (ok(answer.status)) own.push((answer.record.id = docOf(answer.json).id))
      } else if (step === 1) {
        const id = pick(own)
        const teaser = marker('Anreißer')
        const answer = await cluster.call(
          'update',
          instance,
          `/press-releases/${id}?draft=true`,
          jsonBody(token, { teaser }, 'PATCH'),
          { marker: teaser, id },
        )
        void answer
      } else {
        const alt = marker('Foto')
        const answer = await cluster.call(
          'upload',
          instance,
          '/photos',
          {
            method: 'POST',
            headers: { authorization: `JWT ${token}` },
            body: photoForm(await photoBytes(), alt),
          },
          { marker: alt },
        )
        if (ok(answer.status)) {
          const doc = docOf(answer.json)
          answer.record.id = doc.id
          files.push(...filesOf(doc))
          withdrawable.push({ id: doc.id, files: filesOf(doc) })
        }
      }
      await sleep(200)
    }
  }

  const pressOfficer = async () => {
    for (let tick = 1; Date.now() < end; tick++) {
      await sleep(1000)
      if (tick % 3 === 0 && pressDrafts.length) {
        const id = pressDrafts.shift()!
        await cluster.call(
          'publish',
          cluster.next(),
          `/press-releases/${id}`,
          jsonBody(pressToken, { _status: 'published' }, 'PATCH'),
          { id, marker: `publish ${id}` },
        )
        const title = marker('Sperrfrist Kreativwirtschaft')
        const embargoAt = Date.now() + 4_000
        const answer = await cluster.call(
          'embargo',
          cluster.next(),
          '/press-releases',
          jsonBody(pressToken, {
            title,
            teaser: 'Unter Sperrfrist.',
            _status: 'published',
            embargo: new Date(embargoAt).toISOString(),
          }),
          { marker: title },
        )
        if (ok(answer.status)) {
          const doc = docOf(answer.json)
          answer.record.id = doc.id
          embargoed.push({ id: doc.id, createdAt: answer.record.answeredAt, embargoAt })
          slugs.push(doc.slug!)
        }
      }
      if (tick % 5 === 0 && withdrawable.length > 1) {
        const photo = withdrawable.splice(Math.floor(Math.random() * withdrawable.length), 1)[0]!
        const answer = await cluster.call(
          'withdraw',
          cluster.next(),
          `/photos/${photo.id}`,
          jsonBody(pressToken, { withdrawn: true }, 'PATCH'),
          { id: photo.id, marker: `withdraw ${photo.id}` },
        )
        if (ok(answer.status))
          withdrawals.push({
            photoID: photo.id,
            files: photo.files,
            ackAt: answer.record.answeredAt,
          })
      }
    }
  }

  await Promise.all([
    ...Array.from({ length: readers }, (_, n) => reader(n)),
    ...editorTokens.map((token) => editor(token)),
    pressOfficer(),
  ])
  const elapsed = (Date.now() - started) / 1000
  log(
    `load done after ${elapsed.toFixed(1)} s; load after: ${execSync('uptime').toString().trim()}`,
  )

  const rows = summaryRows(cluster.records, elapsed)
  console.table(rows)
  const checks = [
    noServerErrors([...setup.records, ...cluster.records]),
    everythingAnswered(cluster.records, withdrawals),
    await writesPersisted(uri, cluster.records),
    noWithdrawnPhotoServed(cluster.records, withdrawals),
    noEmbargoLeak(cluster.records, embargoed),
  ]
  for (const c of checks) log(`${c.passed ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`)
  const total = cluster.records.length
  log(
    `${total} requests in ${elapsed.toFixed(1)} s = ${(total / elapsed).toFixed(1)} req/s over both instances`,
  )

  mkdirSync(path.join(root, 'bench/.out'), { recursive: true })
  const file = path.join(
    root,
    'bench/.out',
    `mixed-${new Date(started).toISOString().replace(/[:.]/g, '-')}.json`,
  )
  writeFileSync(
    file,
    JSON.stringify(
      { seconds: elapsed, readers, editors, rows, markdown: markdownTable(rows), checks },
      null,
      2,
    ),
  )
  log(`figures: ${path.relative(root, file)}`)
  for (const instance of [a, b])
    if (/error/i.test(instance.output()))
      log(`server log excerpt (${instance.baseURL}):\n${instance.output().slice(-3000)}`)
  return checks.every((c) => c.passed) ? 0 : 1
}

let code = 1
try {
  code = await main()
} catch (error) {
  console.error(error)
} finally {
  await cleanup()
}
process.exit(code)
