import pg from 'pg'

/**
 * Bulk fill for read tests and `bench/read`: press releases with everything a public read joins
 * (de/en locales, tags, hero photo, gallery, related members/projects/events, a press contact,
 * previous slugs, versions with locales), plus the photos (with renditions), members, projects and
 * events they point to. Plain SQL (`INSERT … SELECT generate_series`) into the tables Payload's
 * schema push made: 100 000 releases through the Local API would take hours, here a minute or two.
 *
 * Mix (by release number `g`, deterministic so runs compare): 85 % published without Sperrfrist,
 * 5 % published with a lifted Sperrfrist, 3 % published with a Sperrfrist still running, 7 % drafts;
 * English translation on 60 %; display dates one every ~53 minutes back from now, so the newest
 * are recent and 100 000 cover ten years. Tags come from a fixed vocabulary with a skewed
 * distribution, so a filter by tag matches a few hundred to tens of thousands.
 */
export type FillOptions = {
  releases: number
  /** Defaults scale with `releases`: photos 1 per 10 releases (≥ 50), members 120, events 1 per 100 (≥ 30), projects 20. */
  photos?: number
  members?: number
  events?: number
  projects?: number
  /** Versions per release (≥ 1; the last is `latest`). Default 2. */
  versions?: number
}

/** What was filled; `after` holds the highest id of each table before the fill (its rows are `> after`). */
export type FillResult = Required<FillOptions> & {
  milliseconds: number
  firstReleaseID: number
  after: Record<FillTable, number>
}

type FillTable = 'member' | 'project' | 'event' | 'photo' | 'release' | 'version'

/** The tag vocabulary; `TAGS[0]` is on most releases, the last ones are rare. */
export const TAGS = [
  'kreativwirtschaft',
  'ruhrgebiet',
  'essen',
  'verband',
  'extraklasse',
  'design',
  'fotografie',
  'architektur',
  'musik',
  'film',
  'games',
  'mode',
  'literatur',
  'kunst',
  'theater',
  'werkstattgespraech',
  'foerderung',
  'netzwerk',
  'bildung',
  'stadtentwicklung',
  'digitalisierung',
  'nachhaltigkeit',
  'preis',
  'ausstellung',
  'festival',
  'jubilaeum',
  'mitgliederversammlung',
  'vorstand',
  'presse',
  'ki',
] as const

const RENDITIONS: Array<[name: string, width: number, height: number, mime: string]> = [
  ['thumbnail', 400, 267, 'image/jpeg'],
  ['card', 800, 600, 'image/jpeg'],
  ['cardWebp', 800, 600, 'image/webp'],
  ['cardAvif', 800, 600, 'image/avif'],
  ['hero', 1920, 1280, 'image/jpeg'],
  ['heroWebp', 1920, 1280, 'image/webp'],
  ['heroAvif', 1920, 1280, 'image/avif'],
  ['social', 1200, 630, 'image/jpeg'],
  ['print', 3000, 2000, 'image/jpeg'],
]

const CITIES = [
  'essen',
  'dortmund',
  'bochum',
  'duisburg',
  'gelsenkirchen',
  'oberhausen',
  'herne',
  'bottrop',
]
const EVENT_KINDS = ['evening', 'festival', 'seminar', 'workshop', 'panel', 'other']

/** A Lexical body of a few paragraphs (about 1.5 KB), as the editor stores it. */
const lexicalBody = (text: string): string =>
  JSON.stringify({
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [1, 2, 3, 4].map((n) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          {
            type: 'text',
            text: `${text} (${n})`,
            format: 0,
            style: '',
            mode: 'normal',
            detail: 0,
            version: 1,
          },
        ],
      })),
    },
  })

const BODY_DE = lexicalBody(
  'Der Kreative Klasse e.V. lädt Kreativschaffende aus dem Ruhrgebiet zum Austausch ein. Im Mittelpunkt stehen ' +
    'Kooperationen zwischen Design, Architektur, Musik und Film sowie die Frage, wie die Region ihre kreative ' +
    'Szene sichtbar macht. Die Veranstaltung ist offen für Mitglieder und Gäste.',
)
const BODY_EN = lexicalBody(
  'Kreative Klasse e.V. invites creative workers of the Ruhr area to meet. The focus is on collaboration between ' +
    'design, architecture, music and film, and on how the region makes its creative scene visible. Open to members and guests.',
)

