import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH, slugify, slugOrFallback, withSuffix } from '../../src/lib/slugify'

// Built from code points so that the test file itself cannot be "fixed" by an editor normalising it.
const COMBINING_DIAERESIS = '\u0308'
const nfdMaerz = `Ma${COMBINING_DIAERESIS}rz u${COMBINING_DIAERESIS}ber O${COMBINING_DIAERESIS}l`

const TITLES: [title: string, slug: string][] = [
  ['Mitgliederabend im März', 'mitgliederabend-im-maerz'],
  ['Ärger über Öl', 'aerger-ueber-oel'],
  ['Straße', 'strasse'],
  ['STRASSE', 'strasse'],
  ['Großes Fest', 'grosses-fest'],
  ['GROSSE Straße ẞ', 'grosse-strasse-ss'],
  ['Kunst & Kultur', 'kunst-und-kultur'],
  ['Kunst&Kultur', 'kunst-und-kultur'],
  ['Café Crème', 'cafe-creme'],
  ['Crème brûlée à la française', 'creme-brulee-a-la-francaise'],
  ['Señor Niño', 'senor-nino'],
  ['Łódź', 'lodz'],
  ['Ørsted', 'orsted'],
  ['Æsthetik & Œuvre', 'aesthetik-und-oeuvre'],
  ['ÄÖÜ', 'aeoeue'],
  ['ÄRGER ÜBER ÖL', 'aerger-ueber-oel'],
  [nfdMaerz, 'maerz-ueber-oel'],
  ['Hallo -- Welt!!!  Wie   geht’s?', 'hallo-welt-wie-geht-s'],
  ['Essen / Bochum / Dortmund', 'essen-bochum-dortmund'],
  ['  --»Extraklasse«--  ', 'extraklasse'],
  ['...Werkstattgespräche!!!', 'werkstattgespraeche'],
  ['🎨 Kunst im Revier 🎉', 'kunst-im-revier'],
  ['100 % Kreativ: 2027!', '100-kreativ-2027'],
  ['Kreative Klasse e.V.', 'kreative-klasse-e-v'],
  [
    'Aus dem Revier, für das Revier - KreativeKlasse.ruhr',
    'aus-dem-revier-fuer-das-revier-kreativeklasse-ruhr',
  ],
  ['', ''],
  ['   ', ''],
  ['🎨🎉', ''],
  ['!!! ??? ---', ''],
]

// Names of members, venues and guests in the scripts the association meets: every one gets a readable slug.
const SCRIPTS: [script: string, name: string, slug: string][] = [
  ['Turkish', 'Ayşe Yıldız', 'ayse-yildiz'],
  ['Turkish capitals', 'İSTANBUL ĞÜZEL Şehir', 'istanbul-guezel-sehir'],
  ['Russian', 'Алексей Иванов', 'aleksey-ivanov'],
  ['Ukrainian', 'Київ Їжак', 'kiyiv-yizhak'],
  ['Greek', 'Αλέξανδρος Παπαδόπουλος', 'aleksandros-papadopoylos'],
  ['Arabic', 'محمد علي', 'mhmd-ely'],
  ['Polish', 'Łódź Źdźbło Gżegżółka', 'lodz-zdzblo-gzegzolka'],
  ['Czech', 'Příliš žluťoučký kůň', 'prilis-zlutoucky-kun'],
  ['French', 'Crème brûlée à la française', 'creme-brulee-a-la-francaise'],
  ['Vietnamese', 'Nguyễn Văn Đức', 'nguyen-van-duc'],
  ['Spanish', 'Ñandú Peña', 'nandu-pena'],
  ['Icelandic', 'Þóra Guðmundsdóttir', 'thora-gudmundsdottir'],
  ['Armenian', 'Գարեգին', 'garyegin'],
  ['Georgian', 'ქართული', 'qartuli'],
  [
    'mixed with German rules',
    'Straßenfest & Çay in Döner-Ästhetik',
    'strassenfest-und-cay-in-doener-aesthetik',
  ],
  ['Cyrillic with ampersand', 'Иванов & Петров', 'ivanov-und-petrov'],
]

