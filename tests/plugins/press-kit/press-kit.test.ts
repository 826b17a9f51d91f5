import { buildEditorState } from '@payloadcms/richtext-lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
/**
 * User story: "As a journalist I download one ZIP for a release — text and HTML, every photo in
 * print quality named with its credit, a credits file, the PDF attachments — and can rely on it
 * holding nothing I may not have: no draft, nothing under Sperrfrist, no withdrawn photo."
 */
import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { streamPressKit } from '../../../plugins/press-kit'
import { seed } from '../../../src/seed'
import { tinyPdf } from '../../helpers/content'
import { bootPayload } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { type PhotoContext, type StoredDoc, upload } from '../press-photos/helpers'
import { berlinDate, getKit, noiseJpeg, pdfForm, unzip, type UnzippedEntry } from './helpers'

const SLUG = 'aus-dem-revier-fuer-das-revier-kreativeklasse-ruhr'
const BOM = '\uFEFF'

let ctx: PhotoContext
let press: TestUser
let releaseID: number
let base: string
let hero: StoredDoc
let gallery: StoredDoc
let inline: StoredDoc
let withdrawn: StoredDoc
const pdf = tinyPdf()

async function photo(seedValue: number, fields: Record<string, unknown>): Promise<StoredDoc> {
  const created = await upload(
    ctx.api,
    press.token,
    await noiseJpeg(900, 600, seedValue),
    `kit-${seedValue}.jpg`,
    fields,
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc as StoredDoc
}

const uploadNode = (value: number) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `node${value}`,
  fields: null,
  relationTo: 'photos',
  value,
})

async function kitEntries(response: Response): Promise<Map<string, UnzippedEntry>> {
  expect(response.status).toBe(200)
  return unzip(Buffer.from(await response.arrayBuffer()))
}

const text = (entry: UnzippedEntry | undefined) => entry?.data.toString('utf8') ?? ''

let seededState: { body: unknown; gallery: unknown; attachments: unknown } | undefined

beforeAll(async () => {
  // The default photo folder: the seeded group photo may have been stored there by an earlier
  // test file of this run (one database), and the kit reads its files.
  ctx = { ...(await bootPayload()), dir: '' }
  await seed(ctx.payload)
  press = await createUser(ctx.payload, ctx.api, ['press'])
  const found = await ctx.api.get('/press-releases', {
    query: { where: { slug: { equals: SLUG } }, depth: 0, full: 1 },
  })
  const release = found.body.docs[0]
  releaseID = release.id
  base = `${berlinDate(release.displayDate)}_${SLUG}`
  hero = (
    await ctx.api.get(`/photos/${release.heroPhoto}`, { token: press.token, query: { depth: 0 } })
  ).body as StoredDoc

  // Same credit as the seed's group photo: its file name must not collide.
  gallery = await photo(11, {
    alt: 'Galeriebild',
    caption: 'Galerie <b>&</b> "Zitat"',
    credit: 'Kreative Klasse e.V.',
    licence: 'cc-by-4.0',
    licenceNote: 'Bearbeitung erlaubt',
  })
  inline = await photo(12, {
    alt: 'Im Text',
    caption: 'Werkstattgespräch in Bochum',
    credit: 'Ayşe Yıldız',
    copyrightHolder: 'Ayşe Yıldız Fotografie',
  })
  withdrawn = await photo(13, {
    alt: 'Zurückgezogen',
    caption: 'Geheime Bildunterschrift',
    credit: 'Verborgene Fotografin',
  })
  const document = await ctx.api.post('/documents', {
    token: press.token,
    body: pdfForm(pdf, 'programm.pdf', { title: 'Programm Extraklasse 2026' }),
  })
  expect(document.status, JSON.stringify(document.body)).toBe(201)

  seededState = {
    body: release.body,
    gallery: release.gallery ?? [],
    attachments: release.attachments ?? [],
  }
  const body = {
    root: {
      ...release.body.root,
      children: [...release.body.root.children, uploadNode(inline.id)],
    },
  }
  const updated = await ctx.api.patch(`/press-releases/${releaseID}`, {
    token: press.token,
    body: {
      body,
      gallery: [gallery.id, withdrawn.id],
      attachments: [document.body.doc.id],
      _status: 'published',
    },
  })
  expect(updated.status, JSON.stringify(updated.body)).toBe(200)
  const takedown = await ctx.api.patch(`/photos/${withdrawn.id}`, {
    token: press.token,
    body: { withdrawn: true },
  })
  expect(takedown.status).toBe(200)
})

