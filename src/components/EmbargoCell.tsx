'use client'
/**
 * The Sperrfrist column: a published release still under embargo reads "Sperrfrist bis 26.11., 19:00"
 * (Berlin time), so nobody mistakes it for a public one; other values show as plain German dates.
 */
import type { DateFieldClient, DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { translate } from '../i18n'
import { formatGermanDate, formatShortBerlin } from '../lib/germanDate'

export function EmbargoCell({ cellData, rowData }: DefaultCellComponentProps<DateFieldClient>) {
  const t = translate(useTranslation().t)
  if (!cellData) return null
  const embargo = new Date(cellData)
  if (rowData?._status === 'published' && embargo.getTime() > Date.now()) {
    return (
      <span className="embargo-badge" style={{ fontWeight: 600 }}>
        {t('embargoUntil')} {formatShortBerlin(embargo)}
      </span>
    )
  }
  return <span>{formatGermanDate(embargo, 'dayAndTime')}</span>
}
