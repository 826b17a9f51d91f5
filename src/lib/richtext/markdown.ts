/**
 * Markdown (paragraphs, emphasis, headings, lists, links) as rich text, converted by Lexical's own
 * Markdown import with the press editor's features — for the seed (the press team writes Markdown)
 * and for tests that need more than one paragraph.
 */
import type { Payload } from 'payload'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'

import { pressEditor } from '../../fields/richText'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.fromEditor>>

// Building the editor config resolves every feature; once per Payload instance is enough.
const configs = new WeakMap<Payload, Promise<EditorConfig>>()

export async function richTextFromMarkdown(payload: Payload, markdown: string) {
  let editorConfig = configs.get(payload)
  if (!editorConfig) {
    editorConfig = editorConfigFactory.fromEditor({ config: payload.config, editor: pressEditor })
    configs.set(payload, editorConfig)
  }
  return convertMarkdownToLexical({ editorConfig: await editorConfig, markdown })
}
