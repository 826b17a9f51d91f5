import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import pg from 'pg'

import { captureQueries } from '../../src/lib/database/queryLog'
import { databasePool, shutdownPayload } from '../../src/lib/database/resilience'
import { publicReads } from './reads'

/**
 * Diagnostic: sends each public read once as an anonymous request through the real route
 * handlers, captures the SQL Payload sends and prints `EXPLAIN (ANALYZE, BUFFERS)` of the slowest
 * statement of each read. Usage: tsx bench/read/explain.ts <database URI> [--plans]
 */
const [uri, flag] = process.argv.slice(2)
if (!uri) throw new Error('usage: tsx bench/read/explain.ts <database URI> [--plans]')
process.env.DATABASE_URI = uri
process.env.PAYLOAD_DB_PUSH = 'false'
process.env.PAYLOAD_SECRET ??= 'bench-read-secret-bench-read-secret-0123'
process.env.JOBS_AUTORUN = 'false'

const { getPayload } = await import('payload')
const { default: configPromise } = await import('../../payload.config')
const config = await configPromise
const payload = await getPayload({ config })
const pool = databasePool(payload)!
const api = `${config.serverURL || 'http://localhost:3000'}${config.routes.api}`
const restGet = REST_GET(Promise.resolve(config))
const graphql = GRAPHQL_POST(Promise.resolve(config))

const raw = new pg.Client({ connectionString: uri, statement_timeout: 0 })
await raw.connect()
const one = async (sql: string) => (await raw.query(sql)).rows[0] as Record<string, unknown>
const sample = {
  slug: String(
    (
      await one(
        `select slug from press_releases where _status = 'published' and embargo is null order by id desc offset 500 limit 1`,
      )
    ).slug,
  ),
  previousSlug: String(
    (await one('select slug from press_releases_previous_slugs order by _parent_id desc limit 1'))
      .slug,
  ),
  tag: 'fotografie',
  memberID: Number(
    (
      await one(
        `select members_id as id from press_releases_rels where path = 'relatedMembers' order by id desc limit 1`,
      )
    ).id,
  ),
  projectID: Number(
    (
      await one(
        `select projects_id as id from press_releases_rels where path = 'relatedProjects' order by id desc limit 1`,
      )
    ).id,
  ),
  eventID: Number(
    (
      await one(
        `select events_id as id from press_releases_rels where path = 'relatedEvents' order by id desc limit 1`,
      )
    ).id,
  ),
  projectPath: String((await one('select path from projects order by id limit 1')).path),
  now: new Date().toISOString(),
}

for (const read of publicReads(sample)) {
  const started = performance.now()
  const { result: response, queries } = await captureQueries(pool, async () => {
    const request = new Request(`${api}${read.path}`, {
      method: read.method,
      headers: read.body ? { 'content-type': 'application/json' } : undefined,
      body: read.body ? JSON.stringify(read.body) : undefined,
    })
    const res =
      read.method === 'POST'
        ? await graphql(request)
        : await restGet(request, {
            params: Promise.resolve({ slug: read.path.split('?')[0]!.split('/').filter(Boolean) }),
          })
    const text = await res.text()
    return {
      status: res.status,
      bytes: text.length,
      totalDocs: /"totalDocs":(\d+)/.exec(text)?.[1],
    }
  })
  const ms = performance.now() - started
  console.log(
    `\n### ${read.name}: HTTP ${response.status}, ${response.bytes} B, totalDocs ${response.totalDocs}, ${ms.toFixed(0)} ms, ${queries.length} statements`,
  )
  for (const query of queries) {
    const plan = await raw.query(
      `explain (analyze, buffers, format json) ${query.text}`,
      query.values,
    )
    const top = (
      plan.rows[0] as {
        'QUERY PLAN': Array<{ Plan: Record<string, unknown>; 'Execution Time': number }>
      }
    )['QUERY PLAN'][0]!
    console.log(
      `- ${top['Execution Time'].toFixed(1)} ms: ${query.text.slice(0, 160).replace(/\s+/g, ' ')}…`,
    )
    if ((flag === '--plans' && top['Execution Time'] > 5) || flag === '--all') {
      const text = await raw.query(`explain (analyze, buffers) ${query.text}`, query.values)
      console.log(query.text)
      console.log(JSON.stringify(query.values))
      console.log(text.rows.map((r) => r['QUERY PLAN']).join('\n'))
    }
  }
}
// Staff: where is a photo used (`GET /api/photos/:id/usage`, drafts included: queries versions).
{
  const { findPhotoUsage } = await import('../../plugins/press-photos/usage')
  const photoID = Number(
    (
      await one(
        'select hero_photo_id as id from press_releases where hero_photo_id is not null order by id desc limit 1',
      )
    ).id,
  )
  const started = performance.now()
  const { result: usage, queries } = await captureQueries(pool, () =>
    findPhotoUsage(payload, 'photos', photoID),
  )
  console.log(
    `\n### Staff photo usage: ${usage.length} documents, ${(performance.now() - started).toFixed(0)} ms, ${queries.length} statements`,
  )
  for (const query of queries) {
    const plan = await raw.query(
      `explain (analyze, buffers, format json) ${query.text}`,
      query.values,
    )
    const top = (plan.rows[0] as { 'QUERY PLAN': Array<{ 'Execution Time': number }> })[
      'QUERY PLAN'
    ][0]!
    console.log(
      `- ${top['Execution Time'].toFixed(1)} ms: ${query.text.slice(0, 160).replace(/\s+/g, ' ')}…`,
    )
    if (flag && top['Execution Time'] > 5) {
      const text = await raw.query(`explain (analyze, buffers) ${query.text}`, query.values)
      console.log(query.text)
      console.log(text.rows.map((r) => r['QUERY PLAN']).join('\n'))
    }
  }
}
await raw.end()
await shutdownPayload(payload)
process.exit(0)
