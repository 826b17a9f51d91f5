/** Minimal Lexical documents built from plain text, for seeds and tests. */
type TextNode = { type: 'text'; text: string; version: 1; format: 0; style: ''; mode: 'normal'; detail: 0 }
type ParagraphNode = {
  type: 'paragraph'
  version: 1
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
  children: TextNode[]
}

export type LexicalDocument = {
  root: { type: 'root'; version: 1; direction: 'ltr'; format: ''; indent: 0; children: ParagraphNode[] }
}

export function lexicalFromParagraphs(paragraphs: string[]): LexicalDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, version: 1, format: 0, style: '', mode: 'normal', detail: 0 }],
      })),
    },
  }
}

/** The plain text of every paragraph, in order: what a reader sees, without formatting. */
export function paragraphsOf(document: unknown): string[] {
  const root = (document as { root?: { children?: unknown[] } } | null)?.root
  const textOf = (node: unknown): string => {
    const { text, children } = node as { text?: string; children?: unknown[] }
    return text ?? (children ?? []).map(textOf).join('')
  }
  return (root?.children ?? []).map(textOf)
}
