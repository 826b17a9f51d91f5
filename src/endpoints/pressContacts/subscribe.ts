import type { Endpoint, PayloadRequest } from 'payload'

import { PRESS_LIST_SIGNUP } from '../../../collections/hooks/pressContactConsent'
import type { PressContact } from '../../../payload-types'
import { bothLanguages } from '../../i18n'
import { databasePool } from '../../lib/database/resilience'
import { pressConfirmationHours } from '../../lib/env'
import { clientAddress } from '../../lib/http/clientAddress'
import { mailLanguage } from '../../lib/mail/language'
import {
  PRESS_CONTACTS,
  pressListURL,
  sendPressListMail,
  unsubscribeURLFor,
} from '../../lib/mail/listMail'
import { alreadySubscribedMail, confirmationMail } from '../../lib/mail/templates/pressList'
import { newConfirmationToken } from '../../lib/pressList/tokens'
import { type Bilingual, LIMIT_MESSAGES } from '../../lib/rateLimits/answer'
import { limitFor, type LimitName, rateLimitsEnabled } from '../../lib/rateLimits/limits'
import { consume, type Decision } from '../../lib/rateLimits/store'
import { answer } from './answer'
import { parseSignup, type Signup } from './signupInput'

/**
 * Sign-ups per client address (RATE_LIMIT_SIGNUPS, default 20 an hour: generous for a newsroom
 * behind one NAT, hard on scripts) and mails per address (RATE_LIMIT_SIGNUP_MAILS, default 3 a
 * day: a stranger cannot flood someone's inbox through our sign-up), counted for all instances.
 */
const take = (req: PayloadRequest, limit: LimitName, key: string): Promise<Decision> =>
  rateLimitsEnabled()
    ? consume(databasePool(req.payload), limitFor(limit), key, (message) =>
        req.payload.logger.warn(message),
      )
    : Promise.resolve({ allowed: true })

/** Every sign-up answer takes at least this long, so its timing does not tell what happened. */
const MIN_ANSWER_MS = 300

const ACCEPTED = bothLanguages('pressListSignupAccepted')

/**
 * `POST /api/press-contacts/subscribe` — the public sign-up of the press list (double opt-in).
 * The answer is the same for a new, pending, subscribed or unsubscribed address; what differs is
 * only the mail, which goes to the address's owner alone and is sent after the answer.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    const started = Date.now()
    const client = clientAddress(req.headers)
    const perClient = await take(req, 'signups', client)
    if (!perClient.allowed) {
      const seconds = perClient.retryAfterSeconds
      return answer(req, 429, LIMIT_MESSAGES.signups(seconds) satisfies Bilingual, {
        headers: { 'Retry-After': String(seconds) },
      })
    }
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      body = undefined
    }
    const parsed = parseSignup(body)
    if ('problem' in parsed) return answer(req, 400, parsed.problem)

    const { signup } = parsed
    const send = (await take(req, 'signupMails', signup.email)).allowed
      ? await register(req, signup)
      : undefined
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, MIN_ANSWER_MS - (Date.now() - started))),
    )
    if (send) {
      void send().catch((error: unknown) =>
        req.payload.logger.error({
          err: error,
          msg: `press list: mail to contact could not be sent`,
        }),
      )
    }
    return answer(req, 202, ACCEPTED)
  },
}

/** Records the sign-up and returns the mail to send (confirmation, or "already subscribed"). */
async function register(
  req: PayloadRequest,
  signup: Signup,
  retried = false,
): Promise<() => Promise<void>> {
  const { payload } = req
  const context = { [PRESS_LIST_SIGNUP]: true }
  const { docs } = await payload.find({
    collection: PRESS_CONTACTS,
    where: { email: { equals: signup.email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const existing = docs[0] as PressContact | undefined

  if (existing?.status === 'subscribed') {
    const language = mailLanguage(existing.language)
    const content = alreadySubscribedMail({
      language,
      name: existing.name,
      unsubscribeURL: unsubscribeURLFor(payload, existing.id),
    })
    return () => sendPressListMail(payload, existing, content)
  }

  const { token, hash } = newConfirmationToken()
  const expiresAt = new Date(Date.now() + pressConfirmationHours() * 60 * 60_000)
  const data = {
    name: signup.name,
    outlet: signup.outlet,
    topics: signup.topics,
    language: signup.language,
    confirmationTokenHash: hash,
    confirmationExpiresAt: expiresAt.toISOString(),
  }
  try {
    // A pending or unsubscribed contact stays so until the owner confirms this new link.
    if (existing)
      await payload.update({
        collection: PRESS_CONTACTS,
        id: existing.id,
        data,
        overrideAccess: true,
        context,
        req,
      })
    else
      await payload.create({
        collection: PRESS_CONTACTS,
        data: { ...data, email: signup.email, status: 'pending' },
        overrideAccess: true,
        context,
        req,
      })
  } catch (error) {
    // Two sign-ups of one new address at once: the second finds the first's contact.
    if (!existing && !retried) return register(req, signup, true)
    throw error
  }
  const content = confirmationMail({
    language: signup.language,
    name: signup.name,
    confirmURL: pressListURL(payload, 'confirm', token),
    expiresAt,
  })
  return async () => {
    await payload.sendEmail({
      to: signup.email,
      subject: content.subject,
      html: content.html,
      text: content.text,
    })
  }
}
