import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { mailSender, smtpSettings } from '../env'

/**
 * Payload's e-mail adapter from the environment (src/lib/env.ts): nodemailer over SMTP_HOST, or
 * none outside production without SMTP_HOST (Payload then logs mails to the console; tests that
 * read mail start a real SMTP server first, tests/helpers/mail.ts). Never verifies at boot: the
 * build evaluates the config without any server; sending failures are logged as errors.
 */
export function emailAdapter(): Promise<EmailAdapter> | undefined {
  const smtp = smtpSettings()
  if (!smtp) return undefined
  const sender = mailSender()
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    skipVerify: true,
    transportOptions: {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
      // A hanging mail server must not hold a sign-up or a password reset for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
  })
}
