import { type MailLanguage, pick } from '../language'
import { type MailContent, renderMail } from '../layout'
import { formatMoment, greeting, SENDER_LINE } from './common'

/** The double opt-in mail: nothing is sent to the list address until its owner clicks. */
export function confirmationMail({
  language,
  name,
  confirmURL,
  expiresAt,
}: {
  language: MailLanguage
  name?: string | null
  confirmURL: string
  expiresAt: Date
}): MailContent {
  const until = formatMoment(language, expiresAt)
  return renderMail({
    language,
    subject: pick(language, {
      de: 'Bitte bestätigen: Presseverteiler der Kreativen Klasse',
      en: 'Please confirm: Kreative Klasse press list',
    }),
    blocks: [
      { paragraph: greeting(language, name) },
      {
        paragraph: pick(language, {
          de: 'jemand – hoffentlich Sie – hat diese Adresse für den Presseverteiler des Kreative Klasse e.V. angemeldet. Bitte bestätigen Sie die Anmeldung, dann senden wir Ihnen unsere Pressemitteilungen.',
          en: 'someone – hopefully you – has signed this address up for the press list of Kreative Klasse e.V. Please confirm, and we will send you our press releases.',
        }),
      },
      {
        link: {
          label: pick(language, { de: 'Anmeldung bestätigen', en: 'Confirm sign-up' }),
          url: confirmURL,
        },
      },
      {
        paragraph: pick(language, {
          de: `Der Link gilt bis ${until}. Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese Mail einfach: Ohne Bestätigung erhalten Sie nichts von uns.`,
          en: `The link is valid until ${until}. If you did not sign up, simply ignore this mail: without confirmation you will receive nothing from us.`,
        }),
      },
    ],
    footer: [pick(language, SENDER_LINE)],
  })
}

/**
 * A sign-up for an address already on the list: the same public answer as any other, and this mail
 * instead of a second confirmation, so the owner knows and nothing changes.
 */
export function alreadySubscribedMail({
  language,
  name,
  unsubscribeURL,
}: {
  language: MailLanguage
  name?: string | null
  unsubscribeURL: string
}): MailContent {
  return renderMail({
    language,
    subject: pick(language, {
      de: 'Sie sind bereits im Presseverteiler der Kreativen Klasse',
      en: 'You are already on the Kreative Klasse press list',
    }),
    blocks: [
      { paragraph: greeting(language, name) },
      {
        paragraph: pick(language, {
          de: 'diese Adresse wurde erneut für unseren Presseverteiler angemeldet. Sie steht bereits darauf; es ändert sich nichts.',
          en: 'this address was signed up for our press list again. It is already on it; nothing changes.',
        }),
      },
    ],
    footer: listFooter(language, unsubscribeURL),
  })
}

/** Every list mail ends with the way out. */
export const listFooter = (language: MailLanguage, unsubscribeURL: string): string[] => [
  pick(language, SENDER_LINE),
  pick(language, {
    de: `Sie erhalten diese Mail, weil Sie im Presseverteiler stehen. Abmelden: ${unsubscribeURL}`,
    en: `You receive this mail because you are on our press list. Unsubscribe: ${unsubscribeURL}`,
  }),
]
