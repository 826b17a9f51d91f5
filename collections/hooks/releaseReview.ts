import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { PressRelease } from '../../payload-types'
import { userHasRole } from '../../src/access/roles'
import { l } from '../../src/fields/labels'
import { type MessageKey, translate } from '../../src/i18n'
import { reviewMail } from '../../src/lib/review/mail'

type Review = NonNullable<PressRelease['review']>

const CLEARED: Review = { status: 'none', comment: null, submittedBy: null, submittedAt: null }
const NOTIFY = 'releaseReviewNotify'

function refuse(req: PayloadRequest, path: string, message: MessageKey): never {
  throw new ValidationError(
    { errors: [{ path, label: l('Freigabe', 'Review'), message: translate(req.t)(message) }], req },
    req.t,
  )
}

/**
 * The review's moves: staff submit ("Zur Freigabe"), only press/admin return (with a comment), and
 * publishing approves, which clears the review. Runs after field access, so who submitted and when
 * are stamped here from the request's user, never taken from the request body.
 */
export const guardReview: CollectionBeforeChangeHook<PressRelease> = ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status === 'published') return { ...data, review: CLEARED }
  const before: Review = originalDoc?.review ?? CLEARED
  const review: Review = { ...before, ...data.review }
  const from = before.status ?? 'none'
  const to = review.status ?? 'none'
  if (to === from) return { ...data, review }
  const isPress = userHasRole(req.user, 'admin', 'press')
  if (to === 'returned') {
    if (req.user && !isPress) {
      refuse(req, 'review.status', 'reviewOnlyPressReturns')
    }
    if (!review.comment?.trim()) {
      refuse(req, 'review.comment', 'reviewCommentMissing')
    }
  }
  if (to === 'submitted') {
    review.submittedBy = req.user?.collection === 'users' ? req.user.id : null
    review.submittedAt = new Date().toISOString()
    review.comment = null
  }
  if (to === 'submitted' || to === 'returned') (req.context as Record<string, unknown>)[NOTIFY] = to
  return { ...data, review }
}

/**
 * Tells the other side: a submit mails the press office, a return mails whoever submitted. A mail
 * that cannot be sent is logged and never undoes the save (the dashboards show the review anyway).
 */
export const notifyReview: CollectionAfterChangeHook<PressRelease> = async ({ doc, req }) => {
  const context = req.context as Record<string, unknown>
  const move = context[NOTIFY] as 'submitted' | 'returned' | undefined
  if (!move) return doc
  delete context[NOTIFY]
  try {
    const recipients = await reviewRecipients(req, doc, move)
    for (const recipient of recipients) {
      const mail = reviewMail(req, doc, move, recipient)
      await req.payload.sendEmail({
        to: recipient.email,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
      })
    }
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `review mail for press release ${doc.id} not sent`,
    })
  }
  return doc
}

type Recipient = { email: string; name?: string | null }

/** Mailing needs the addresses of other users, which the sender may not read: a system read. */
async function reviewRecipients(
  req: PayloadRequest,
  doc: PressRelease,
  move: 'submitted' | 'returned',
): Promise<Recipient[]> {
  if (move === 'submitted') {
    // The press office; without one (a small association), the administrators decide.
    for (const role of ['press', 'admin'] as const) {
      const { docs } = await req.payload.find({
        collection: 'users',
        where: { roles: { in: [role] } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      if (docs.length) return docs.map((user) => ({ email: user.email, name: user.name }))
    }
    return []
  }
  const submitter = doc.review?.submittedBy
  const id = typeof submitter === 'object' && submitter !== null ? submitter.id : submitter
  if (id === undefined || id === null) return []
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return user ? [{ email: user.email, name: user.name }] : []
}
