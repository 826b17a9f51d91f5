/**
 * Migrations. Production never pushes its schema: it runs the committed migrations (prodMigrations)
 * on start. This file boots Payload against a brand-new database with push off, migrates it, and
 * checks that the committed snapshot matches the config.
 *
 * User story: "As the administrator, I want `npm start` on an empty database to produce exactly
 * the schema the code expects, so that a deploy never fails on a missing table or column."
 */
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dropDatabase, ensureDatabase } from '../../src/lib/database/admin'
import { DATABASE_NAMES, withDatabaseName } from '../../src/lib/database/uri'
import { bootPayload, type TestContext } from '../helpers/payload'

const migrationDir = path.resolve(import.meta.dirname, '../../migrations')
const freshURI = withDatabaseName(
  inject('serverURI'),
  `${DATABASE_NAMES.testPrefix}migrations_${Date.now()}_${randomBytes(3).toString('hex')}`,
)

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

let ctx: TestContext

beforeAll(async () => {
  await ensureDatabase(freshURI)
  // This file's Payload is the only one in its worker; pointing it at the empty database before the
  // config is imported avoids a second, conflicting getPayload().
  process.env.DATABASE_URI = freshURI
  process.env.PAYLOAD_DB_PUSH = 'false'
  ctx = await bootPayload()
})

afterAll(async () => {
  await ctx?.payload.destroy().catch(() => undefined)
  // `with (force)` also closes the connections the pool keeps open.
  await dropDatabase(freshURI)
})

describe('committed migrations', () => {
  it('exist, and every migration file is registered in migrations/index.ts (what production runs)', async () => {
    const { migrations } = await import('../../migrations')
    const files = readdirSync(migrationDir)
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
    expect(
      files.length,
      'no migration in migrations/: run `npm run migrate:create`',
    ).toBeGreaterThan(0)
    expect(migrations.map((migration: { name: string }) => migration.name).sort()).toEqual(
      files.sort(),
    )
  })

  it('turn an empty database into one that serves REST requests', async () => {
    const { payload, api } = ctx
    const { migrations } = await import('../../migrations')
    expect(
      migrations.length,
      'no migration in migrations/index.ts: run `npm run migrate:create`',
    ).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: migrations as never })

    const email = `migrated-${randomBytes(4).toString('hex')}@test.kreativeklasse.ruhr`
    const password = `pw-${randomBytes(8).toString('hex')}`
    await payload.create({
      collection: 'users',
      data: { email, password, roles: ['admin'] },
      overrideAccess: true,
    })
    const login = await api.login(email, password)
    expect(login.status, JSON.stringify(login.body)).toBe(200)
    const list = await api.get('/users', { token: login.token })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(1)
    expect((await api.get('/health')).body).toEqual({ status: 'ok', database: 'up' })
  })

  it('have no drift: the latest snapshot equals the schema the current config generates', async () => {
    const snapshots = readdirSync(migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
    const latest = snapshots.at(-1)
    expect(
      latest,
      'no migration snapshot (*.json) in migrations/: run `npm run migrate:create`',
    ).toBeDefined()

    // The same computation as `payload migrate:create` (@payloadcms/drizzle buildCreateMigration).
    const db = ctx.payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const current = await generateDrizzleJson(db.schema)
    let committed = JSON.parse(readFileSync(path.join(migrationDir, latest as string), 'utf8')) as {
      version: string
    }
    if (upSnapshot && committed.version < current.version)
      committed = upSnapshot(committed) as { version: string }
    const statements = await generateMigration(committed, current)
    expect(
      statements,
      'the config changed since the last migration: run `npm run migrate:create`',
    ).toEqual([])
  })
})
