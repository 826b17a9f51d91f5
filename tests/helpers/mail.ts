import type { Email } from '@maildev/core'

import { type AddressObject, simpleParser } from 'mailparser'
import { createReadStream } from 'node:fs'

import { type LocalInbox, startLocalInbox } from '../../src/lib/mail/devInbox'

export type ReceivedMail = {
  subject: string
  from: string
  to: string[]
  text: string
  html: string
  /** Every header line as sent (unfolded), names in lower case; repeated headers keep each value. */
  headers: Array<{ name: string; value: string }>
  /** One header's value as sent (e.g. `List-Unsubscribe`), undefined when absent. */
  header: (name: string) => string | undefined
}

/**
 * A real SMTP server on localhost (MailDev 3, no web UI) for tests: every mail that arrives is
 * parsed from its raw source by mailparser, with all headers. Set `env()` into process.env before
 * Payload boots, so Payload's nodemailer transport delivers here.
 */
export class TestInbox {
  readonly mails: ReceivedMail[] = []
  private readonly taken = new Set<ReceivedMail>()
  private readonly waiters = new Set<() => void>()

  private constructor(private readonly inbox: LocalInbox) {
    const servers = inbox.maildev.getServers()
    servers?.smtp.on('new', (email: Email) => {
      // The raw source, parsed here: MailDev's own summary drops headers such as List-Unsubscribe.
      void simpleParser(createReadStream(email.source)).then((parsed) => {
        const headers = parsed.headerLines.map(({ key, line }) => ({
          name: key.toLowerCase(),
          value: line
            .slice(line.indexOf(':') + 1)
            .replace(/\r?\n[ \t]+/g, ' ')
            .trim(),
        }))
        this.mails.push({
          subject: parsed.subject ?? '',
          from: addresses(parsed.from).join(', '),
          to: addresses(parsed.to),
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          headers,
          header: (name) => headers.find((header) => header.name === name.toLowerCase())?.value,
        })
        this.waiters.forEach((wake) => wake())
      })
    })
  }

  static async start(): Promise<TestInbox> {
    return new TestInbox(await startLocalInbox({ web: false }))
  }

  env(): { SMTP_HOST: string; SMTP_PORT: string } {
    return { SMTP_HOST: this.inbox.smtp.host, SMTP_PORT: String(this.inbox.smtp.port) }
  }

  /** Every mail received so far to `address`. */
  mailsTo(address: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to.includes(address.toLowerCase()))
  }

  /** The next mail to `address` not returned before; rejects after `timeoutMs`. */
  async waitForMail(address: string, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const mail = this.mailsTo(address).find((candidate) => !this.taken.has(candidate))
      if (mail) {
        this.taken.add(mail)
        return mail
      }
      const left = deadline - Date.now()
      if (left <= 0)
        throw new Error(
          `No mail to ${address} within ${timeoutMs} ms (received: ${this.mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none'})`,
        )
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer)
          this.waiters.delete(wake)
          resolve()
        }
        const timer = setTimeout(wake, left)
        this.waiters.add(wake)
      })
    }
  }

  stop(): Promise<void> {
    return this.inbox.stop()
  }
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field]
  return objects.flatMap((object) =>
    object.value.map((entry) => (entry.address ?? '').toLowerCase()),
  )
}
