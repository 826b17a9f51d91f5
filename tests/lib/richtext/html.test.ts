/**
 * Feeds, mails and the `?html=1` fields show a release's body as HTML: it must look like what the
 * press team wrote, and it must never carry a script, a dangerous link or a photo the reader may
 * not see (src/lib/richtext/html.ts).
 */
import { createLocalReq, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { richTextToHTML } from '../../../src/lib/richtext/html'
import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import {
  heading,
  internalLink,
  lexical,
  link,
  list,
  paragraph,
  quote,
  text,
  upload,
} from './lexical'

let ctx: TestContext
const anonymous = async (locale: 'de' | 'en' = 'de'): Promise<PayloadRequest> =>
  createLocalReq({ locale }, ctx.payload)

beforeAll(async () => {
  ctx = await bootPayload()
})

describe('rich text as HTML', () => {
  it('renders headings, lists, quotes, formatting and safe links as plain markup', async () => {
    const html = await richTextToHTML(
      lexical(
        heading('h2', 'Zwischentitel'),
        paragraph(
          text('fett', 1),
          text(' und '),
          text('kursiv', 2),
          text(' '),
          link('https://kreativeklasse.ruhr/', 'Website', true),
        ),
        list('bullet', ['eins', 'zwei']),
        list('number', ['erstens']),
        quote('Kreativität braucht Raum.'),
        paragraph(
          link('mailto:presse@kreativeklasse.ruhr', 'Mail'),
          text(' '),
          link('tel:+49201123', 'Telefon'),
          text(' '),
          link('/presse', 'Presse'),
        ),
      ),
      { req: await anonymous() },
    )
    expect(html).toBe(
      '<h2>Zwischentitel</h2>' +
        '<p><strong>fett</strong> und <em>kursiv</em> <a href="https://kreativeklasse.ruhr/" target="_blank" rel="noopener noreferrer">Website</a></p>' +
        '<ul><li>eins</li><li>zwei</li></ul>' +
        '<ol><li>erstens</li></ol>' +
        '<blockquote>Kreativität braucht Raum.</blockquote>' +
        '<p><a href="mailto:presse@kreativeklasse.ruhr">Mail</a> <a href="tel:+49201123">Telefon</a> <a href="/presse">Presse</a></p>',
    )
  })

  it('never renders a javascript:, data: or protocol-relative link, only its text', async () => {
    const html = await richTextToHTML(
      lexical(
        paragraph(
          link('javascript:alert(1)', 'eins'),
          link('java\tscript:alert(1)', 'zwei'),
          link('data:text/html,<script>alert(1)</script>', 'drei'),
          link('/\\evil.example', 'vier'),
        ),
      ),
      { req: await anonymous() },
    )
    expect(html).toBe('<p>einszweidreivier</p>')
    expect(html).not.toMatch(/<a|javascript|data:|evil/i)
  })

  it('escapes text: a <script> typed into the body stays text', async () => {
    const html = await richTextToHTML(
      lexical(paragraph(text('<script>alert("x")</script> & <b>'))),
      { req: await anonymous() },
    )
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;</p>')
  })

  it('an inline photo becomes a figure with caption and credit; a withdrawn or unreleased photo is left out', async () => {
    const visible = await createContent(ctx.payload, 'photos', {
      releasedForPublic: true,
      caption: 'Die Gründungsrunde',
      credit: 'Anna Beispiel',
    })
    const withdrawn = await createContent(ctx.payload, 'photos', {
      releasedForPublic: true,
      withdrawn: true,
      credit: 'Verborgen A',
    })
    const unreleased = await createContent(ctx.payload, 'photos', { credit: 'Verborgen B' })
    const body = lexical(
      paragraph(text('Vorher')),
      upload(visible.id),
      upload(withdrawn.id),
      upload(unreleased.id),
      paragraph(text('Nachher')),
    )

    const html = await richTextToHTML(body, { req: await anonymous() })
    expect(html).toMatch(
      /^<p>Vorher<\/p><figure><img src="[^"]+\/api\/photos\/file\/[^"]+-hero-[^"]+\.jpg" alt="[^"]+" width="\d+" height="\d+" \/><figcaption>Die Gründungsrunde — Foto: Anna Beispiel<\/figcaption><\/figure><p>Nachher<\/p>$/,
    )
    expect(html).not.toContain('Verborgen')

    // Staff see what they may see: the unreleased photo, never the withdrawn one (a takedown).
    const staff = await createLocalReq(
      { locale: 'de', user: { id: 0, roles: ['press'], collection: 'users' } as never },
      ctx.payload,
    )
    const staffHTML = await richTextToHTML(body, { req: staff })
    expect(staffHTML).toContain('Foto: Verborgen B')
  })

  it('an internal link points to the public frontend page of a visible document, and is dropped for a hidden one', async () => {
    const title = marker('Verlinkt')
    const published = await createContent(ctx.payload, 'press-releases', {
      title,
      _status: 'published',
    })
    const embargoed = await createContent(ctx.payload, 'press-releases', {
      _status: 'published',
      embargo: new Date(Date.now() + 3_600_000).toISOString(),
    })
    const html = await richTextToHTML(
      lexical(
        paragraph(
          internalLink('press-releases', published.id, 'sichtbar'),
          text(' '),
          internalLink('press-releases', embargoed.id, 'gesperrt'),
        ),
      ),
      { req: await anonymous() },
    )
    expect(html).toBe(
      `<p><a href="https://kreativeklasse.ruhr/presse/${published.slug as string}">sichtbar</a> gesperrt</p>`,
    )
  })

  it('captions follow the locale, German where no translation exists', async () => {
    const photo = await createContent(ctx.payload, 'photos', {
      releasedForPublic: true,
      caption: 'Nur deutsch',
      credit: 'C. Redit',
    })
    const english = await richTextToHTML(lexical(upload(photo.id)), {
      req: await anonymous('en'),
      locale: 'en',
    })
    expect(english).toContain('<figcaption>Nur deutsch — Foto: C. Redit</figcaption>')
    await ctx.payload.update({
      collection: 'photos',
      id: photo.id,
      locale: 'en',
      data: { caption: 'English only', alt: 'Alt en' },
      overrideAccess: true,
    })
    const translated = await richTextToHTML(lexical(upload(photo.id)), {
      req: await anonymous('en'),
      locale: 'en',
    })
    expect(translated).toContain('<figcaption>English only — Foto: C. Redit</figcaption>')
    expect(translated).toContain('alt="Alt en"')
  })
})
