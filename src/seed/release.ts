import { readFileSync } from 'node:fs'

/** The association's first .ruhr press release, parsed from the Markdown the press team wrote. */
export type SeedRelease = { title: string; paragraphs: string[]; teaser: string; caption: string }

const stripMarkup = (line: string): string =>
  line
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim()

export function parseRelease(markdown: string): SeedRelease {
  const sections = new Map<string, string[]>()
  let current = ''
  let title = ''
  for (const rawLine of markdown.split(/\r?\n/)) {
    if (/^###\s/.test(rawLine)) {
      title = stripMarkup(rawLine)
      current = 'body'
      continue
    }
    if (/^##\s/.test(rawLine)) {
      current = stripMarkup(rawLine).toLowerCase()
      continue
    }
    if (!current) continue
    const blocks = sections.get(current) ?? []
    sections.set(current, blocks)
    // A blank line ends a paragraph; consecutive lines belong to the same one.
    if (rawLine.trim() === '') blocks.push('')
    else blocks.push([blocks.pop(), rawLine.trim()].filter(Boolean).join(' '))
  }
  const paragraphs = (name: string) =>
    (sections.get(name) ?? []).map((block) => block.trim()).filter(Boolean)
  return {
    title,
    paragraphs: paragraphs('body'),
    teaser: paragraphs('anreißer').join('\n\n'),
    caption: paragraphs('gruppenfoto').join('\n\n'),
  }
}

export const seedRelease = (): SeedRelease =>
  parseRelease(
    readFileSync(new URL('./data/pressemitteilung-kreative-klasse.md', import.meta.url), 'utf8'),
  )
