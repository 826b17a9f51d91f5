import type { Member, Photo } from '../../../payload-types'
import { cityOptions, DISCIPLINES } from '../../../src/fields/options'
import { paragraphsOf } from '../../../src/lib/lexical'
import type { Locale } from '../read'
import type { OrganizationRef, ProfileNode } from '../schema'
import { type ImageContext, imageObject } from './image'
import { profileLinks } from './organization'

export type ProfileInput = {
  /** The member exactly as the requester may read it (field access applied). */
  member: Member
  url: string
  locale: Locale
  portrait: Photo | undefined
  images: ImageContext
  association: OrganizationRef
}

const labelIn = (label: string | Record<string, string>, locale: Locale): string =>
  typeof label === 'string' ? label : (label[locale] ?? label.de ?? '')

function cityName(member: Member): string | undefined {
  if (member.city === 'other') return member.otherCity?.trim() || undefined
  const option = cityOptions.find((candidate) => candidate.value === member.city)
  return option ? labelIn(option.label, 'de') : undefined
}

/**
 * A member's public portrait as `Person` (freelancers) or `Organization` (firms, institutions):
 * name, disciplines, city, portrait, bio, links. Contact details appear only when the member made
 * them public — "members only" is never part of markup meant for every page visitor, whoever asks.
 */
export function profileNode({
  member,
  url,
  locale,
  portrait,
  images,
  association,
}: ProfileInput): ProfileNode {
  const knowsAbout = (member.disciplines ?? []).flatMap((value) => {
    const option = DISCIPLINES.find((candidate) => candidate.value === value)
    return option ? [labelIn(option.label, locale)] : []
  })
  const city = cityName(member)
  const sameAs = profileLinks(member.website, member.socialLinks)
  const contact = member.contact
  const image = portrait ? imageObject(portrait, images) : null
  return {
    '@type': member.kind === 'freelancer' ? 'Person' : 'Organization',
    '@id': `${url}#${member.kind === 'freelancer' ? 'person' : 'organization'}`,
    name: member.name,
    url,
    description: paragraphsOf(member.bio).join('\n\n').trim() || undefined,
    knowsAbout: knowsAbout.length ? knowsAbout : undefined,
    address: city
      ? { '@type': 'PostalAddress', addressLocality: city, addressCountry: 'DE' }
      : undefined,
    image: image ?? undefined,
    sameAs: sameAs.length ? sameAs : undefined,
    email: contact?.emailVisibility === 'public' ? contact.email?.trim() || undefined : undefined,
    telephone:
      contact?.phoneVisibility === 'public' ? contact.phone?.trim() || undefined : undefined,
    memberOf: association,
  }
}
