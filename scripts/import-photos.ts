/**
 * `npm run import:photos -- <folder> --event <slug> --credit "<name>" --licence <preset> [--copyright "<holder>"]`
 *
 * Imports every image in <folder> through the Local API and the press-photos plugin (the same
 * checks and renditions as an upload in the admin). Files already imported (same bytes) are
 * skipped, so re-running is safe. Exit code 1 if any file failed, with one line per file.
 */
import { parseArgs } from 'node:util'

import { provideDatabase } from '../src/lib/database/provision'
import { ensureDevSecret, loadDotEnv } from '../src/lib/launch/environment'

const USAGE =
  'Aufruf / usage: npm run import:photos -- <ordner/folder> --credit "<Name>" [--event <slug>] [--licence <preset>] [--copyright "<Rechteinhaber>"]'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    event: { type: 'string' },
    credit: { type: 'string' },
    licence: { type: 'string' },
    copyright: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})
const folder = positionals[0]
if (values.help || !folder || !values.credit) {
  console.error(USAGE)
  process.exit(values.help ? 0 : 2)
}

loadDotEnv()
const production = process.env.NODE_ENV === 'production'
if (!production) await ensureDevSecret()
const database = await provideDatabase(production ? 'production' : 'dev', (line) =>
  console.error(line),
)
process.env.DATABASE_URI = database.uri
if (!production) process.env.PAYLOAD_DB_PUSH = 'true'

const isTTY = process.stderr.isTTY
function progressLine(done: number, total: number, file: string): void {
  const width = 30
  const filled = total ? Math.round((done / total) * width) : width
  const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${file}`
  if (isTTY) process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns || 100) - 1)}`)
  else process.stderr.write(`${line}\n`)
}

let exitCode = 0
try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { importFolder } = await import('../plugins/press-photos/importFolder')
  const payload = await getPayload({ config })
  const result = await importFolder(payload, {
    folder,
    credit: values.credit,
    licence: values.licence,
    event: values.event,
    copyrightHolder: values.copyright,
    onProgress: ({ done, total, file }) => progressLine(done, total, file),
  })
  if (isTTY) process.stderr.write('\n')
  for (const failure of result.failed) console.error(`✖ ${failure.file}: ${failure.error}`)
  console.log(
    `Importiert / imported: ${result.imported.length}, Dubletten übersprungen / duplicates skipped: ${result.duplicates.length}, ` +
      `fehlgeschlagen / failed: ${result.failed.length} (von / of ${result.total})`,
  )
  if (result.failed.length) exitCode = 1
  await payload.destroy()
} catch (error) {
  console.error(`\n✖ ${(error as Error).message}`)
  exitCode = 1
} finally {
  await database.stop()
}
process.exit(exitCode)
