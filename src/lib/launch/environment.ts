import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Loads `.env` (if present) without overriding what the shell already set. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file)
}

/**
 * Dev needs a stable secret so logins survive restarts, but no developer should have to invent
 * one: it is generated once into `.data/` (git-ignored). Production must set PAYLOAD_SECRET.
 */
export async function ensureDevSecret(dataDir = '.data'): Promise<void> {
  if (process.env.PAYLOAD_SECRET) return
  const file = path.join(dataDir, 'payload-secret')
  let secret = await readFile(file, 'utf8').catch(() => '')
  if (secret.trim().length < 32) {
    secret = randomBytes(32).toString('hex')
    await mkdir(dataDir, { recursive: true })
    await writeFile(file, secret, { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = secret.trim()
}
