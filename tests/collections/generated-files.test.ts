import { execFile } from 'node:child_process'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

let outDir: string

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'kk-generated-'))
})

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

/**
 * Runs a generator of `npm run generate` with its output redirected into the temp dir; Payload reads
 * PAYLOAD_TS_OUTPUT_PATH (generate:types) and PAYLOAD_GRAPHQL_SCHEMA_PATH (generate:schema) before
 * the paths of the config. Nothing in the working tree is written.
 */
async function generate(
  command: string,
  args: string[],
  output: string,
  env: Record<string, string>,
): Promise<void> {
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    // Same as scripts/generate.ts: the generators never connect to a database.
    DATABASE_URI: 'postgres://unused@127.0.0.1:1/unused',
    PAYLOAD_DB_PUSH: 'false',
    ...env,
  }
  // Importing the config occasionally stalls on this machine: Node then ends the generator with exit
  // code 13 ("unsettled top-level await") or even 0 without writing anything (see report). Such runs
  // are retried; any other failure is not.
  let last = ''
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      const { stdout, stderr } = await run(command, args, {
        cwd: root,
        env: fullEnv,
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      })
      if (await exists(output)) return
      last = `exit 0 without writing ${output}:\n${stdout}\n${stderr}`
    } catch (error) {
      const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string }
      last = `exit ${code}:\n${stdout ?? ''}\n${stderr ?? ''}`
      if (code !== 13) break
    }
  }
  throw new Error(`${path.basename(command)} ${args.join(' ')} failed: ${last}`)
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

/** '' when equal, otherwise a short description of the first difference. */
function firstDifference(committed: string, generated: string): string {
  if (committed === generated) return ''
  const a = committed.split('\n')
  const b = generated.split('\n')
  const line = a.findIndex((text, index) => text !== b[index])
  const at = line === -1 ? a.length : line
  return [
    `first difference at line ${at + 1} (committed ${a.length} lines, generated ${b.length} lines)`,
    `  committed: ${JSON.stringify(a[at] ?? '<end of file>')}`,
    `  generated: ${JSON.stringify(b[at] ?? '<end of file>')}`,
  ].join('\n')
}

const STALE = (file: string) =>
  `${file} is out of date with the Payload config: run \`npm run generate\` and commit the result`

describe('generated files match the config', () => {
  it('payload-types.ts', async () => {
    const output = path.join(outDir, 'payload-types.ts')
    await generate(bin('payload'), ['generate:types'], output, { PAYLOAD_TS_OUTPUT_PATH: output })
    const generated = await readFile(output, 'utf8')
    const committed = await readFile(path.join(root, 'payload-types.ts'), 'utf8')
    expect(generated).toMatch(/export interface Config/)
    expect(firstDifference(committed, generated), STALE('payload-types.ts')).toBe('')
  })

  it('schema.graphql', async () => {
    const output = path.join(outDir, 'schema.graphql')
    await generate(bin('payload-graphql'), ['generate:schema'], output, {
      PAYLOAD_GRAPHQL_SCHEMA_PATH: output,
    })
    const generated = await readFile(output, 'utf8')
    const committed = await readFile(path.join(root, 'schema.graphql'), 'utf8')
    expect(generated).toMatch(/type Query/)
    expect(firstDifference(committed, generated), STALE('schema.graphql')).toBe('')
  })
})
