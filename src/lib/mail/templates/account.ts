import { type MailLanguage, pick } from '../language'
import { type MailContent, renderMail } from '../layout'
import { greeting, SENDER_LINE } from './common'

export function passwordResetMail({
  language,
  name,
  resetURL,
}: {
  language: MailLanguage
  name?: string | null
  resetURL: string
}): MailContent {
  return renderMail({
    language,
    subject: pick(language, {
      de: 'Passwort zurücksetzen – Kreative Klasse CMS',
      en: 'Reset your password – Kreative Klasse CMS',
    }),
    blocks: [
      { paragraph: greeting(language, name) },
      {
        paragraph: pick(language, {
          de: 'für Ihr Konto im Redaktionssystem wurde ein neues Passwort angefordert. Über den Link legen Sie es fest; das hebt auch eine Sperre nach falschen Passwörtern auf.',
          en: 'a new password was requested for your account in the editorial system. Set it with the link below; this also lifts a lock after wrong passwords.',
        }),
      },
      {
        link: {
          label: pick(language, { de: 'Neues Passwort festlegen', en: 'Set a new password' }),
          url: resetURL,
        },
      },
      {
        paragraph: pick(language, {
          de: 'Der Link gilt eine Stunde. Haben Sie nichts angefordert, können Sie diese Mail ignorieren; Ihr Passwort bleibt, wie es ist.',
          en: 'The link is valid for one hour. If you did not ask for it, ignore this mail; your password stays as it is.',
        }),
      },
    ],
    footer: [pick(language, SENDER_LINE)],
  })
}

/** Sent once when wrong passwords lock new logins: the owner learns of it and of the way out. */
export function lockoutNoticeMail({
  language,
  name,
  minutes,
  forgotURL,
}: {
  language: MailLanguage
  name?: string | null
  minutes: number
  forgotURL: string
}): MailContent {
  return renderMail({
    language,
    subject: pick(language, {
      de: 'Anmeldung vorübergehend gesperrt – Kreative Klasse CMS',
      en: 'Login temporarily locked – Kreative Klasse CMS',
    }),
    blocks: [
      { paragraph: greeting(language, name) },
      {
        paragraph: pick(language, {
          de: `nach mehreren falschen Passwörtern ist die Anmeldung mit Passwort für Ihr Konto ${minutes} Minuten gesperrt. Bereits angemeldete Sitzungen laufen weiter.`,
          en: `after several wrong passwords, password logins to your account are locked for ${minutes} minutes. Sessions already open keep working.`,
        }),
      },
      {
        paragraph: pick(language, {
          de: 'Waren Sie das nicht, hat jemand Ihr Passwort geraten. Mit „Passwort vergessen“ setzen Sie sofort ein neues und heben die Sperre auf:',
          en: 'If this was not you, someone has been guessing your password. "Forgot password" sets a new one at once and lifts the lock:',
        }),
      },
      {
        link: {
          label: pick(language, { de: 'Passwort vergessen', en: 'Forgot password' }),
          url: forgotURL,
        },
      },
    ],
    footer: [pick(language, SENDER_LINE)],
  })
}