/** A 24-hex id like the ones Payload gives array rows. */
const arrayRowID = (expression: string) => `lpad(to_hex(${expression}), 24, '0')`

const sqlList = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`

async function maxID(client: pg.ClientBase, table: string): Promise<number> {
  const { rows } = await client.query<{ max: number | null }>(`select max(id) as max from ${table}`)
  return Number(rows[0]?.max ?? 0)
}

/** Moves the id sequence of `table` past the explicit ids just inserted. */
async function syncSequence(client: pg.ClientBase, table: string): Promise<void> {
  await client.query(
    `select setval(pg_get_serial_sequence('${table}', 'id'), greatest((select max(id) from ${table}), 1))`,
  )
}

/** Fills the database at `uri` (schema already pushed); adds to whatever is there. */
export async function fillReleases(uri: string, options: FillOptions): Promise<FillResult> {
  const started = Date.now()
  const n = Math.max(0, Math.floor(options.releases))
  const settings = {
    releases: n,
    photos: options.photos ?? Math.max(50, Math.ceil(n / 10)),
    members: options.members ?? 120,
    events: options.events ?? Math.max(30, Math.ceil(n / 100)),
    projects: options.projects ?? 20,
    versions: Math.max(1, options.versions ?? 2),
  }
  const client = new pg.Client({ connectionString: uri, statement_timeout: 0, query_timeout: 0 })
  await client.connect()
  try {
    await client.query('begin')
    const base = {
      member: await maxID(client, 'members'),
      project: await maxID(client, 'projects'),
      event: await maxID(client, 'events'),
      photo: await maxID(client, 'photos'),
      release: await maxID(client, 'press_releases'),
      version: await maxID(client, '_press_releases_v'),
    }
    const { members: M, projects: J, events: E, photos: F, releases: R, versions: V } = settings

    // Members: 90 % with publication consent.
    await client.query(
      `insert into members (id, name, kind, city, consent_given, consent_date, slug, member_since, website)
       select $1::int + g, 'Mitglied ' || ($1::int + g), 'freelancer', (${sqlList(CITIES)})[1 + g % ${CITIES.length}]::enum_members_city,
              g % 10 <> 0, now() - interval '1 year', 'mitglied-' || ($1::int + g), now() - (g || ' days')::interval,
              'https://mitglied-' || g || '.example'
       from generate_series(1, $2::int) g`,
      [base.member, M],
    )
    await client.query(
      `insert into members_locales (_locale, _parent_id, board_role)
       select l::_locales, $1::int + g, case when g <= 5 then 'Vorstand' end
       from generate_series(1, $2::int) g, unnest(array['de','en']) l`,
      [base.member, M],
    )

    // Projects under "Klasse vernetzt", all published.
    await client.query(
      `insert into projects (id, slug, path, project_status, _status, period_start)
       select $1::int + g, 'projekt-' || ($1::int + g), '/klasse-vernetzt/projekt-' || ($1::int + g), 'running', 'published', now() - interval '2 years'
       from generate_series(1, $2::int) g`,
      [base.project, J],
    )
    await client.query(
      `insert into projects_locales (_locale, _parent_id, title)
       select l::_locales, $1::int + g, 'Projekt ' || g from generate_series(1, $2::int) g, unnest(array['de','en']) l`,
      [base.project, J],
    )

    // Events: two thirds in the past, one third ahead; 90 % published.
    await client.query(
      `insert into events (id, kind, start, "end", slug, _status, project_id, first_published_at)
       select $1::int + g, (${sqlList(EVENT_KINDS)})[1 + g % ${EVENT_KINDS.length}]::enum_events_kind,
              now() + ((g - $2::int * 2 / 3) * interval '3 days'), now() + ((g - $2::int * 2 / 3) * interval '3 days') + interval '3 hours',
              'veranstaltung-' || ($1::int + g), case when g % 10 = 0 then 'draft' else 'published' end::enum_events_status,
              $3::int + 1 + g % $4::int, now()
       from generate_series(1, $2::int) g`,
      [base.event, E, base.project, J],
    )
    await client.query(
      `insert into events_locales (_locale, _parent_id, title)
       select l::_locales, $1::int + g, case l when 'de' then 'Veranstaltung ' else 'Event ' end || g
       from generate_series(1, $2::int) g, unnest(array['de','en']) l`,
      [base.event, E],
    )

    // Photos with de/en texts and nine renditions each; 1 % withdrawn.
    await client.query(
      `insert into photos (id, credit, licence, legal_basis, withdrawn, content_hash, url, filename, mime_type, filesize, width, height, focal_x, focal_y, event_id, taken_at)
       select $1::int + g, 'Fotograf:in ' || g % 40, 'editorial-with-credit', 'public-event', g % 100 = 0, md5(g::text),
              '/api/photos/file/foto-' || ($1::int + g) || '.jpg', 'foto-' || ($1::int + g) || '.jpg', 'image/jpeg',
              2400000 + g % 1000, 6000, 4000, 50, 50, $3::int + 1 + g % $4::int, now() - (g || ' hours')::interval
       from generate_series(1, $2::int) g`,
      [base.photo, F, base.event, E],
    )
    await client.query(
      `insert into photos_locales (_locale, _parent_id, alt, caption)
       select l::_locales, $1::int + g,
              case l when 'de' then 'Gruppenfoto beim Abend ' else 'Group photo at the evening ' end || g,
              case l when 'de' then 'Mitglieder des Kreative Klasse e.V. in Essen' else 'Members of Kreative Klasse e.V. in Essen' end
       from generate_series(1, $2::int) g, unnest(array['de','en']) l`,
      [base.photo, F],
    )
    const renditions = JSON.stringify(RENDITIONS)
    await client.query(
      `insert into photos_renditions (_order, _parent_id, id, name, filename, width, height, mime_type, filesize)
       select r.ord, $1::int + g, ${arrayRowID(`(($1::int + g) * 16 + r.ord::int)`)}, r.v->>0,
              'foto-' || ($1::int + g) || '-' || (r.v->>0) || '-' || substr(md5(g::text), 1, 8) || '.' || split_part(r.v->>3, '/', 2),
              (r.v->>1)::numeric, (r.v->>2)::numeric, r.v->>3, 50000 + r.ord * 40000
       from generate_series(1, $2::int) g, jsonb_array_elements($3::jsonb) with ordinality r(v, ord)`,
      [base.photo, F, renditions],
    )
    await client.query(
      `insert into photos_rels ("order", parent_id, path, members_id)
       select 1, $1::int + g, 'peopleShown', $3::int + 1 + g % $4::int from generate_series(1, $2::int) g where g % 3 = 0`,
      [base.photo, F, base.member, M],
    )

    // Press releases. g = 1 is the newest; one display date every ~53 minutes going back.
    await client.query(
      `insert into press_releases (id, hero_photo_id, slug, display_date, embargo, responsible_person, first_published_at, created_at, updated_at, _status)
       select $1::int + g,
              case when g % 10 <> 9 then $3::int + 1 + g % $4::int end,
              'pressemitteilung-' || ($1::int + g),
              now() - (g * interval '53 minutes'),
              case when g % 100 between 85 and 89 then now() - (g * interval '53 minutes') + interval '2 hours'
                   when g % 100 between 90 and 92 then now() + interval '30 days' + (g % 7) * interval '1 day' end,
              case when g % 20 = 0 then 'Pressestelle' end,
              case when g % 100 < 93 then now() - (g * interval '53 minutes') end,
              now() - (g * interval '53 minutes') - interval '1 day',
              now() - (g * interval '53 minutes'),
              case when g % 100 < 93 then 'published' else 'draft' end::enum_press_releases_status
       from generate_series(1, $2::int) g`,
      [base.release, R, base.photo, F],
    )
    await client.query(
      `insert into press_releases_locales (_locale, _parent_id, title, dateline, teaser, body, boilerplate_snapshot, seo_title, seo_description)
       select l::_locales, $1::int + g,
              case l when 'de' then 'Kreative Klasse: Mitteilung Nr. ' else 'Kreative Klasse: release no. ' end || g,
              case l when 'de' then 'Essen' else 'Essen' end,
              case l when 'de' then 'Der Verband stellt neue Projekte aus der Kreativwirtschaft im Ruhrgebiet vor. Nummer ' else 'The association presents new projects of the Ruhr creative industries. Number ' end || g,
              case l when 'de' then $3::jsonb else $4::jsonb end,
              case l when 'de' then 'Der Kreative Klasse e.V. ist der Berufsverband der Kreativschaffenden im Ruhrgebiet.' else 'Kreative Klasse e.V. is the professional association of creative workers in the Ruhr area.' end,
              null, null
       from generate_series(1, $2::int) g, unnest(array['de','en']) l
       where l = 'de' or g % 10 < 6`,
      [base.release, R, BODY_DE, BODY_EN],
    )
    // Tags: every release has 1–3; tag i is on roughly 1/(i+1) of them (skewed like real tagging).
    await client.query(
      `insert into press_releases_texts ("order", parent_id, path, text)
       select t.ord, $1::int + g, 'tags', (${sqlList(TAGS)})[t.idx]
       from generate_series(1, $2::int) g,
            lateral (values (1, 1 + (g % 2) * (g % 5)), (2, 2 + g % 13), (3, 3 + (g * 7) % 28)) t(ord, idx)
       where t.ord = 1 or (t.ord = 2 and g % 2 = 0) or (t.ord = 3 and g % 3 = 0)`,
      [base.release, R],
    )
    // Relations: gallery 0–3 photos, related members 0–2, a project on 1/4, an event on 1/3.
    await client.query(
      `insert into press_releases_rels ("order", parent_id, path, photos_id, members_id, projects_id, events_id)
       select r.ord, $1::int + g, r.path, r.photo, r.member, r.project, r.event
       from generate_series(1, $2::int) g,
            lateral (values
              (1, 'gallery', $3::int + 1 + (g * 3) % $4::int, null::int, null::int, null::int, g % 4 > 0),
              (2, 'gallery', $3::int + 1 + (g * 3 + 1) % $4::int, null, null, null, g % 4 > 1),
              (3, 'gallery', $3::int + 1 + (g * 3 + 2) % $4::int, null, null, null, g % 4 > 2),
              (1, 'relatedMembers', null, $5::int + 1 + g % $6::int, null, null, g % 3 > 0),
              (2, 'relatedMembers', null, $5::int + 1 + (g * 7) % $6::int, null, null, g % 3 > 1),
              (1, 'relatedProjects', null, null, $7::int + 1 + g % $8::int, null, g % 4 = 0),
              (1, 'relatedEvents', null, null, null, $9::int + 1 + g % $10::int, g % 3 = 0)
            ) r(ord, path, photo, member, project, event, present)
       where r.present`,
      [base.release, R, base.photo, F, base.member, M, base.project, J, base.event, E],
    )
    await client.query(
      `insert into press_releases_press_contacts (_order, _parent_id, id, name, email, phone)
       select 1, $1::int + g, ${arrayRowID('$1::int + g')}, 'Pressestelle Kreative Klasse', 'presse@kreative-klasse.example', '+49 201 000000'
       from generate_series(1, $2::int) g`,
      [base.release, R],
    )
    await client.query(
      `insert into press_releases_press_contacts_locales (_locale, _parent_id, role)
       select l::_locales, ${arrayRowID('$1::int + g')}, case l when 'de' then 'Pressesprecherin' else 'Press officer' end
       from generate_series(1, $2::int) g, unnest(array['de','en']) l`,
      [base.release, R],
    )
    await client.query(
      `insert into press_releases_previous_slugs (_order, _parent_id, id, slug)
       select 1, $1::int + g, ${arrayRowID(`($1::int + g) + 1099511627776`)}, 'alte-mitteilung-' || ($1::int + g)
       from generate_series(1, $2::int) g where g % 20 = 0`,
      [base.release, R],
    )

    // Versions: V per release (autosave-free history), the last one `latest`, with locales.
    await client.query(
      `insert into _press_releases_v (id, parent_id, version_hero_photo_id, version_slug, version_display_date, version_embargo,
                                      version_first_published_at, version_created_at, version_updated_at, version__status,
                                      created_at, updated_at, latest, autosave)
       select $3::int + (g - 1) * $4::int + v, p.id, p.hero_photo_id, p.slug, p.display_date, p.embargo, p.first_published_at,
              p.created_at, p.updated_at,
              case when v = $4::int then p._status::text else 'draft' end::enum__press_releases_v_version_status,
              p.created_at + v * interval '10 minutes', p.created_at + v * interval '10 minutes', v = $4::int, false
       from generate_series(1, $2::int) g
       join press_releases p on p.id = $1::int + g,
            generate_series(1, $4::int) v`,
      [base.release, R, base.version, V],
    )
    await client.query(
      `insert into _press_releases_v_locales (_locale, _parent_id, version_title, version_dateline, version_teaser, version_body, version_boilerplate_snapshot)
       select pl._locale, $3::int + (g - 1) * $4::int + v, pl.title, pl.dateline, pl.teaser, pl.body, pl.boilerplate_snapshot
       from generate_series(1, $2::int) g
       join press_releases_locales pl on pl._parent_id = $1::int + g,
            generate_series(1, $4::int) v`,
      [base.release, R, base.version, V],
    )
    await client.query(
      `insert into _press_releases_v_rels ("order", parent_id, path, photos_id, members_id, projects_id, events_id)
       select r."order", $3::int + (r.parent_id - $1::int - 1) * $4::int + $4::int, r.path, r.photos_id, r.members_id, r.projects_id, r.events_id
       from press_releases_rels r where r.parent_id > $1::int and r.parent_id <= $1::int + $2::int`,
      [base.release, R, base.version, V],
    )
    await client.query(
      `insert into _press_releases_v_texts ("order", parent_id, path, text)
       select t."order", $3::int + (t.parent_id - $1::int - 1) * $4::int + $4::int, t.path, t.text
       from press_releases_texts t where t.parent_id > $1::int and t.parent_id <= $1::int + $2::int`,
      [base.release, R, base.version, V],
    )

    for (const table of [
      'members',
      'projects',
      'events',
      'photos',
      'press_releases',
      '_press_releases_v',
    ]) {
      await syncSequence(client, table)
    }
    await client.query('commit')
    // Fresh statistics, as autovacuum would gather them eventually; plans are chosen from these.
    await client.query('analyze')
    return {
      ...settings,
      milliseconds: Date.now() - started,
      firstReleaseID: base.release + 1,
      after: base,
    }
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}

/** Removes what `fillReleases` added (rows with ids above `after`); dependent rows cascade. */
export async function removeFill(uri: string, { after }: Pick<FillResult, 'after'>): Promise<void> {
  const client = new pg.Client({ connectionString: uri, statement_timeout: 0, query_timeout: 0 })
  await client.connect()
  try {
    await client.query('begin')
    await client.query('delete from _press_releases_v where id > $1', [after.version])
    await client.query('delete from press_releases where id > $1', [after.release])
    await client.query('delete from photos where id > $1', [after.photo])
    await client.query('delete from events where id > $1', [after.event])
    await client.query('delete from projects where id > $1', [after.project])
    await client.query('delete from members where id > $1', [after.member])
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}

const isMain = process.argv[1]?.replace(/\\/g, '/').endsWith('bench/read/fill.ts')
if (isMain) {
  const [uri, count] = process.argv.slice(2)
  if (!uri || !count) {
    console.error('usage: tsx bench/read/fill.ts <database URI with pushed schema> <releases>')
    process.exit(2)
  }
  fillReleases(uri, { releases: Number(count) })
    .then((result) => {
      console.log(JSON.stringify(result))
      process.exit(0)
    })
    .catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
}
