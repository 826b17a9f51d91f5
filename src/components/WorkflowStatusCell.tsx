'use client'
/**
 * The "Stand" column of press releases: "Zur Freigabe", "Zurückgegeben", "Sperrfrist bis 26.11., 19:00",
 * "Veröffentlicht" or "Entwurf", so the press office sees at a glance what waits for it.
 */
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { type MessageKey, translate } from '../i18n'
import { formatShortBerlin } from '../lib/germanDate'
import { type ReleaseLike, workflowStatus } from '../lib/review/status'

const WEIGHT = {
  submitted: 600,
  returned: 600,
  embargoed: 600,
  published: 400,
  draft: 400,
} as const
const TEXT: Record<keyof typeof WEIGHT, MessageKey> = {
  submitted: 'workflowSubmitted',
  returned: 'workflowReturned',
  embargoed: 'workflowEmbargoed',
  published: 'workflowPublished',
  draft: 'workflowDraft',
}

export function WorkflowStatusCell({ rowData }: DefaultCellComponentProps) {
  const t = translate(useTranslation().t)
  const release = (rowData ?? {}) as ReleaseLike
  const status = workflowStatus(release)
  const text =
    status === 'embargoed' && release.embargo
      ? `${t('embargoUntil')} ${formatShortBerlin(release.embargo)}`
      : t(TEXT[status])
  return (
    <span
      className={`workflow-status workflow-status--${status}`}
      style={{ fontWeight: WEIGHT[status] }}
    >
      {text}
    </span>
  )
}
