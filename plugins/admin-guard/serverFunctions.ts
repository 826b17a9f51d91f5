import type { PayloadRequest, ServerFunction, ServerFunctionHandler } from 'payload'

import { APIError, canAccessAdmin } from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import { inBothLanguages, type MessageKey, translate } from '../../src/i18n'
import { wrongArgument } from './serverFunctionArgs'
import { collectionConfig, documentTarget, mayEdit, mayPublish, type Target } from './targets'

/** The server functions Payload's admin registers (@payloadcms/next handleServerFunctions). */
export const ADMIN_SERVER_FUNCTIONS = new Set([
  'copy-data-from-locale',
  'form-state',
  'get-default-layout',
  'get-folder-results-component-and-data',
  'get-upcoming-scheduled-publish',
  'render-document',
  'render-document-slots',
  'render-field',
  'render-list',
  'render-widget',
  'schedule-publish',
  'slugify',
  'table-state',
])

/** What a refused or failed server function answers: the admin shows `error`, nothing crashes. */
export type ServerFunctionRefusal = { error: string; status: number }

const refusal = (status: number, error: string): ServerFunctionRefusal => ({ error, status })

/**
 * Our refusals are toasts in the admin: in the admin language of the user once Payload has built
 * the request (`req.t`); before that (an unknown function name) in both languages.
 */
const say =
  (req: PayloadRequest | undefined) => (key: MessageKey, vars?: Record<string, unknown>) =>
    req ? translate(req.t)(key, vars) : inBothLanguages(key, vars)

type Args = Record<string, unknown>

function requestTarget(args: Args, name: string): Target | undefined {
  if (name === 'schedule-publish') {
    if (typeof args.global === 'string') return { global: args.global }
    return documentTarget(args.doc)
  }
  if (typeof args.globalSlug === 'string') return { global: args.globalSlug }
  const id = args.id
  if (
    typeof args.collectionSlug === 'string' &&
    (typeof id === 'string' || typeof id === 'number')
  ) {
    return { collection: args.collectionSlug, id }
  }
  return undefined
}

function schedulesEnabled(req: PayloadRequest, target: Target): boolean {
  const config =
    'collection' in target
      ? collectionConfig(req, target.collection)
      : req.payload.config.globals.find((global) => global.slug === target.global)
  return Boolean(config && hasScheduledPublishEnabled(config))
}

/** A cancelled schedule must be a publishing job for the very document the request names. */
async function isScheduleOf(req: PayloadRequest, jobID: unknown, target: Target): Promise<boolean> {
  if (typeof jobID !== 'string' && typeof jobID !== 'number') return false
  const job = (await req.payload.db.findOne({
    collection: 'payload-jobs',
    req,
    where: { id: { equals: jobID } },
  })) as {
    taskSlug?: string
    input?: { doc?: unknown; global?: unknown }
  } | null
  if (job?.taskSlug !== 'schedulePublish') return false
  if ('global' in target) return job.input?.global === target.global
  const scheduled = documentTarget(job.input?.doc)
  return Boolean(
    scheduled &&
    'id' in scheduled &&
    scheduled.collection === target.collection &&
    String(scheduled.id) === String(target.id),
  )
}

/**
 * Role checks before Payload's own implementation runs. Returns the (possibly narrowed) arguments
 * or a refusal.
 */
