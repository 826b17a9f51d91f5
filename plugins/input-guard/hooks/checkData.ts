import type { CollectionSlug, FlattenedField, PayloadRequest, Where } from 'payload'

import { type Bilingual, joinLanguages } from '../../../src/i18n'
import type { RelationRef } from '../data'
import { inspectData } from '../data'
import { InputRefused, messages } from '../errors'
import { hasNumericIDs, isSerialID } from '../values'

/** Combines several per-field problems into one 400 that lists each, with `data.errors` for the form. */
function refuse(problems: Array<{ path: string; message: Bilingual }>): never {
  const de = problems.map((problem) => problem.message.de).join(' ')
  const en = problems.map((problem) => problem.message.en).join(' ')
  throw new InputRefused(
    { de, en },
    400,
    problems.map(({ path, message }) => ({ path, message: joinLanguages(message) })),
  )
}

/**
 * Unknown block types and blocks/arrays that are not lists: Payload drops such rows silently or
 * fails later; the sender should learn which row was wrong.
 */
export function refuseMalformedData(
  fields: FlattenedField[],
  data: unknown,
  req: PayloadRequest,
): void {
  const { blocks, shapes } = inspectData(fields, data, req.payload.config)
  const problems = [
    ...blocks.map(({ path, blockType, allowed }) => ({
      path,
      message: messages.unknownBlock(path, blockType, allowed),
    })),
    ...shapes.map(({ path, value, expected }) => ({
      path,
      message: expected ? messages.badValue(path, value, expected) : messages.invalidFields(path),
    })),
  ]
  if (problems.length) refuse(problems)
}

/**
 * Every relation in `data` must point at an existing document; otherwise PostgreSQL refuses the
 * foreign key and the sender gets a 500. One query per target collection, inside the request's
 * transaction (`req`), on the adapter: this is an existence check only, so neither access rules
 * nor hooks run, and the answer says no more than "does not exist" — which the sender can only
 * learn for ids of documents they are allowed to link anyway (writes need write access).
 */
export async function refuseMissingRelations(
  fields: FlattenedField[],
  data: unknown,
  req: PayloadRequest,
): Promise<void> {
  const { relations } = inspectData(fields, data, req.payload.config)
  if (!relations.length) return
  const problems: Array<{ path: string; message: Bilingual }> = []
  const byCollection = new Map<string, RelationRef[]>()
  for (const ref of relations) {
    if (!req.payload.collections[ref.collection as keyof typeof req.payload.collections]) {
      problems.push({
        path: ref.path,
        message: messages.missingDocument(ref.path, `${ref.collection}/${String(ref.id)}`),
      })
      continue
    }
    if (hasNumericIDs(req.payload, ref.collection) && !isSerialID(ref.id)) {
      problems.push({ path: ref.path, message: messages.missingDocument(ref.path, ref.id) })
      continue
    }
    byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref])
  }
  for (const [collection, refs] of byCollection) {
    const ids = [
      ...new Set(
        refs.map((ref) =>
          typeof ref.id === 'string' && /^-?\d+$/.test(ref.id) ? Number(ref.id) : ref.id,
        ),
      ),
    ]
    const where: Where = { id: { in: ids } }
    const { docs } = await req.payload.db.find<{ id: number | string }>({
      collection: collection as CollectionSlug,
      where,
      limit: ids.length,
      pagination: false,
      req,
      select: { id: true },
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const ref of refs) {
      if (!found.has(String(ref.id)))
        problems.push({ path: ref.path, message: messages.missingDocument(ref.path, ref.id) })
    }
  }
  if (problems.length) refuse(problems)
}