// Later test files read the seeded release as the seed wrote it (one database per run).
afterAll(async () => {
  if (!seededState) return
  await ctx.payload.update({
    collection: 'press-releases',
    id: releaseID,
    data: { ...seededState, _status: 'published' } as never,
    overrideAccess: true,
  })
})

describe('the press kit of the seeded release, anonymously', () => {
  it('is a ZIP named after date and slug, sent as an attachment', async () => {
    const response = await getKit(ctx, releaseID)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toContain(`attachment; filename="${base}_Pressemappe.zip"`)
    expect(disposition).toContain(`filename*=UTF-8''${base}_Pressemappe.zip`)
    // Streamed: no length is known before the last byte (the texts are deflated on the way).
    expect(response.headers.get('content-length')).toBeNull()
    const entries = await kitEntries(response)
    expect([...entries.keys()].sort()).toEqual(
      [
        `${base}.txt`,
        `${base}.html`,
        'Bildnachweis.txt',
        `${base}_Kreative-Klasse-e-V.jpg`,
        `${base}_Kreative-Klasse-e-V_2.jpg`,
        `${base}_Ayse-Yildiz.jpg`,
        'Programm-Extraklasse-2026.pdf',
      ].sort(),
    )
  })

  it('has the release as text: title, teaser, every body paragraph, Über uns, press contact, V.i.S.d.P. (UTF-8 with BOM, CRLF)', async () => {
    const entries = await kitEntries(await getKit(ctx, releaseID))
    const release = (await ctx.api.get(`/press-releases/${releaseID}`, { query: { depth: 0 } }))
      .body
    const txt = text(entries.get(`${base}.txt`))
    expect(txt.startsWith(BOM)).toBe(true)
    expect(txt.replace(/\r\n/g, '')).not.toContain('\n')
    const plain = txt.replace(/\r\n/g, '\n')
    expect(plain).toContain(release.title)
    expect(plain).toContain(release.teaser)
    for (const paragraph of convertLexicalToPlaintext({ data: release.body }).split('\n\n'))
      expect(plain).toContain(paragraph)
    expect(plain).toContain(`Über uns\n\n${release.boilerplateSnapshot}`)
    expect(plain).toContain('Pressekontakt\n\nOliver Koschmieder, Vorstand')
    expect(plain).toContain('V.i.S.d.P.: Oliver Koschmieder (Vorstand)')
    expect(plain).toContain(`[Foto: ${base}_Ayse-Yildiz.jpg] Werkstattgespräch in Bochum`)
    expect(plain).not.toContain('ENTWURF')
    expect(plain).not.toContain('Geheime Bildunterschrift')
  })

  it('speaks the language asked for: ?locale=en gives English headings, the credits stay bilingual', async () => {
    const entries = await kitEntries(await getKit(ctx, releaseID, { query: '?locale=en' }))
    const txt = text(entries.get(`${base}.txt`)).replace(/\r\n/g, '\n')
    expect(txt).toContain('PRESS RELEASE')
    expect(txt).toContain('About us\n\n')
    expect(txt).toContain('Press contact\n\nOliver Koschmieder')
    expect(text(entries.get(`${base}.html`))).toContain('<html lang="en">')
    expect(text(entries.get('Bildnachweis.txt'))).toContain('Foto / Credit: Kreative Klasse e.V.')
  })

  it('has the release as HTML, every text escaped, photos pointing at their files in the kit', async () => {
    const entries = await kitEntries(await getKit(ctx, releaseID))
    const html = text(entries.get(`${base}.html`))
    expect(html).toMatch(/^<!DOCTYPE html>\r\n<html lang="de">/)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<h1>Aus dem Revier, für das Revier - KreativeKlasse.ruhr</h1>')
    expect(html).toContain(`<img src="${base}_Kreative-Klasse-e-V.jpg"`)
    expect(html).toContain(
      `<img src="${base}_Ayse-Yildiz.jpg" alt="Im Text"><figcaption>Werkstattgespräch in Bochum</figcaption>`,
    )
    expect(html).toContain('<p>Es gibt sie seit 2011')
    expect(html).toContain('<h2>Über uns</h2>')
    expect(html).toContain('href="Programm-Extraklasse-2026.pdf"')
    expect(html).not.toContain('<script')
  })

  it('has every visible photo in its print rendition, stored uncompressed, named with its credit', async () => {
    const entries = await kitEntries(await getKit(ctx, releaseID))
    const expected: Array<[string, StoredDoc]> = [
      [`${base}_Kreative-Klasse-e-V.jpg`, hero],
      [`${base}_Kreative-Klasse-e-V_2.jpg`, gallery],
      [`${base}_Ayse-Yildiz.jpg`, inline],
    ]
    for (const [name, doc] of expected) {
      const entry = entries.get(name)!
      const print = doc.renditions.find((rendition) => rendition.name === 'print')!
      const meta = await sharp(entry.data).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', print.width, print.height])
      expect(entry.data.byteLength).toBe(print.filesize)
      expect(entry.compressionMethod).toBe(0)
    }
    expect(entries.get('Bildnachweis.txt')!.compressionMethod).toBe(8)
    expect(entries.get(`${base}.txt`)!.compressionMethod).toBe(8)
  })

  it('leaves the withdrawn photo out and lists it as withdrawn, with nothing else about it', async () => {
    const entries = await kitEntries(await getKit(ctx, releaseID))
    expect([...entries.keys()].filter((name) => name.endsWith('.jpg'))).toHaveLength(3)
    const credits = text(entries.get('Bildnachweis.txt')).replace(/\r\n/g, '\n')
    expect(credits.startsWith(BOM)).toBe(true)
    expect(credits).toContain('zurückgezogen / withdrawn')
    expect(credits).not.toContain('Verborgene Fotografin')
    expect(credits).not.toContain('Geheime Bildunterschrift')
    expect(credits).toContain(
      `${base}_Kreative-Klasse-e-V_2.jpg\n   Bildunterschrift / Caption: Galerie <b>&</b> "Zitat"\n   Foto / Credit: Kreative Klasse e.V.`,
    )
    expect(credits).toContain('Lizenz / Licence: CC BY 4.0')
    expect(credits).toContain('Lizenzhinweis / Licence note: Bearbeitung erlaubt')
    expect(credits).toContain('Foto / Credit: Ayşe Yıldız')
    expect(credits).toContain('Rechteinhaber / Copyright holder: Ayşe Yıldız Fotografie')
    expect(credits).toContain(
      'Lizenz / Licence: Frei für redaktionelle Nutzung mit Urhebernennung / Free for editorial use with credit',
    )
    expect(credits).toContain('Bildunterschrift / Caption: Regelmäßiger Austausch')
  })

  it('has the PDF attachment byte for byte', async () => {
    const entries = await kitEntries(await getKit(ctx, releaseID))
    const entry = entries.get('Programm-Extraklasse-2026.pdf')!
    expect(entry.data.equals(pdf)).toBe(true)
    expect(entry.compressionMethod).toBe(0)
  })
})

