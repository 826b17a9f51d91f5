import type { PayloadRequest, TaskConfig } from 'payload'

import { createLocalReq } from 'payload'

import { inBothLanguages } from '../../src/i18n'
import { DELIVERIES, SENDS } from './collections'
import { composeReleaseMail, type MailRelease } from './mail'
import type { Recipient, ResolvedPressDistributionOptions, SendFilter } from './types'

type SendDoc = {
  id: number
  release: number | { id: number }
  status: string
  topics?: string[] | null
  languages?: Array<'de' | 'en'> | null
}
type DeliveryDoc = {
  id: number
  release: number | { id: number }
  email: string
  name?: string | null
  language?: 'de' | 'en' | null
  contactID?: number | null
  status: string
  attempts?: number | null
  previewLink?: number | null
}

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/** Mailing runs on its own queue: hundreds of deliveries never hold up scheduled publishing on `default`. */
export const PRESS_MAIL_QUEUE = 'press-mail'

/** `pressSend`: one send becomes one delivery (and one job) per recipient. */
export function sendTask(options: ResolvedPressDistributionOptions): TaskConfig {
  return {
    slug: 'pressSend',
    label: 'Versand an den Presseverteiler',
    inputSchema: [{ name: 'send', type: 'number', required: true }],
    retries: 2,
    handler: async ({ input, req }) => {
      const send = (await req.payload.findByID({
        collection: SENDS,
        id: (input as { send: number }).send,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as SendDoc | null
      // Queued twice or already handed out: nothing to do (a job may run again after a crash).
      if (!send || send.status !== 'queued') return { output: {} }
      const filter: SendFilter = { topics: send.topics ?? [], languages: send.languages ?? [] }
      const recipients = await options.recipients(req, filter)
      for (const recipient of recipients) {
        const delivery = await req.payload.create({
          collection: DELIVERIES,
          data: {
            send: send.id,
            release: idOf(send.release),
            email: recipient.email,
            name: recipient.name ?? null,
            language: recipient.language,
            contactID: recipient.contactID ?? null,
            status: 'queued',
            attempts: 0,
          },
          overrideAccess: true,
          req,
        })
        await req.payload.jobs.queue({
          task: 'pressDeliver',
          input: { delivery: delivery.id },
          queue: PRESS_MAIL_QUEUE,
          req,
        })
      }
      await req.payload.update({
        collection: SENDS,
        id: send.id,
        data: { status: 'done', recipients: recipients.length },
        overrideAccess: true,
        req,
      })
      return { output: {} }
    },
  }
}

/** `pressDeliver`: one mail to one journalist, retried with growing pauses. */
export function deliverTask(options: ResolvedPressDistributionOptions): TaskConfig {
  const delay = Number(process.env.PRESS_SEND_RETRY_DELAY_MS)
  return {
    slug: 'pressDeliver',
    label: 'Zustellung an eine/n Journalist/in',
    inputSchema: [{ name: 'delivery', type: 'number', required: true }],
    retries: {
      attempts: options.attempts - 1,
      backoff: {
        type: 'exponential',
        delay: Number.isFinite(delay) && delay >= 0 ? delay : 30_000,
      },
    },
    handler: async ({ input, req }) => {
      const delivery = (await req.payload.findByID({
        collection: DELIVERIES,
        id: (input as { delivery: number }).delivery,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as DeliveryDoc | null
      if (!delivery || ['sent', 'skipped', 'failed'].includes(delivery.status))
        return { output: {} }
      const attempt = (delivery.attempts ?? 0) + 1
      try {
        const outcome = await deliverOnce(req, delivery, options)
        await req.payload.update({
          collection: DELIVERIES,
          id: delivery.id,
          data: {
            status: outcome,
            attempts: attempt,
            sentAt: outcome === 'sent' ? new Date().toISOString() : null,
            error: null,
          },
          overrideAccess: true,
          req,
        })
      } catch (error) {
        // The job's transaction is rolled back on a throw; the attempt is recorded outside it so
        // the press office sees every failure, not only the last.
        const logReq = await createLocalReq({}, req.payload)
        await req.payload.update({
          collection: DELIVERIES,
          id: delivery.id,
          data: {
            status: attempt >= options.attempts ? 'failed' : 'retrying',
            attempts: attempt,
            error: String((error as Error).message ?? error).slice(0, 500),
          },
          overrideAccess: true,
          req: logReq,
        })
        if (attempt < options.attempts) throw error
      }
      return { output: {} }
    },
  }
}

async function deliverOnce(
  req: PayloadRequest,
  delivery: DeliveryDoc,
  options: ResolvedPressDistributionOptions,
): Promise<'sent' | 'skipped'> {
  const language = delivery.language === 'en' ? 'en' : 'de'
  const releaseID = idOf(delivery.release)
  // The press office chose to send this release; the recipient gets it ahead of the public.
  const release = (await req.payload.findByID({
    collection: options.releases,
    id: releaseID,
    depth: 0,
    locale: language,
    fallbackLocale: 'de',
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as (MailRelease & { id: number }) | null
  if (!release) throw new Error(inBothLanguages('distributionReleaseGone'))
  let link: { url: string; expiresAt: string }
  if (delivery.previewLink) {
    const stored = (await req.payload.findByID({
      collection: 'press-previews' as never,
      id: delivery.previewLink,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as { link: string; expiresAt: string }
    link = { url: stored.link, expiresAt: stored.expiresAt }
  } else {
    const created = await options.createLink(req, {
      release: releaseID,
      recipientEmail: delivery.email,
      recipientName: delivery.name,
      language,
    })
    await req.payload.update({
      collection: DELIVERIES,
      id: delivery.id,
      data: { previewLink: created.id },
      overrideAccess: true,
      req,
    })
    link = created
  }
  const association = (await req.payload.findGlobal({
    slug: 'association',
    locale: language,
    fallbackLocale: 'de',
    depth: 0,
    overrideAccess: true,
    req,
  })) as { boilerplate?: string | null; responsiblePerson?: string | null }
  const mail = composeReleaseMail({
    release,
    language,
    linkURL: link.url,
    linkExpiresAt: link.expiresAt,
    boilerplate: release.boilerplateSnapshot ?? association.boilerplate,
    responsiblePerson: release.responsiblePerson ?? association.responsiblePerson,
  })
  const recipient: Recipient = {
    email: delivery.email,
    name: delivery.name,
    language,
    contactID: delivery.contactID ?? null,
  }
  return options.deliver(req, recipient, mail)
}
