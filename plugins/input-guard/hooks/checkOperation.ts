import type {
  CollectionBeforeOperationHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { InputRefused, messages } from '../errors'
import { versionFields } from '../fields'
import {
  checkPagingArgs,
  checkPath,
  checkPopulate,
  checkRawQuery,
  checkSelect,
  checkSort,
} from '../params'
import { containsNul, hasNumericIDs, isSerialID } from '../values'
import type { WhereLimits } from '../where'
import { checkWhere } from '../where'

type OperationArgs = {
  id?: unknown
  where?: unknown
  page?: unknown
  limit?: unknown
  sort?: unknown
  select?: unknown
  populate?: unknown
  field?: unknown
}

/** The id as the sender typed it: Payload has already turned `abc` into NaN and `1%00` into 1. */
function rawID(req: PayloadRequest, slug: string): unknown {
  const params = req.routeParams as { collection?: string; id?: unknown } | undefined
  return req.payloadAPI === 'REST' && params?.collection === slug ? params.id : undefined
}

/**
 * Checks every argument of a collection operation before Payload turns it into SQL: ids, `where`,
 * paging, sort, select, populate and, for REST, the raw query string.
 */
export const checkCollectionOperation =
  (limits: WhereLimits): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (req.payloadAPI === 'local') return args
    const operationArgs = args as OperationArgs
    const { payload } = req
    if (req.payloadAPI === 'REST') checkRawQuery(req)

    const raw = rawID(req, collection.slug)
    const id = raw ?? operationArgs.id
    if (id !== undefined && hasNumericIDs(payload, collection.slug) && !isSerialID(id)) {
      throw new InputRefused(messages.invalidID(id), 404)
    }

    // Payload reports version reads as `read` too, so paths of both kinds are accepted:
    // the document's own fields first, then the version table's (`version.*`, `parent`, `latest`).
    const fields = collection.versions
      ? [...collection.flattenedFields, ...versionFields(collection)]
      : collection.flattenedFields
    if (operationArgs.where) {
      if (containsNul(operationArgs.where)) throw new InputRefused(messages.nulByte('where'))
      checkWhere(operationArgs.where, { payload, fields, slug: collection.slug, limits })
    }
    checkPagingArgs(operationArgs)
    const scope = { req, fields, slug: collection.slug }
    checkSort(operationArgs.sort, scope)
    checkSelect(operationArgs.select, scope)
    checkPopulate(operationArgs.populate, req)
    if (operation === 'readDistinct') {
      const field = operationArgs.field
      if (typeof field !== 'string' || !field)
        throw new InputRefused(messages.unknownField('field', String(field ?? '')))
      checkPath('field', field, { ...scope, fields: collection.flattenedFields })
    }
    return args
  }

/** Globals have no ids or where; their REST reads still carry locale, depth and draft. */
export const checkGlobalOperation: GlobalBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI === 'REST') checkRawQuery(req)
  return args
}
