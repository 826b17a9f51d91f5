import http from 'node:http'
import pg from 'pg'

/**
 * The floor: a bare `node:http` + `pg` server answering the public reads with hand-written SQL —
 * what the same question costs without a framework. Same pool size as Payload's (10), German
 * locale, anonymous visibility (published, Sperrfrist passed, photo not withdrawn). Routes:
 *   /list[?tag=…]   20 newest releases with hero photo and total count
 *   /slug/<slug>    one release with body and hero photo
 *   /events?from=…  10 next published events with total count
 * Run: tsx bench/read/floor.ts <database URI> <port>  (prints "ready" when listening)
 */
const [uri, port] = process.argv.slice(2)
if (!uri || !port) {
  console.error('usage: tsx bench/read/floor.ts <database URI> <port>')
  process.exit(2)
}
const pool = new pg.Pool({ connectionString: uri, max: 10 })

const VISIBLE = `r._status = 'published' and (r.embargo is null or r.embargo <= now())`
const HAS_TAG = `exists (select 1 from press_releases_texts t where t.parent_id = r.id and t.path = 'tags' and t.text = $1)`
const RELEASE_COLUMNS = `r.id, l.title, r.slug, r.display_date as "displayDate", l.teaser,
  case when p.id is null then null else json_build_object('id', p.id, 'url', p.url, 'alt', pl.alt, 'caption', pl.caption,
    'credit', p.credit, 'licence', p.licence, 'width', p.width, 'height', p.height) end as "heroPhoto"`
const RELEASE_JOINS = `join press_releases_locales l on l._parent_id = r.id and l._locale = 'de'
  left join photos p on p.id = r.hero_photo_id and p.withdrawn is not true
  left join photos_locales pl on pl._parent_id = p.id and pl._locale = 'de'`

async function list(tag: string | null): Promise<unknown> {
  const where = tag ? `${VISIBLE} and ${HAS_TAG}` : VISIBLE
  const params = tag ? [tag] : []
  const [docs, count] = await Promise.all([
    pool.query(
      `select ${RELEASE_COLUMNS} from press_releases r ${RELEASE_JOINS} where ${where} order by r.display_date desc, r.created_at desc limit 20`,
      params,
    ),
    pool.query<{ total: string }>(
      `select count(*) as total from press_releases r where ${where}`,
      params,
    ),
  ])
  return { docs: docs.rows, totalDocs: Number(count.rows[0]?.total ?? 0) }
}

async function bySlug(slug: string): Promise<unknown> {
  const { rows } = await pool.query(
    `select ${RELEASE_COLUMNS}, l.dateline, l.body from press_releases r ${RELEASE_JOINS} where ${VISIBLE} and r.slug = $1`,
    [slug],
  )
  return { docs: rows, totalDocs: rows.length }
}

async function nextEvents(from: string): Promise<unknown> {
  const where = `e._status = 'published' and e.start >= $1`
  const [docs, count] = await Promise.all([
    pool.query(
      `select e.id, el.title, e.slug, e.kind, e.start, e."end" from events e
       join events_locales el on el._parent_id = e.id and el._locale = 'de' where ${where} order by e.start limit 10`,
      [from],
    ),
    pool.query<{ total: string }>(`select count(*) as total from events e where ${where}`, [from]),
  ])
  return { docs: docs.rows, totalDocs: Number(count.rows[0]?.total ?? 0) }
}

function answer(url: URL): Promise<unknown> | undefined {
  if (url.pathname === '/list') return list(url.searchParams.get('tag'))
  if (url.pathname.startsWith('/slug/'))
    return bySlug(decodeURIComponent(url.pathname.slice('/slug/'.length)))
  if (url.pathname === '/events')
    return nextEvents(url.searchParams.get('from') ?? new Date().toISOString())
  if (url.pathname === '/health') return Promise.resolve({ ok: true })
  return undefined
}

const server = http.createServer((request, response) => {
  const work = answer(new URL(request.url ?? '/', 'http://floor'))
  if (!work) {
    response.writeHead(404).end()
    return
  }
  work.then(
    (body) => {
      const json = JSON.stringify(body)
      response
        .writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(json),
        })
        .end(json)
    },
    (error: unknown) => {
      console.error(error)
      response.writeHead(500).end()
    },
  )
})
server.listen(Number(port), '127.0.0.1', () => console.log('ready'))
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))))
