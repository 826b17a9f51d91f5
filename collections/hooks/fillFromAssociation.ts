import type { CollectionBeforeChangeHook } from 'payload'

import type { PressRelease } from '../../payload-types'

/**
 * Press law wants a responsible person on every release, and a release must keep the
 * "Über uns" text it was published with even when the profile changes later.
 */
export const fillFromAssociation: CollectionBeforeChangeHook<PressRelease> = async ({
  data,
  originalDoc,
  req,
}) => {
  const needsResponsible = !data.responsiblePerson && !originalDoc?.responsiblePerson
  const publishingFirstTime =
    data._status === 'published' && !originalDoc?.boilerplateSnapshot && !data.boilerplateSnapshot
  if (!needsResponsible && !publishingFirstTime) return data

  const association = await req.payload.findGlobal({
    slug: 'association',
    req,
    depth: 0,
    locale: req.locale ?? undefined,
  })
  return {
    ...data,
    ...(needsResponsible && association.responsiblePerson
      ? { responsiblePerson: association.responsiblePerson }
      : {}),
    ...(publishingFirstTime && association.boilerplate
      ? { boilerplateSnapshot: association.boilerplate }
      : {}),
  }
}
