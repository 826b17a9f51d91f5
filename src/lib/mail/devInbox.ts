import { MailDev } from 'maildev'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type LocalInbox = {
  smtp: { host: string; port: number }
  /** The web inbox (MailDev's UI and its API at `/api/email`), unless started without it. */
  webURL?: string
  maildev: MailDev
  stop: () => Promise<void>
}

/**
 * A real SMTP server with a web inbox on 127.0.0.1 and free ports (MailDev 3): `npm run dev` sends
 * every mail there when SMTP_HOST is unset, and the tests read what arrives. Mails live in a
 * temporary directory removed on stop, so no run sees another's.
 */
export async function startLocalInbox({ web = true }: { web?: boolean } = {}): Promise<LocalInbox> {
  const mailDirectory = await mkdtemp(path.join(tmpdir(), 'kk-inbox-'))
  const maildev = new MailDev({
    smtp: 0,
    ip: '127.0.0.1',
    web: 0,
    webIp: '127.0.0.1',
    disableWeb: !web,
    mailDirectory,
    silent: true,
  })
  const servers = await maildev.start()
  const smtp = servers.smtp.getAddress()
  const api = servers.api?.getAddress()
  return {
    smtp: { host: '127.0.0.1', port: smtp.port },
    webURL: api ? `http://127.0.0.1:${api.port}` : undefined,
    maildev,
    stop: async () => {
      await maildev.stop()
      await rm(mailDirectory, { recursive: true, force: true })
    },
  }
}
