import type { PayloadRequest } from 'payload'

import type { PressRelease } from '../../../payload-types'
import { adminURL, requestLanguage } from '../mail/accountMails'
import { pick } from '../mail/language'
import { type MailContent, renderMail } from '../mail/layout'
import { greeting, SENDER_LINE } from '../mail/templates/common'

/** "Zur Freigabe: …" to the press office, or "Zurückgegeben: …" with the comment to the editor. */
export function reviewMail(
  req: PayloadRequest,
  release: PressRelease,
  move: 'submitted' | 'returned',
  recipient: { name?: string | null },
): MailContent {
  const language = requestLanguage(req)
  const title = release.title ?? `#${release.id}`
  const link = {
    label: pick(language, { de: 'Mitteilung öffnen', en: 'Open the release' }),
    url: adminURL(req, `/collections/press-releases/${release.id}`),
  }
  const sender =
    req.user && 'name' in req.user && typeof req.user.name === 'string'
      ? req.user.name
      : req.user?.email
  const blocks =
    move === 'submitted'
      ? [
          { paragraph: greeting(language, recipient.name) },
          {
            paragraph: pick(language, {
              de: `${sender ?? 'Die Redaktion'} bittet um Freigabe der Pressemitteilung „${title}“. Veröffentlichen gibt sie frei; mit einem Kommentar zurückgeben, wenn noch etwas fehlt.`,
              en: `${sender ?? 'The editorial team'} asks the press office to approve the press release "${title}". Publishing approves it; return it with a comment if something is missing.`,
            }),
          },
          { link },
        ]
      : [
          { paragraph: greeting(language, recipient.name) },
          {
            paragraph: pick(language, {
              de: `Die Pressestelle hat die Pressemitteilung „${title}“ zurückgegeben:`,
              en: `The press office returned the press release "${title}":`,
            }),
          },
          { paragraph: release.review?.comment ?? '' },
          { link },
        ]
  return renderMail({
    language,
    subject: pick(
      language,
      move === 'submitted'
        ? { de: `Zur Freigabe: ${title}`, en: `For approval: ${title}` }
        : { de: `Zurückgegeben: ${title}`, en: `Returned: ${title}` },
    ),
    blocks,
    footer: [pick(language, SENDER_LINE)],
  })
}