describe('escaping', () => {
  it('puts markup typed into a release into the HTML as text, never as markup', async () => {
    const nasty = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: `Titel ${nasty}`,
        teaser: `Anreißer ${nasty}`,
        dateline: `Essen ${nasty}`,
        body: buildEditorState({ text: `Absatz ${nasty}` }),
        pressContacts: [{ name: `Kontakt ${nasty}`, role: 'Presse' }],
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const entries = await kitEntries(await getKit(ctx, created.body.doc.id))
    const html = text([...entries.entries()].find(([name]) => name.endsWith('.html'))![1])
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img src=x')
    const escaped =
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;'
    for (const part of [
      `<h1>Titel ${escaped}</h1>`,
      `Anreißer ${escaped}`,
      `Essen ${escaped}`,
      `Kontakt ${escaped}`,
      `<title>Titel ${escaped}</title>`,
    ]) {
      expect(html).toContain(part)
    }
    expect(html).toMatch(
      /<p>Absatz &lt;script&gt;alert\(&(quot|#34);x&(quot|#34);\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(1\)&gt;<\/p>/,
    )
    // The plain text keeps the characters as typed.
    const txt = text(
      [...entries.entries()].find(
        ([name]) => name.endsWith('.txt') && name !== 'Bildnachweis.txt',
      )![1],
    )
    expect(txt).toContain(`Absatz ${nasty}`)
  })
})

describe('caching', () => {
  it('answers 304 to a matching If-None-Match, and a new ETag once a photo of the kit changes', async () => {
    const first = await getKit(ctx, releaseID)
    const etag = first.headers.get('etag')!
    await first.body?.cancel()
    expect(etag).toMatch(/^W\/"[\w-]{32}"$/)
    expect(first.headers.get('cache-control')).toMatch(
      /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/,
    )
    expect(first.headers.get('vary')).toContain('Cookie')

    const again = await getKit(ctx, releaseID, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)

    const changed = await ctx.api.patch(`/photos/${gallery.id}`, {
      token: press.token,
      body: { caption: 'Neue Bildunterschrift' },
    })
    expect(changed.status).toBe(200)
    const after = await getKit(ctx, releaseID, { headers: { 'if-none-match': etag } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    const credits = text((await kitEntries(after)).get('Bildnachweis.txt'))
    expect(credits).toContain('Neue Bildunterschrift')
  })

  it('is private for a logged-in reader', async () => {
    const response = await getKit(ctx, releaseID, { token: press.token })
    await response.body?.cancel()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })
})

describe('access', () => {
  it('answers an anonymous reader 404 for a draft, an embargoed release and a missing id alike; staff get the draft, marked', async () => {
    const draft = await ctx.api.post('/press-releases', {
      token: press.token,
      body: { title: 'Entwurf Pressemappe', teaser: 'Noch geheim' },
    })
    expect(draft.status).toBe(201)
    const embargoed = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: 'Sperrfrist Pressemappe',
        teaser: 'Noch gesperrt',
        embargo: new Date(Date.now() + 3_600_000).toISOString(),
        _status: 'published',
      },
    })
    expect(embargoed.status).toBe(201)

    const answers = await Promise.all(
      [draft.body.doc.id, embargoed.body.doc.id, 99_999_999, 'abc', '1e3', 99_999_999_999].map(
        async (id) => {
          const response = await getKit(ctx, id)
          return {
            status: response.status,
            body: await response.text(),
            cache: response.headers.get('cache-control'),
          }
        },
      ),
    )
    for (const answer of answers) expect(answer).toEqual(answers[0])
    expect(answers[0]!.status).toBe(404)
    expect(answers[0]!.cache).toBe('no-store')
    expect(answers[0]!.body).toContain('Pressemitteilung nicht gefunden')

    const staff = await getKit(ctx, draft.body.doc.id, { token: press.token })
    expect(staff.headers.get('content-disposition')).toContain('_Pressemappe_ENTWURF.zip')
    const entries = await kitEntries(staff)
    const txt = [...entries.entries()].find(
      ([name]) => name.endsWith('.txt') && name !== 'Bildnachweis.txt',
    )![1]
    expect(text(txt)).toContain('*** ENTWURF – NICHT ZUR VERÖFFENTLICHUNG ***')
  })

  it('streamPressKit gives a pre-access caller the embargoed release with its photos, never a withdrawn one', async () => {
    const early = await photo(21, { alt: 'Vorab', caption: 'Vorab-Foto', credit: 'Jürgen Müller' })
    const gone = await photo(22, { alt: 'Weg', caption: 'Weg', credit: 'Weg' })
    const created = await ctx.api.post('/press-releases', {
      token: press.token,
      body: {
        title: 'Vorab für Redaktionen',
        teaser: 'Unter Sperrfrist',
        heroPhoto: early.id,
        gallery: [gone.id],
        embargo: new Date(Date.now() + 3_600_000).toISOString(),
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    await ctx.api.patch(`/photos/${gone.id}`, { token: press.token, body: { withdrawn: true } })
    // The public sees neither the release nor its photo yet.
    expect((await getKit(ctx, created.body.doc.id)).status).toBe(404)
    expect((await ctx.api.get(`/photos/${early.id}`)).status).toBe(404)

    const req = await createLocalReq({}, ctx.payload)
    const release = await ctx.payload.findByID({
      collection: 'press-releases',
      id: created.body.doc.id,
      depth: 0,
      overrideAccess: true,
    })
    const kit = await streamPressKit({ req, release, allowEmbargoed: true })
    const entries = await unzip(Buffer.from(await new Response(kit.body).arrayBuffer()))
    const photos = [...entries.keys()].filter((name) => name.endsWith('.jpg'))
    expect(photos).toEqual([expect.stringMatching(/_Juergen-Mueller\.jpg$/)])
    const txt = text(
      [...entries.entries()].find(
        ([name]) => name.endsWith('.txt') && name !== 'Bildnachweis.txt',
      )![1],
    )
    expect(txt).toMatch(/SPERRFRIST: nicht vor \d\d\.\d\d\.\d{4} \d\d:\d\d Uhr veröffentlichen/)
    expect(text(entries.get('Bildnachweis.txt'))).toContain('zurückgezogen / withdrawn')

    // Without the caller's grant the same reader gets the texts but not the embargoed photo.
    const plain = await streamPressKit({ req, release })
    const plainEntries = await unzip(Buffer.from(await new Response(plain.body).arrayBuffer()))
    expect([...plainEntries.keys()].filter((name) => name.endsWith('.jpg'))).toEqual([])
  })
})
