'use client'
/** A checkbox in a list column reads "ja"/"nein" (English: "yes"/"no") instead of true/false. */
import type { CheckboxFieldClient, DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { translate } from '../i18n'

export function BooleanCell({ cellData }: DefaultCellComponentProps<CheckboxFieldClient>) {
  const t = translate(useTranslation().t)
  return <span>{cellData ? t('yes') : t('no')}</span>
}
