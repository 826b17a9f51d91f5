import type { Payload, PayloadRequest } from 'payload'

import { buildEditorState } from '@payloadcms/richtext-lexical'

import { berlinTime } from '../lib/berlin'
import { richTextFromMarkdown } from '../lib/richtext/markdown'
import { seedRelease } from './release'
import { standInGroupPhoto } from './standInPhoto'

type Req = Partial<PayloadRequest>

export const SEED_PHOTO_FILENAME = 'gruppenfoto-kreative-klasse.jpg'

const BOILERPLATE_DE =
  'Der Kreative Klasse e.V. ist der Berufsverband für Kultur- und Kreativschaffende im Ruhrgebiet. ' +
  'Seit 2011 verbindet der Verband mit Sitz in Essen rund 120 Freischaffende, Firmen und Institutionen ' +
  'aus Architektur, Design, Kommunikation, Kunst und Kultur.'
const BOILERPLATE_EN =
  'Kreative Klasse e.V. is the professional association of cultural and creative workers in the Ruhr area. ' +
  'Based in Essen since 2011, it connects about 120 freelancers, firms and institutions from architecture, ' +
  'design, communication, art and culture.'

async function findOne(
  payload: Payload,
  req: Req,
  collection: 'members' | 'venues' | 'events' | 'projects' | 'press-releases',
  slug: string,
) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    req,
    draft: true,
  })
  return docs[0]
}

async function ensureMember(payload: Payload, req: Req) {
  const existing = await findOne(payload, req, 'members', 'oliver-koschmieder')
  if (existing) return existing
  return payload.create({
    collection: 'members',
    req,
    data: {
      name: 'Oliver Koschmieder',
      kind: 'freelancer',
      disciplines: ['communication'],
      city: 'essen',
      boardRole: 'Vorstand',
      bio: buildEditorState({
        text: 'Gebürtiger Dortmunder, Vorstandsmitglied des Kreative Klasse e.V.',
      }),
      website: 'https://kreativeklasse.ruhr',
      consent: { given: true },
      contact: {
        emailVisibility: 'hidden',
        phoneVisibility: 'hidden',
        addressVisibility: 'hidden',
      },
    },
  })
}

async function ensurePhoto(payload: Payload, req: Req, caption: string, memberID: number) {
  const { docs } = await payload.find({
    collection: 'photos',
    where: { filename: { like: 'gruppenfoto-kreative-klasse' } },
    limit: 1,
    depth: 0,
    req,
  })
  if (docs[0]) return docs[0]
  const data = await standInGroupPhoto()
  return payload.create({
    collection: 'photos',
    req,
    data: {
      alt: 'Gruppenfoto: Mitglieder des Kreative Klasse e.V. bei einem monatlichen Treffen',
      caption,
      credit: 'Kreative Klasse e.V.',
      copyrightHolder: 'Kreative Klasse e.V.',
      licence: 'editorial-with-credit',
      licenceNote: 'Platzhalterbild für die Demo-Inhalte',
      place: 'Essen',
      peopleShown: [memberID],
      legalBasis: 'consent',
    },
    file: { data, mimetype: 'image/jpeg', name: SEED_PHOTO_FILENAME, size: data.length },
  })
}

async function ensureVenue(
  payload: Payload,
  req: Req,
  slug: string,
  data: {
    name: string
    street: string
    postalCode: string
    city: string
    latitude: number
    longitude: number
    accessibility: string
  },
) {
  const existing = await findOne(payload, req, 'venues', slug)
  if (existing) return existing
  const { latitude, longitude, ...rest } = data
  return payload.create({
    collection: 'venues',
    req,
    data: { ...rest, slug, geo: { latitude, longitude } },
  })
}

