import type { CollectionSlug, Field, FieldHook, PayloadRequest, Where } from 'payload'

import { ValidationError } from 'payload'

import type { Event, Member, PressRelease, Project, Venue } from '../../payload-types'
import { userHasRole } from '../access/roles'
import { translate } from '../i18n'
import { slugify, slugOrFallback, withSuffix } from '../lib/slugify'
import { type Problem, reportProblems, withReportedProblems } from './problems'

/** The collections with a slug: this field and its hook are shared by all of them. */
type Slugged = Event | Member | PressRelease | Project | Venue
/** Where the slug is generated from: a title (collections with drafts) or a name. */
type SourceField = 'title' | 'name'

/**
 * What the hook reads of any of them: the slug fields they all have, the publication fields of
 * those with drafts and the source field. A partial merge, since a hook's `data` is partial too.
 */
type SlugDoc = Partial<
  Pick<Slugged, 'id' | 'slug' | 'previousSlugs'> &
    Pick<Event | PressRelease | Project, 'title' | 'firstPublishedAt' | '_status'> &
    Pick<Member | Venue, 'name'>
>

const MAX_ATTEMPTS = 100

/** Once a URL has been public, links to it exist: the slug stays even when the title changes. */
function wasPublished(doc: SlugDoc | undefined, collectionHasDrafts: boolean): boolean {
  if (!doc?.id) return false
  if (!collectionHasDrafts) return true
  return Boolean(doc.firstPublishedAt) || doc._status === 'published'
}

async function isTaken(
  req: PayloadRequest,
  collection: CollectionSlug,
  slug: string,
  ownID?: number | string,
): Promise<boolean> {
  const clauses: Where[] = [
    { or: [{ slug: { equals: slug } }, { 'previousSlugs.slug': { equals: slug } }] },
  ]
  if (ownID !== undefined) clauses.push({ id: { not_equals: ownID } })
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: clauses },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function firstFreeSlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  base: string,
  ownID?: number | string,
) {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const candidate = withSuffix(base, attempt)
    if (!(await isTaken(req, collection, candidate, ownID))) return candidate
  }
  throw new ValidationError(
    { errors: [{ path: 'slug', message: translate(req.t)('slugExhausted', { base }) }], req },
    req.t,
  )
}

/** "press-releases" → "press-release": the prefix of a slug for a title that has no Latin form. */
const singular = (collection: string): string => collection.replace(/s$/, '')

/** A slug that was generated from the title (possibly with a collision suffix) keeps following it until publication. */
const followsTitle = (slug: string, title: unknown, prefix: string): boolean => {
  if (typeof title !== 'string') return false
  const generated = slugOrFallback(title, prefix)
  return generated !== '' && (slug === generated || slug.startsWith(`${generated}-`))
}

const explicitSlugMessage = (typed: string): string => {
  const requested = typed.slice(0, 60)
  return (
    `Der Slug „${requested}“ enthält nichts, was in einer Adresse stehen kann; bitte lateinische Buchstaben oder Ziffern verwenden. / ` +
    `The slug "${requested}" contains nothing that can appear in an address; please use Latin letters or digits.`
  )
}