describe('slugify: any script to a readable slug, under German rules', () => {
  it.each(SCRIPTS)('%s: %j → %j', (_script, name, slug) => {
    expect(slugify(name)).toBe(slug)
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('German rules win over the library: ä → ae, ö → oe, ü → ue, ß → ss, & → und', () => {
    expect(slugify('Gärten, Öfen & Übermut in der Straße')).toBe(
      'gaerten-oefen-und-uebermut-in-der-strasse',
    )
  })

  it('a name with no Latin form at all gets "<prefix>-<hash>", stable and different per name', () => {
    const chinese = slugOrFallback('李明', 'member')
    expect(slugify('李明')).toBe('')
    expect(chinese).toMatch(/^member-[0-9a-f]{8}$/)
    expect(slugOrFallback('李明', 'member')).toBe(chinese)
    expect(slugOrFallback('王芳', 'member')).not.toBe(chinese)
    expect(slugOrFallback('🎨🎉', 'event')).toMatch(/^event-[0-9a-f]{8}$/)
    expect(slugOrFallback('!!! ??? ---', 'venue')).toMatch(/^venue-[0-9a-f]{8}$/)
    expect(slugOrFallback('한국어', 'press-release')).toMatch(/^press-release-[0-9a-f]{8}$/)
  })

  it('a name that transliterates keeps its readable slug; an empty name stays empty', () => {
    expect(slugOrFallback('Алексей Иванов', 'member')).toBe('aleksey-ivanov')
    expect(slugOrFallback('Zoë 李', 'member')).toBe('zoe')
    expect(slugOrFallback('', 'member')).toBe('')
    expect(slugOrFallback('   ', 'member')).toBe('')
  })

  it('no non-empty name of the tables above ends without a slug', () => {
    for (const name of [...TITLES.map(([title]) => title), ...SCRIPTS.map(([, name]) => name)]) {
      if (name.trim() === '') continue
      expect(slugOrFallback(name, 'member'), name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }
  })
})

describe('slugify: German titles to URL slugs', () => {
  it.each(TITLES)('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('the table is long enough to mean something', () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(15)
  })

  it('NFD-decomposed and precomposed umlauts give the same slug', () => {
    const precomposed = 'Mitgliederabend im März'
    const decomposed = precomposed.normalize('NFD')
    expect(decomposed).not.toBe(precomposed)
    expect(slugify(decomposed)).toBe(slugify(precomposed))
    expect(slugify('Über uns'.normalize('NFD'))).toBe('ueber-uns')
  })

  it('every slug only contains lowercase ASCII letters, digits and single inner dashes', () => {
    for (const [title] of TITLES) {
      const slug = slugify(title)
      if (slug === '') continue
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }
  })

  it('caps very long titles at MAX_SLUG_LENGTH without a trailing dash', () => {
    const long = 'Werkstattgespräch über Kunst und Kultur im Ruhrgebiet '.repeat(8)
    const full = long.toLowerCase().trim()
    const slug = slugify(long)
    expect(full.length).toBeGreaterThan(MAX_SLUG_LENGTH)
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.length).toBeGreaterThan(MAX_SLUG_LENGTH - 20)
    expect(slug).toMatch(
      /^werkstattgespraech-ueber-kunst-und-kultur-im-ruhrgebiet-werkstattgespraech/,
    )
    expect(slug).not.toMatch(/-$/)

    // A cut that lands right after a word must not leave the dash behind.
    for (let length = MAX_SLUG_LENGTH - 6; length <= MAX_SLUG_LENGTH + 6; length++) {
      const title = `${'a'.repeat(length - 1)} b c d e f`
      const cut = slugify(title)
      expect(cut.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
      expect(cut).not.toMatch(/-$/)
    }
  })

  it('collision suffixes keep the cap: withSuffix(slug, n)', () => {
    expect(withSuffix('klasse-vernetzt', 1)).toBe('klasse-vernetzt')
    expect(withSuffix('klasse-vernetzt', 2)).toBe('klasse-vernetzt-2')
    expect(withSuffix('klasse-vernetzt', 3)).toBe('klasse-vernetzt-3')
    const long = slugify('Sehr langer Titel einer Pressemitteilung '.repeat(6))
    const suffixed = withSuffix(long, 12)
    expect(suffixed.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(suffixed).toMatch(/[a-z0-9]-12$/)
    expect(suffixed).not.toMatch(/--/)
  })
})
