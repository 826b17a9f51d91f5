/**
 * The plain text of every top-level block (paragraph, heading, quote, list), in order: what a reader
 * sees, without formatting. Lexical's convertLexicalToPlaintext separates paragraphs and headings
 * but runs a quote into the text before it; structured data needs each block apart.
 */
export function paragraphsOf(document: unknown): string[] {
  const root = (document as { root?: { children?: unknown[] } } | null)?.root
  const textOf = (node: unknown): string => {
    const { text, children } = node as { text?: string; children?: unknown[] }
    return text ?? (children ?? []).map(textOf).join('')
  }
  return (root?.children ?? []).map(textOf)
}
