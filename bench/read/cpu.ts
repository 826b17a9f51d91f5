import type pg from 'pg'

import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc's utime/stime (USER_HZ: 100 on every Linux Node supports). */
const TICKS_PER_SECOND = 100

type Stat = { pgrp: number; ticks: number }

/** utime + stime + cutime + cstime: the children's part counts the workers that exited already. */
function readStat(pid: number | string): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may contain spaces and parentheses; fields after it are plain.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    const field = (n: number) => Number(fields[n - 3])
    return { pgrp: field(5), ticks: field(14) + field(15) + field(16) + field(17) }
  } catch {
    return undefined
  }
}

/** CPU milliseconds used so far by every live process of the process group `pgid`. */
export function processGroupCpuMs(pgid: number): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readStat(entry)
    if (stat?.pgrp === pgid) ticks += stat.ticks
  }
  return (ticks * 1000) / TICKS_PER_SECOND
}

/**
 * CPU milliseconds of each PostgreSQL backend connected to `database`, by pid. Read from /proc,
 * so only for a server on this machine (the machine's PostgreSQL or the embedded one); `undefined`
 * when the backends' /proc entries are not visible.
 */
export async function backendCpuMs(
  admin: pg.ClientBase,
  database: string,
): Promise<Map<number, number> | undefined> {
  const { rows } = await admin.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = $1',
    [database],
  )
  const result = new Map<number, number>()
  for (const { pid } of rows) {
    const stat = readStat(pid)
    if (!stat) return undefined
    result.set(pid, (stat.ticks * 1000) / TICKS_PER_SECOND)
  }
  return result
}

/** CPU used between two snapshots; a backend that appeared in between counts from zero. */
export function backendDelta(
  before: Map<number, number> | undefined,
  after: Map<number, number> | undefined,
): number | undefined {
  if (!before || !after) return undefined
  let sum = 0
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0)
  return sum
}
