/**
 * Problems a hook finds across fields (an end before the start, a past Sperrfrist, an unusable
 * slug) are reported together with every other invalid field in ONE ValidationError, not one per
 * save: a hook hands them to field validation (`reportProblems`), and the field at the problem's
 * path returns it from its `validate` (`withReportedProblems`). A draft save validates no field:
 * there `refuseUnreportedProblems` (afterChange, inside the transaction) refuses the save with them.
 */
import type {
  CollectionAfterChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
  Validate,
} from 'payload'

import { ValidationError } from 'payload'

/** `label` names the field in the headline of a draft save's error (field validation uses the field's own). */
export type Problem = { path: string; message: string; label?: Record<string, string> | string }

const KEY = 'reportedProblems'

type Waiting = Map<string, Map<string, Problem[]>>

/** Problems waiting for their field's validation: per collection, per check, for this request. */
function waiting(req: PayloadRequest): Waiting {
  const context = req.context as Record<string, unknown>
  const map = (context[KEY] as Waiting | undefined) ?? new Map<string, Map<string, Problem[]>>()
  context[KEY] = map
  return map
}

const pending = (req: PayloadRequest, slug: string): Problem[] =>
  [...(waiting(req).get(slug)?.values() ?? [])].flat()

/**
 * Reports `problems` of the document being saved. They join the save's field validation, so the
 * answer names them with every other invalid field; a save that validates no field (a draft) or
 * whose field did not validate them is refused by `refuseUnreportedProblems` before its commit.
 * (A hook cannot tell a draft save from a published one: `_status` defaults to "draft".)
 * A check calls it on every save, with no problems too: that replaces what it reported for an
 * earlier save in the same request.
 */
export function reportProblems(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  check: string,
  problems: Problem[],
): void {
  const map = waiting(req)
  const checks = map.get(collection.slug) ?? new Map<string, Problem[]>()
  map.set(collection.slug, checks)
  if (problems.length) checks.set(check, problems)
  else checks.delete(check)
}

/**
 * A field's `validate` (its own, else Payload's for the type) that returns the problem a hook
 * reported at this field's path first. Runs on the server only, as every `validate` in the admin does.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withReportedProblems<T extends Validate<any, any, any, any>>(validate: T): T {
  const wrapped: Validate<unknown, unknown, unknown, object> = async (value, args) => {
    const slug = args.collectionSlug
    const path = args.path.join('.')
    let reported: Problem | undefined
    for (const list of slug ? (waiting(args.req).get(slug)?.values() ?? []) : []) {
      const index = list.findIndex((problem) => problem.path === path)
      if (index >= 0) reported = list.splice(index, 1)[0]
    }
    // The hook's message is the more specific one ("nur Pressestelle …" rather than "Pflichtfeld").
    if (reported) return reported.message
    return validate(value, args as Parameters<T>[1])
  }
  return wrapped as T
}

/**
 * The last word, first among the collection's afterChange hooks: a reported problem no field
 * validation returned (a draft save, a field hidden by its condition) refuses the save; thrown
 * before the transaction commits, so nothing is stored and no later hook (mail, webhook) runs.
 */
export const refuseUnreportedProblems: CollectionAfterChangeHook = ({ collection, req }) => {
  const left = pending(req, collection.slug)
  waiting(req).delete(collection.slug)
  if (left.length)
    throw new ValidationError({ collection: collection.slug, errors: left, req }, req.t)
}