export async function seedContent(payload: Payload, req: Req) {
  const release = seedRelease()
  const member = await ensureMember(payload, req)

  await payload.updateGlobal({
    slug: 'association',
    req,
    locale: 'de',
    data: {
      name: 'Kreative Klasse e.V.',
      founded: 2011,
      seat: 'Essen',
      board: [member.id],
      boilerplate: BOILERPLATE_DE,
      responsiblePerson: 'Oliver Koschmieder (Vorstand)',
      website: 'https://kreativeklasse.ruhr',
      legalNotice: { address: 'Kreative Klasse e.V.\nEssen', representedBy: 'Der Vorstand' },
    },
  })
  // Its own request: a `locale` passed with a shared `req` would switch every later call to English.
  await payload.updateGlobal({
    slug: 'association',
    locale: 'en',
    data: { boilerplate: BOILERPLATE_EN },
  })

  const photo = await ensurePhoto(payload, req, release.caption, member.id)

  const zollverein = await ensureVenue(payload, req, 'zeche-zollverein', {
    name: 'Zeche Zollverein',
    street: 'Gelsenkirchener Str. 181',
    postalCode: '45309',
    city: 'Essen',
    latitude: 51.4863,
    longitude: 7.0419,
    accessibility: 'Stufenloser Zugang über den Haupteingang.',
  })
  const dortmunderU = await ensureVenue(payload, req, 'dortmunder-u', {
    name: 'Dortmunder U',
    street: 'Leonie-Reygers-Terrasse',
    postalCode: '44137',
    city: 'Dortmund',
    latitude: 51.5157,
    longitude: 7.4545,
    accessibility: 'Aufzüge in alle Etagen.',
  })

  const project =
    (await findOne(payload, req, 'projects', 'klasse-vernetzt')) ??
    (await payload.create({
      collection: 'projects',
      req,
      data: {
        title: 'Klasse vernetzt',
        slug: 'klasse-vernetzt',
        summary: 'Impulse für die Vernetzung und Imagebildung der Kreativwirtschaft im Ruhrgebiet.',
        projectStatus: 'running',
        members: [member.id],
        heroPhoto: photo.id,
        layout: [
          {
            blockType: 'richText',
            content: buildEditorState({
              text: '„Klasse vernetzt“ gibt Impulse für die Vernetzung und Imagebildung der Kreativwirtschaft im Ruhrgebiet.',
            }),
          },
          {
            blockType: 'quote',
            quote: 'Wir sind eine Initiative aus dem Ruhrgebiet und für das Ruhrgebiet.',
            attribution: 'Oliver Koschmieder',
            member: member.id,
          },
        ],
        _status: 'published',
      },
    }))
  if (!(await findOne(payload, req, 'projects', 'werkstattgespraeche'))) {
    await payload.create({
      collection: 'projects',
      req,
      data: {
        title: 'Werkstattgespräche',
        parent: project.id,
        summary: 'Mitglieder öffnen ihre Ateliers und Büros.',
        projectStatus: 'planned',
        _status: 'published',
      },
    })
  }

  const festival =
    (await findOne(payload, req, 'events', 'extraklasse-2027')) ??
    (await payload.create({
      collection: 'events',
      req,
      data: {
        title: 'Extraklasse 2027',
        slug: 'extraklasse-2027',
        kind: 'festival',
        start_tz: 'Europe/Berlin',
        start: berlinTime('2027-06-10T10:00').toISOString(),
        end: berlinTime('2027-06-13T22:00').toISOString(),
        venues: [zollverein.id, dortmunderU.id],
        admission: { free: true },
        project: project.id,
        description: buildEditorState({
          text: 'Vier Tage Kreativwirtschaft in verschiedenen Locations im Ruhrgebiet: Workshops und Diskussionsrunden.',
        }),
        program: [
          {
            title: 'Eröffnung',
            start: berlinTime('2027-06-10T10:00').toISOString(),
            end: berlinTime('2027-06-10T11:00').toISOString(),
            venue: zollverein.id,
            speakers: [member.id],
          },
          {
            title: 'Workshop: Die eigene .ruhr-Domain',
            start: berlinTime('2027-06-11T14:00').toISOString(),
            end: berlinTime('2027-06-11T17:00').toISOString(),
            venue: dortmunderU.id,
          },
          {
            title: 'Diskussionsrunde: Kreativwirtschaft im Revier',
            start: berlinTime('2027-06-12T19:00').toISOString(),
            end: berlinTime('2027-06-12T21:00').toISOString(),
            venue: zollverein.id,
            speakers: [member.id],
          },
        ],
        _status: 'published',
      },
    }))

  if (!(await findOne(payload, req, 'events', 'kreative-klasse-abend'))) {
    await payload.create({
      collection: 'events',
      req,
      data: {
        title: 'Kreative Klasse-Abend',
        slug: 'kreative-klasse-abend',
        kind: 'evening',
        start_tz: 'Europe/Berlin',
        start: berlinTime('2027-01-14T19:00').toISOString(),
        end: berlinTime('2027-01-14T22:00').toISOString(),
        venues: [zollverein.id],
        admission: { free: true },
        description: buildEditorState({
          text: 'Das monatliche Treffen der Mitglieder: Wissen teilen, Erfahrungen austauschen, Kooperationen eingehen.',
        }),
        recurrence: {
          rule: 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2',
          exceptions: [
            { date: berlinTime('2027-08-12T19:00').toISOString(), reason: 'Sommerpause' },
          ],
        },
        _status: 'published',
      },
    })
  }

  const existingRelease = await findOne(
    payload,
    req,
    'press-releases',
    'aus-dem-revier-fuer-das-revier-kreativeklasse-ruhr',
  )
  if (!existingRelease) {
    await payload.create({
      collection: 'press-releases',
      req,
      data: {
        title: release.title,
        dateline: 'Essen',
        teaser: release.teaser,
        body: await richTextFromMarkdown(payload, release.paragraphs.join('\n\n')),
        heroPhoto: photo.id,
        relatedMembers: [member.id],
        relatedProjects: [project.id],
        relatedEvents: [festival.id],
        tags: ['Verband', '.ruhr', 'Kreativwirtschaft'],
        pressContacts: [{ name: 'Oliver Koschmieder', role: 'Vorstand' }],
        _status: 'published',
      },
    })
  }
  return { release, photo }
}
