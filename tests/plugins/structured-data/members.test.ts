/**
 * A member's portrait page embeds `Person`/`Organization` JSON-LD built only from what an anonymous
 * reader may read: without consent there is nothing, and contact details the member keeps for
 * members (or hidden) never reach the markup, whoever asks.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createContent, marker } from '../../helpers/content'
import { bootPayload, type TestContext } from '../../helpers/payload'
import { createUser, type TestUser } from '../../helpers/users'
import { expectJsonLd, expectRefusal } from './richResults'

let ctx: TestContext
let editor: TestUser
let memberUser: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  editor = await createUser(ctx.payload, ctx.api, ['editor'])
  memberUser = await createUser(ctx.payload, ctx.api, ['member'])
})

async function consentingMember(data: Record<string, unknown> = {}) {
  const portrait = await createContent(ctx.payload, 'photos', {
    credit: 'Jürgen Müller',
    copyrightHolder: '© 2025 Jürgen Müller',
    releasedForPublic: true,
  })
  const secret = {
    email: `${marker('public')}@example.org`,
    phone: `+49 201 ${Date.now() % 1_000_000}`,
    address: marker('Geheimstraße'),
  }
  const member = await createContent(ctx.payload, 'members', {
    kind: 'freelancer',
    disciplines: ['design', 'art'],
    city: 'bochum',
    portrait: portrait.id,
    website: 'https://example.org/atelier',
    socialLinks: [{ network: 'instagram', url: 'https://www.instagram.com/atelier' }],
    consent: { given: true },
    contact: {
      ...secret,
      emailVisibility: 'public',
      phoneVisibility: 'members',
      addressVisibility: 'hidden',
    },
    ...data,
  })
  return { member, portrait, secret }
}

describe('Person / Organization JSON-LD of a member', () => {
  it('a consenting freelancer is a Person with disciplines, city, portrait credit and public links', async () => {
    const { member, secret } = await consentingMember()
    const json = expectJsonLd(await ctx.api.get(`/members/slug/${member.slug}/jsonld`))
    expect(json).toMatchObject({
      '@type': 'Person',
      name: member.name,
      url: `https://kreativeklasse.ruhr/mitglieder/${member.slug}`,
      knowsAbout: ['Design', 'Kunst'],
      address: { '@type': 'PostalAddress', addressLocality: 'Bochum', addressCountry: 'DE' },
      sameAs: ['https://example.org/atelier', 'https://www.instagram.com/atelier'],
      email: secret.email,
      memberOf: { '@type': 'Organization', name: 'Kreative Klasse e.V.' },
      image: {
        '@type': 'ImageObject',
        creditText: 'Jürgen Müller',
        creator: { '@type': 'Person', name: 'Jürgen Müller' },
        copyrightNotice: '© 2025 Jürgen Müller',
      },
    })
    expect(expectJsonLd(await ctx.api.get(`/members/${member.id}/jsonld`))).toEqual(json)
    expect(
      expectJsonLd(await ctx.api.get(`/members/${member.id}/jsonld?locale=en`)).knowsAbout,
    ).toEqual(['Design', 'Art'])
  })

  it('a members-only or hidden contact detail never appears: not for the public, not for a logged-in member, not for staff', async () => {
    const { member, secret } = await consentingMember()
    for (const token of [undefined, memberUser.token, editor.token]) {
      const text = JSON.stringify(
        expectJsonLd(await ctx.api.get(`/members/${member.id}/jsonld`, { token })),
      )
      expect(text).toContain(secret.email)
      expect(text).not.toContain(secret.phone)
      expect(text).not.toContain(secret.address)
      expect(text).not.toContain('consent')
    }
  })

  it('a member without consent is 404, exactly like a member that does not exist', async () => {
    const hidden = await createContent(ctx.payload, 'members', { consent: { given: false } })
    const byID = await ctx.api.get(`/members/${hidden.id}/jsonld`)
    expectRefusal(byID, 404)
    expect(byID.body).toEqual((await ctx.api.get('/members/2147483000/jsonld')).body)
    expectRefusal(await ctx.api.get(`/members/slug/${hidden.slug}/jsonld`), 404)
    expect(JSON.stringify(byID.body)).not.toContain(String(hidden.name))
  })

  it('a firm is an Organization; a withdrawn portrait is left out', async () => {
    const { member, portrait } = await consentingMember({ kind: 'company' })
    expect(expectJsonLd(await ctx.api.get(`/members/${member.id}/jsonld`))['@type']).toBe(
      'Organization',
    )
    await ctx.payload.update({
      collection: 'photos',
      id: portrait.id,
      data: { withdrawn: true },
      overrideAccess: true,
    })
    expect(expectJsonLd(await ctx.api.get(`/members/${member.id}/jsonld`)).image).toBeUndefined()
  })
})
