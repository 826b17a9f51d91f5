import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { databaseNameOf } from '../../src/lib/database/uri'
import { root } from './server'

/**
 * The schema as the code declares it (Payload's push, through schema.ts in a child process, so
 * this process never boots Payload), then every committed migration recorded as applied and the
 * push marker removed: the production server's prodMigrations then finds nothing to run instead
 * of stopping at "you've run Payload in dev mode". Lets the bench measure indexes declared in code
 * before a migration for them is generated; `--schema=migrations` measures the committed migrations.
 */
export async function pushSchema(serverURI: string, uri: string): Promise<void> {
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['bench/read/schema.ts', serverURI, databaseNameOf(uri)],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PAYLOAD_DB_PUSH: 'true',
        JOBS_AUTORUN: 'false',
      },
    },
  )
  if (result.status !== 0)
    throw new Error(
      `schema push failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    )
  const names = readdirSync(path.join(root, 'migrations'))
    .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query('delete from payload_migrations where batch = -1')
    for (const name of names)
      await client.query('insert into payload_migrations (name, batch) values ($1, 1)', [name])
  } finally {
    await client.end()
  }
}
