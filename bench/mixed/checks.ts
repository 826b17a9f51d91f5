import pg from 'pg'

import { ok } from './client'
import { KINDS, type RequestRecord } from './record'

/** A photo's takedown as acknowledged: its files must answer 404 to every read sent after `ackAt + grace`. */
export type Withdrawal = { photoID: number; files: string[]; ackAt: number }
/** A release created with a Sperrfrist: no read answered before `embargoAt` may contain it. */
export type Embargoed = { id: number; createdAt: number; embargoAt: number }

export type CheckResult = { name: string; passed: boolean; detail: string }

/** Grace for cross-instance invalidation (LISTEN/NOTIFY) after a takedown is acknowledged. */
export const WITHDRAW_GRACE_MS = 1_000

function check(name: string, failures: string[], detail: string): CheckResult {
  return {
    name,
    passed: failures.length === 0,
    detail: failures.length
      ? `${failures.length} failed: ${failures.slice(0, 5).join('; ')}`
      : detail,
  }
}

export function noServerErrors(records: RequestRecord[]): CheckResult {
  const failures = records
    .filter((r) => r.status >= 500)
    .map((r) => `${r.kind} on ${r.instance}: ${r.status}`)
  return check('no 5xx', failures, `0 of ${records.length} requests answered 5xx`)
}

/**
 * Keeps the other checks from passing on an empty run: every kind of request happened, every write
 * was acknowledged, and every read answered 2xx — except a 404 for the files of a withdrawn photo.
 */
export function everythingAnswered(
  records: RequestRecord[],
  withdrawals: Withdrawal[],
): CheckResult {
  const withdrawnFiles = new Set(withdrawals.flatMap((w) => w.files))
  const failures: string[] = KINDS.filter(
    (kind) => !records.some((r) => r.kind === kind && ok(r.status)),
  ).map((kind) => `no acknowledged ${kind}`)
  for (const r of records) {
    const expected =
      ok(r.status) ||
      (r.kind === 'file' && r.status === 404 && r.file !== undefined && withdrawnFiles.has(r.file))
    if (!expected) failures.push(`${r.kind} on ${r.instance}: ${r.status}`)
  }
  const notFound = records.filter((r) => r.kind === 'file' && r.status === 404).length
  return check(
    'every request answered',
    failures,
    `all ${records.length} requests 2xx, but ${notFound} file reads 404 for withdrawn photos; every kind present`,
  )
}

export function noWithdrawnPhotoServed(
  records: RequestRecord[],
  withdrawals: Withdrawal[],
): CheckResult {
  const byFile = new Map<string, Withdrawal>()
  for (const w of withdrawals) for (const file of w.files) byFile.set(file, w)
  let checked = 0
  const failures: string[] = []
  for (const r of records) {
    const w = r.kind === 'file' && r.file ? byFile.get(r.file) : undefined
    if (!w || r.sentAt <= w.ackAt + WITHDRAW_GRACE_MS) continue
    checked++
    if (r.status === 200)
      failures.push(`${r.file} on ${r.instance}: 200 ${r.sentAt - w.ackAt} ms after the takedown`)
  }
  return check(
    'no withdrawn photo served',
    failures,
    `${withdrawals.length} takedowns; ${checked} reads of their files sent > ${WITHDRAW_GRACE_MS} ms after the acknowledgement, all 404`,
  )
}

export function noEmbargoLeak(records: RequestRecord[], embargoed: Embargoed[]): CheckResult {
  const byID = new Map(embargoed.map((e) => [e.id, e]))
  let seen = 0
  const failures: string[] = []
  for (const r of records) {
    for (const id of r.releaseIDs ?? []) {
      const e = byID.get(id)
      if (!e) continue
      seen++
      // Answered before the Sperrfrist: the server must have read it while the release was still embargoed.
      if (r.answeredAt < e.embargoAt)
        failures.push(
          `release ${id} in a ${r.kind} on ${r.instance} answered ${e.embargoAt - r.answeredAt} ms before its Sperrfrist`,
        )
    }
  }
  // Lists read wholly inside a release's embargo window: the ones the check is about.
  const inWindow = records.filter(
    (r) =>
      r.kind === 'list' &&
      embargoed.some((e) => r.sentAt > e.createdAt && r.answeredAt < e.embargoAt),
  ).length
  return check(
    'no embargoed release before its Sperrfrist',
    failures,
    `${embargoed.length} releases with a Sperrfrist; ${inWindow} list reads inside an embargo window left it out; ${seen} sightings of one in reads, all answered at/after its Sperrfrist`,
  )
}

/**
 * Every acknowledged write is in the database exactly once: creates and embargoed creates by their
 * unique title (one row, the acknowledged id), updates by their unique teaser (one version row of
 * that release; editors' drafts are never published, so no publish copies the teaser), uploads by
 * their unique alt text, publishes and takedowns by the row's state.
 */
export async function writesPersisted(uri: string, records: RequestRecord[]): Promise<CheckResult> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const failures: string[] = []
  const writes = records.filter((r) => r.marker !== undefined && ok(r.status))
  try {
    for (const w of writes) {
      let rows: Array<{ id: number }> = []
      if (w.kind === 'create' || w.kind === 'embargo') {
        rows = (
          await client.query(
            `select _parent_id as id from press_releases_locales where title = $1`,
            [w.marker],
          )
        ).rows
      } else if (w.kind === 'update') {
        rows = (
          await client.query(
            `select v.parent_id as id from _press_releases_v_locales l join _press_releases_v v on v.id = l._parent_id where l.version_teaser = $1`,
            [w.marker],
          )
        ).rows
      } else if (w.kind === 'upload') {
        rows = (
          await client.query(`select _parent_id as id from photos_locales where alt = $1`, [
            w.marker,
          ])
        ).rows
      } else if (w.kind === 'publish') {
        rows = (
          await client.query(
            `select id from press_releases where id = $1 and _status = 'published'`,
            [w.id],
          )
        ).rows
      } else if (w.kind === 'withdraw') {
        rows = (await client.query(`select id from photos where id = $1 and withdrawn`, [w.id]))
          .rows
      }
      if (rows.length !== 1 || rows[0]!.id !== w.id)
        failures.push(
          `${w.kind} ${w.marker} (id ${w.id}): ${rows.length} rows ${rows.map((r) => r.id).join(',')}`,
        )
    }
  } finally {
    await client.end()
  }
  const kinds = [...new Set(writes.map((w) => w.kind))]
    .map((k) => `${writes.filter((w) => w.kind === k).length} ${k}`)
    .join(', ')
  return check(
    'every acknowledged write exactly once',
    failures,
    `${writes.length} acknowledged writes (${kinds}), each found once`,
  )
}