export async function checkServerFunction(
  name: string,
  args: Args,
  req: PayloadRequest,
): Promise<{ args: Args } | { refusal: ServerFunctionRefusal }> {
  await canAccessAdmin({ req })
  const t = say(req)
  const notFound = refusal(404, t('serverFunctionNoSuchTarget'))
  const noSchedule = refusal(403, t('serverFunctionNoSchedule'))

  const wrong = wrongArgument(args, req)
  if (wrong && 'argument' in wrong)
    return {
      refusal: refusal(400, t('serverFunctionBadArgument', { argument: wrong.argument, name })),
    }
  if (wrong) return { refusal: refusal(wrong.refused.status, wrong.refused.message) }
  // A field path names its collection or global first; Payload fails with a 500 on any other.
  if (name === 'render-field' && typeof args.schemaPath === 'string') {
    const [root = ''] = args.schemaPath.split('.')
    if (
      !collectionConfig(req, root) &&
      !req.payload.config.globals.some((global) => global.slug === root)
    )
      return { refusal: notFound }
  }

  // Payload's handlers crash (500) on a slug that does not exist; answer it like REST does.
  const { collectionSlug, globalSlug } = args
  if (typeof collectionSlug === 'string' && !collectionConfig(req, collectionSlug))
    return { refusal: notFound }
  if (
    typeof globalSlug === 'string' &&
    !req.payload.config.globals.some((global) => global.slug === globalSlug)
  ) {
    return { refusal: notFound }
  }

  if (name === 'schedule-publish' || name === 'get-upcoming-scheduled-publish') {
    const target = requestTarget(args, name)
    // Scheduling publishes (or unpublishes) later, so it takes the right to publish now.
    if (!target || !schedulesEnabled(req, target) || !(await mayPublish(req, target)))
      return { refusal: noSchedule }
    if (
      name === 'schedule-publish' &&
      args.deleteID !== undefined &&
      !(await isScheduleOf(req, args.deleteID, target))
    ) {
      return { refusal: noSchedule }
    }
  }

  if (name === 'form-state' && (args.returnLockStatus || args.updateLastEdited)) {
    const target = requestTarget(args, name)
    // Payload writes the edit lock for form-state without an access check; only editors of the
    // document may hold (or learn about) its lock. Read-only viewers get their form without one.
    if (target && !(await mayEdit(req, target))) {
      return { args: { ...args, returnLockStatus: false, updateLastEdited: false } }
    }
  }
  return { args }
}

/**
 * Next's `redirect()`/`notFound()` inside a server function: Payload's render-document sends a
 * document that does not exist (or a malformed id) to its list with `?notFound=` this way.
 */
const isNotFoundNavigation = (error: unknown) => {
  const digest = (error as { digest?: unknown } | undefined)?.digest
  return (
    typeof digest === 'string' &&
    (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') ||
      /^NEXT_REDIRECT;.*[?&]notFound=/.test(digest))
  )
}

function answerError(error: unknown, req: PayloadRequest | undefined): ServerFunctionRefusal {
  if (isNotFoundNavigation(error)) {
    req?.payload.logger.info({ msg: 'server function: document not found' })
    return refusal(404, say(req)('serverFunctionGone'))
  }
  const status = error instanceof APIError ? error.status : 500
  if (status < 500) {
    // Expired sessions and refused requests are expected, not server errors.
    req?.payload.logger.info({ msg: `server function refused: ${(error as Error).message}` })
    return refusal(status, (error as Error).message)
  }
  if (req) req.payload.logger.error({ err: error, msg: 'server function failed' })
  else console.error('server function failed', error)
  return refusal(500, say(req)('serverFunctionFailed'))
}

/**
 * Wraps Payload's server-function handler (the one the admin layout passes to RootLayout): each
 * call is checked against the requester's roles before Payload runs it, and errors come back as
 * `{ error, status }` instead of crashing the server action. The check runs inside a
 * `serverFunctions` override so it sees the very request Payload built (same user, same i18n).
 */
export function guardServerFunctions(handle: ServerFunctionHandler): ServerFunctionHandler {
  return async (call) => {
    const { name } = call
    if (!ADMIN_SERVER_FUNCTIONS.has(name))
      return refusal(400, inBothLanguages('serverFunctionUnknown'))
    let req: PayloadRequest | undefined
    const checked: ServerFunction = async ({ req: built }) => {
      req = built
      const result = await checkServerFunction(name, call.args ?? {}, built)
      if ('refusal' in result) return result.refusal
      // Without the override map Payload dispatches to its own implementation of `name`.
      return handle({ ...call, args: result.args, serverFunctions: undefined })
    }
    try {
      return await handle({ ...call, serverFunctions: { [name]: checked } })
    } catch (error) {
      return answerError(error, req)
    }
  }
}
