import { escapeHTML } from '../richtext/escape'
import type { MailLanguage } from './language'

/** A mail in both parts: clients that show no HTML (and spam filters) read the plain text. */
export type MailContent = { subject: string; html: string; text: string }

/** One block of a mail: a paragraph, or a button link (shown as a plain URL in the text part). */
export type MailBlock = { paragraph: string } | { link: { label: string; url: string } }

/**
 * Builds the HTML and text parts from the same blocks, so both always say the same. The layout is
 * deliberately plain (one column, inline styles): it has to survive every mail client.
 */
export function renderMail({
  language,
  subject,
  blocks,
  footer,
}: {
  language: MailLanguage
  subject: string
  blocks: MailBlock[]
  footer: string[]
}): MailContent {
  const htmlBlocks = blocks.map((block) =>
    'paragraph' in block
      ? `<p style="margin:0 0 16px">${escapeHTML(block.paragraph)}</p>`
      : `<p style="margin:0 0 16px"><a href="${escapeHTML(block.link.url)}" style="display:inline-block;padding:10px 18px;background:#1a1a1a;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHTML(block.link.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:13px;color:#555555">${escapeHTML(block.link.url)}</p>`,
  )
  const html = [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHTML(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    ...htmlBlocks,
    `<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0">`,
    ...footer.map(
      (line) => `<p style="margin:0 0 8px;font-size:13px;color:#555555">${escapeHTML(line)}</p>`,
    ),
    '</body></html>',
  ].join('\n')
  const text = [
    ...blocks.map((block) =>
      'paragraph' in block ? block.paragraph : `${block.link.label}:\n${block.link.url}`,
    ),
    '-- ',
    ...footer,
  ].join('\n\n')
  return { subject, html, text }
}