const makeSlugHook =
  (sourceField: SourceField): FieldHook =>
  async (args) => {
    const { value, req, collection } = args
    const data = args.data as SlugDoc | undefined
    const siblingData = args.siblingData as SlugDoc | undefined
    const originalDoc = args.originalDoc as SlugDoc | undefined
    if (!collection) return value
    // Reported with every other invalid field of the save (src/fields/problems.ts); a new call
    // replaces what an earlier save in the same request reported.
    const report = (problems: Problem[]) => reportProblems(req, collection, 'slug', problems)
    report([])
    const collectionSlug = collection.slug as CollectionSlug
    const prefix = singular(collectionSlug)
    const hasDrafts = Boolean(collection.versions?.drafts)
    const current = originalDoc?.slug ?? undefined
    const frozen = wasPublished(originalDoc, hasDrafts)
    const requested = typeof value === 'string' ? value.trim() : ''
    const explicitChange = requested !== '' && requested !== current

    let base: string
    if (explicitChange) {
      if (frozen && req.user && !userHasRole(req.user, 'admin', 'press')) {
        report([
          {
            path: 'slug',
            message:
              'Der Slug ist seit der Veröffentlichung fest; nur Pressestelle oder Administration können ihn ändern. / ' +
              'The slug is fixed since publication; only the press office or an administrator can change it.',
          },
        ])
        return current ?? null
      }
      base = slugify(requested)
      // Never store a typed slug as it is ("!!!", "東京"): say what an address may contain.
      if (!base) {
        report([{ path: 'slug', message: explicitSlugMessage(requested) }])
        return current ?? null
      }
    } else {
      const defaultLocale = req.payload.config.localization
        ? req.payload.config.localization.defaultLocale
        : undefined
      const titleIsDefaultLocale =
        !defaultLocale || !req.locale || req.locale === defaultLocale || !originalDoc
      if (
        current &&
        (frozen ||
          !titleIsDefaultLocale ||
          !followsTitle(current, originalDoc?.[sourceField], prefix))
      )
        return current
      const title = data?.[sourceField] ?? originalDoc?.[sourceField]
      // Any script transliterates; a name with no Latin form at all still gets a stable slug.
      base = typeof title === 'string' ? slugOrFallback(title, prefix) : ''
    }
    if (!base) return current ?? value

    const slug =
      base === current ? current : await firstFreeSlug(req, collectionSlug, base, originalDoc?.id)
    if (frozen && current && slug !== current && siblingData) {
      const kept = (originalDoc?.previousSlugs ?? []).filter(
        (entry) => entry.slug && entry.slug !== slug,
      )
      siblingData.previousSlugs = [...kept, { slug: current }]
    }
    return slug
  }

const requireSlug = (value: unknown, { req }: { req: PayloadRequest }): true | string =>
  typeof value === 'string' && value.length > 0 ? true : translate(req.t)('slugMissing')

/** What the help text names as the slug's source, and when the slug stops following it. */
export type SlugSource = { de: string; en: string; fixed: { de: string; en: string } }

const FIXED_ONCE_PUBLISHED = {
  de: 'Nach der Veröffentlichung bleibt er fest.',
  en: 'Fixed once published.',
}
// Without drafts a document is public (published) from its first save on: see wasPublished.
const FIXED_ONCE_SAVED = {
  de: 'Nach dem ersten Speichern bleibt er fest.',
  en: 'Fixed once saved.',
}

export const SOURCES = {
  title: { de: 'dem Titel', en: 'the title', fixed: FIXED_ONCE_PUBLISHED },
  /** Members and venues: named, and without drafts. */
  name: { de: 'dem Namen', en: 'the name', fixed: FIXED_ONCE_SAVED },
} satisfies Record<string, SlugSource>

type SlugFieldOptions = { sourceField?: SourceField; source?: SlugSource }

/**
 * The URL segment of a document, the same for every collection: generated from `sourceField`
 * with German transliteration of any script (a name with no Latin form gets "<singular>-<hash>"), unique in its collection (suffix on collision), frozen once
 * published, and with the slugs it had before kept so frontends can redirect old links.
 */
export function slugField({
  sourceField = 'title',
  source = SOURCES.title,
}: SlugFieldOptions = {}): Field[] {
  return [
    {
      name: 'slug',
      type: 'text',
      label: { de: 'Slug (URL)', en: 'Slug (URL)' },
      index: true,
      unique: true,
      // Not `required`: GraphQL would then demand it in every create; it is always filled by the hook.
      validate: withReportedProblems(requireSlug),
      hooks: { beforeValidate: [makeSlugHook(sourceField)] },
      admin: {
        position: 'sidebar',
        description: {
          de: `Wird aus ${source.de} erzeugt (ä → ae, ß → ss, jede Schrift in lateinischen Buchstaben). ${source.fixed.de}`,
          en: `Generated from ${source.en} (ä → ae, ß → ss, any script in Latin letters). ${source.fixed.en}`,
        },
      },
    },
    {
      name: 'previousSlugs',
      type: 'array',
      // One generated type for every collection with a slug (TypeScript and GraphQL).
      interfaceName: 'PreviousSlugs',
      label: { de: 'Frühere Slugs', en: 'Previous slugs' },
      labels: {
        singular: { de: 'Früherer Slug', en: 'Previous slug' },
        plural: { de: 'Frühere Slugs', en: 'Previous slugs' },
      },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          de: 'Alte Adressen, damit Links weiterleiten können.',
          en: 'Old addresses, so that links can redirect.',
        },
      },
      fields: [{ name: 'slug', type: 'text', index: true }],
    },
  ]
}
