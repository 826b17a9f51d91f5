import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** The checkout's root (this file lives in src/lib/build). */
export const root = path.resolve(import.meta.dirname, '../../..')

/** What the production build is made from: a newer file here makes `.next` stale. */
const SOURCES = [
  'src',
  'collections',
  'plugins',
  'globals',
  'migrations',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
]

function newestMtime(entry: string): number {
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stats.mtimeMs,
  )
}

/**
 * `npm run build` unless `.next/BUILD_ID` is newer than every source file. Shared by the HTTP and
 * browser tests (tests/helpers/server.ts) and the benchmarks (bench/read/server.ts), so a second
 * `next start` in one run does not rebuild (~3 minutes).
 */
export function buildIfStale(log: (line: string) => void = () => {}): void {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const newestSource = Math.max(
    ...SOURCES.map((entry) => path.join(root, entry))
      .filter(existsSync)
      .map(newestMtime),
  )
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource) return
  log('next build (sources newer than .next/BUILD_ID) …')
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`)
}
