import type { Association, Photo } from '../../../payload-types'
import type { Organization, OrganizationRef } from '../schema'
import { type ImageContext, imageObject } from './image'

/** Public profile links: the website first, then the social profiles, each once. */
export function profileLinks(
  website: string | null | undefined,
  socialLinks: Association['socialLinks'],
): string[] {
  return [
    ...new Set(
      [website, ...(socialLinks ?? []).map((link) => link.url)].filter((url): url is string =>
        Boolean(url?.trim()),
      ),
    ),
  ]
}

/**
 * The association as publisher, author and organizer, from the public Vereinsprofil: name, website,
 * logo (when the reader may see that photo) and its profiles (`sameAs`).
 */
export function associationNode(
  association: Association,
  logo: Photo | undefined,
  images: ImageContext,
): Organization {
  const website = association.website?.trim() || undefined
  const logoImage = logo ? imageObject(logo, images) : null
  const sameAs = profileLinks(undefined, association.socialLinks)
  return {
    '@type': 'Organization',
    '@id': website ? `${website.replace(/\/+$/, '')}/#organization` : undefined,
    name: association.name,
    url: website,
    legalName: association.name,
    foundingDate: association.founded ? String(association.founded) : undefined,
    logo: logoImage ?? undefined,
    sameAs: sameAs.length ? sameAs : undefined,
    address: association.seat
      ? { '@type': 'PostalAddress', addressLocality: association.seat, addressCountry: 'DE' }
      : undefined,
  }
}

/** The short form inside another node (a member's `memberOf`). */
export const associationRef = (association: Association): OrganizationRef => ({
  '@type': 'Organization',
  name: association.name,
  url: association.website?.trim() || undefined,
})
