/**
 * Above Payload's collection cards: what each role has to do next, with counts and one link each.
 * A React Server Component: the data modules (src/lib/dashboard) read with the user's own access.
 */
import type { ServerProps } from 'payload'

import React from 'react'

import { userHasRole } from '../../access/roles'
import { type MessageKey, translate } from '../../i18n'
import { adminPath } from '../../lib/dashboard/common'
import { editorDashboard } from '../../lib/dashboard/editor'
import { memberDashboard } from '../../lib/dashboard/member'
import { pressDashboard } from '../../lib/dashboard/press'
import { formatGermanDate, formatShortBerlin } from '../../lib/germanDate'
import { Grid, Items, Section } from './parts'

type Reader = { payload: ServerProps['payload']; user: NonNullable<ServerProps['user']> }
type T = ReturnType<typeof translate>

const SEND_STATUS = {
  queued: 'dashboardSendQueued',
  sending: 'dashboardSendSending',
  done: 'dashboardSendDone',
} as const satisfies Record<string, MessageKey>
const PHOTO_PROBLEM = {
  credit: 'dashboardPhotoCredit',
  legalBasis: 'dashboardPhotoLegalBasis',
  consent: 'dashboardPhotoConsent',
} as const satisfies Record<string, MessageKey>

export async function RoleDashboard({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const reader: Reader = { payload, user }
  const t = translate(i18n.t)
  const isPress = userHasRole(user, 'admin', 'press')
  const isEditor = userHasRole(user, 'admin', 'press', 'editor')
  const isMember = userHasRole(user, 'member')
  return (
    <div className="role-dashboard">
      <h2 style={{ marginBottom: 'var(--base)' }}>{t('dashboardHeading')}</h2>
      {isPress && <PressSections reader={reader} t={t} />}
      {isEditor && <EditorSections reader={reader} t={t} />}
      {isMember && <MemberSection reader={reader} t={t} />}
    </div>
  )
}

const releases = (reader: Reader, query?: Record<string, unknown>) =>
  adminPath(reader.payload, '/collections/press-releases', query)

async function PressSections({ reader, t }: { reader: Reader; t: T }) {
  const board = await pressDashboard(reader)
  const now = new Date().toISOString()
  return (
    <Grid>
      <Section
        title={t('dashboardSubmitted')}
        count={board.submitted.count}
        next={
          board.submitted.count
            ? {
                href: releases(reader, { where: { 'review.status': { equals: 'submitted' } } }),
                label: t('dashboardSubmittedNext'),
              }
            : undefined
        }
      >
        <Items
          empty={t('dashboardSubmittedEmpty')}
          items={board.submitted.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail: item.at
              ? `${t('dashboardSubmittedAt')} ${formatGermanDate(item.at, 'dayAndTime')}`
              : undefined,
          }))}
        />
      </Section>
      <Section
        title={t('dashboardEmbargoed')}
        count={board.embargoed.count}
        next={
          board.embargoed.count
            ? {
                href: releases(reader, {
                  where: {
                    and: [{ _status: { equals: 'published' } }, { embargo: { greater_than: now } }],
                  },
                }),
                label: t('dashboardEmbargoedNext'),
              }
            : undefined
        }
      >
        <Items
          empty={t('dashboardEmbargoedEmpty')}
          items={board.embargoed.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail: item.at ? `${t('embargoUntil')} ${formatShortBerlin(item.at)}` : undefined,
          }))}
        />
      </Section>
      <Section title={t('dashboardScheduled')} count={board.scheduled.count}>
        <Items
          empty={t('dashboardScheduledEmpty')}
          items={board.scheduled.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail: `${t(item.type === 'publish' ? 'dashboardScheduledPublish' : 'dashboardScheduledUnpublish')} ${formatGermanDate(item.at, 'dayAndTime')}`,
          }))}
        />
      </Section>
      <Section
        title={t('dashboardSends')}
        count={board.sends.count}
        next={{
          href: adminPath(reader.payload, '/collections/press-sends'),
          label: t('dashboardSendsNext'),
        }}
      >
        <Items
          empty={t('dashboardSendsEmpty')}
          items={board.sends.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail: `${formatGermanDate(item.at, 'dayAndTime')}, ${t(SEND_STATUS[item.status])}${item.recipients !== null ? `, ${item.recipients} ${t('dashboardRecipients')}` : ''}`,
          }))}
        />
      </Section>
      {board.webhookFailures && (
        <Section
          title={t('dashboardWebhookFailures')}
          count={board.webhookFailures.count}
          next={{
            href: adminPath(reader.payload, '/collections/webhook-deliveries', {
              where: { succeeded: { equals: false } },
            }),
            label: t('dashboardWebhookNext'),
          }}
        >
          <Items
            empty=""
            items={board.webhookFailures.items.map((item) => ({
              key: item.id,
              href: item.href,
              title: formatGermanDate(item.at, 'dayAndTime'),
              detail: item.error || undefined,
            }))}
          />
        </Section>
      )}
    </Grid>
  )
}

async function EditorSections({ reader, t }: { reader: Reader; t: T }) {
  const board = await editorDashboard(reader)
  return (
    <Grid>
      <Section
        title={t('dashboardOwnReleases')}
        count={board.ownReleases.count}
        next={{
          href: adminPath(reader.payload, '/collections/press-releases/create'),
          label: t('dashboardOwnReleasesNext'),
        }}
      >
        <Items
          empty={t('dashboardOwnReleasesEmpty')}
          items={board.ownReleases.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail:
              item.status === 'returned'
                ? `${t('dashboardReturned')}${item.comment ? `: „${item.comment}“` : ''}`
                : t('dashboardWaiting'),
          }))}
        />
      </Section>
      <Section
        title={t('dashboardPhotos')}
        count={board.photos.count}
        next={
          board.photos.count
            ? {
                href: adminPath(reader.payload, '/collections/photos'),
                label: t('dashboardPhotosNext'),
              }
            : undefined
        }
      >
        <Items
          empty={t('dashboardPhotosEmpty')}
          items={board.photos.items.map((item) => ({
            key: item.id,
            href: item.href,
            title: item.title,
            detail: item.problems.map((problem) => t(PHOTO_PROBLEM[problem])).join(', '),
          }))}
        />
      </Section>
    </Grid>
  )
}

async function MemberSection({ reader, t }: { reader: Reader; t: T }) {
  const { portrait } = await memberDashboard(reader)
  return (
    <Grid>
      <Section
        title={t('dashboardPortrait')}
        next={portrait ? { href: portrait.href, label: t('dashboardPortraitNext') } : undefined}
      >
        <p style={{ margin: 0 }}>
          {portrait
            ? `${portrait.name}: ${t(portrait.public ? 'dashboardPortraitPublic' : 'dashboardPortraitHidden')}`
            : t('dashboardPortraitMissing')}
        </p>
      </Section>
    </Grid>
  )
}
