/**
 * Above Payload's collection cards: what each role has to do next, with counts and one link each.
 * A React Server Component: the data modules (src/lib/dashboard) read with the user's own access.
 */
import type { ServerProps } from 'payload'

import React from 'react'

import { userHasRole } from '../../access/roles'
import { editorDashboard } from '../../lib/dashboard/editor'
import { adminPath } from '../../lib/dashboard/common'
import { memberDashboard } from '../../lib/dashboard/member'
import { pressDashboard } from '../../lib/dashboard/press'
import { formatGermanDate, formatShortBerlin } from '../../lib/germanDate'
import { type Language, languageOf } from '../labels'
import { Grid, Items, Section } from './parts'
import { dashboardTexts as t } from './texts'

type Reader = { payload: ServerProps['payload']; user: NonNullable<ServerProps['user']> }

export async function RoleDashboard({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const reader: Reader = { payload, user }
  const language = languageOf(i18n.language)
  const isPress = userHasRole(user, 'admin', 'press')
  const isEditor = userHasRole(user, 'admin', 'press', 'editor')
  const isMember = userHasRole(user, 'member')
  return (
    <div className="role-dashboard">
      <h2 style={{ marginBottom: 'var(--base)' }}>{t.heading[language]}</h2>
      {isPress && <PressSections reader={reader} language={language} />}
      {isEditor && <EditorSections reader={reader} language={language} />}
      {isMember && <MemberSection reader={reader} language={language} />}
    </div>
  )
}

const releases = (reader: Reader, query?: Record<string, unknown>) => adminPath(reader.payload, '/collections/press-releases', query)

async function PressSections({ reader, language }: { reader: Reader; language: Language }) {
  const board = await pressDashboard(reader)
  const now = new Date().toISOString()
  return (
    <Grid>
      <Section
        title={t.submitted[language]}
        count={board.submitted.count}
        next={board.submitted.count ? { href: releases(reader, { where: { 'review.status': { equals: 'submitted' } } }), label: t.submittedNext[language] } : undefined}
      >
        <Items
          empty={t.submittedEmpty[language]}
          items={board.submitted.items.map((item) => ({ key: item.id, href: item.href, title: item.title, detail: item.at ? `${t.submittedAt[language]} ${formatGermanDate(item.at, 'dayAndTime')}` : undefined }))}
        />
      </Section>
      <Section
        title={t.embargoed[language]}
        count={board.embargoed.count}
        next={board.embargoed.count ? { href: releases(reader, { where: { and: [{ _status: { equals: 'published' } }, { embargo: { greater_than: now } }] } }), label: t.embargoedNext[language] } : undefined}
      >
        <Items
          empty={t.embargoedEmpty[language]}
          items={board.embargoed.items.map((item) => ({ key: item.id, href: item.href, title: item.title, detail: item.at ? `${t.embargoUntil[language]} ${formatShortBerlin(item.at)}` : undefined }))}
        />
      </Section>
      <Section title={t.scheduled[language]} count={board.scheduled.count}>
        <Items
          empty={t.scheduledEmpty[language]}
          items={board.scheduled.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail: `${(item.type === 'publish' ? t.scheduledPublish : t.scheduledUnpublish)[language]} ${formatGermanDate(item.at, 'dayAndTime')}`,
          }))}
        />
      </Section>
      <Section title={t.sends[language]} count={board.sends.count} next={{ href: adminPath(reader.payload, '/collections/press-sends'), label: t.sendsNext[language] }}>
        <Items
          empty={t.sendsEmpty[language]}
          items={board.sends.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail: `${formatGermanDate(item.at, 'dayAndTime')}, ${t.sendStatus[item.status][language]}${item.recipients !== null ? `, ${item.recipients} ${t.recipients[language]}` : ''}`,
          }))}
        />
      </Section>
      {board.webhookFailures && (
        <Section
          title={t.webhookFailures[language]}
          count={board.webhookFailures.count}
          next={{ href: adminPath(reader.payload, '/collections/webhook-deliveries', { where: { succeeded: { equals: false } } }), label: t.webhookNext[language] }}
        >
          <Items
            empty=""
            items={board.webhookFailures.items.map((item) => ({ key: item.id, href: item.href, title: formatGermanDate(item.at, 'dayAndTime'), detail: item.error || undefined }))}
          />
        </Section>
      )}
    </Grid>
  )
}

async function EditorSections({ reader, language }: { reader: Reader; language: Language }) {
  const board = await editorDashboard(reader)
  return (
    <Grid>
      <Section
        title={t.ownReleases[language]}
        count={board.ownReleases.count}
        next={{ href: adminPath(reader.payload, '/collections/press-releases/create'), label: t.ownReleasesNext[language] }}
      >
        <Items
          empty={t.ownReleasesEmpty[language]}
          items={board.ownReleases.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail: item.status === 'returned' ? `${t.returned[language]}${item.comment ? `: „${item.comment}“` : ''}` : t.waiting[language],
          }))}
        />
      </Section>
      <Section title={t.photos[language]} count={board.photos.count} next={board.photos.count ? { href: adminPath(reader.payload, '/collections/photos'), label: t.photosNext[language] } : undefined}>
        <Items
          empty={t.photosEmpty[language]}
          items={board.photos.items.map((item) => ({ key: item.id, href: item.href, title: item.title, detail: item.problems.map((problem) => t.photoProblem[problem][language]).join(', ') }))}
        />
      </Section>
    </Grid>
  )
}

async function MemberSection({ reader, language }: { reader: Reader; language: Language }) {
  const { portrait } = await memberDashboard(reader)
  return (
    <Grid>
      <Section title={t.portrait[language]} next={portrait ? { href: portrait.href, label: t.portraitNext[language] } : undefined}>
        <p style={{ margin: 0 }}>{portrait ? `${portrait.name}: ${(portrait.public ? t.portraitPublic : t.portraitHidden)[language]}` : t.portraitMissing[language]}</p>
      </Section>
    </Grid>
  )
}
