'use client'
/**
 * Beside the document controls of a press release: "Sperrfrist bis 26.11., 19:00" while the
 * Sperrfrist (as currently in the form) lies in the future, with what it means for the public.
 */
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { translate } from '../i18n'
import { formatShortBerlin } from '../lib/germanDate'

export function EmbargoStatus() {
  const t = translate(useTranslation().t)
  const { hasPublishedDoc } = useDocumentInfo()
  const embargo = useFormFields(([fields]) => fields.embargo?.value) as string | null | undefined
  if (!embargo) return null
  const until = new Date(embargo)
  if (Number.isNaN(until.getTime()) || until.getTime() <= Date.now()) return null
  const meaning = hasPublishedDoc ? t('embargoStatusPublished') : t('embargoStatusDraft')
  return (
    <span
      className="embargo-status"
      title={meaning}
      style={{ alignSelf: 'center', fontWeight: 600, whiteSpace: 'nowrap' }}
    >
      {t('embargoUntil')} {formatShortBerlin(until)}
    </span>
  )
}
