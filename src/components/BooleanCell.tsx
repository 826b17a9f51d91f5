'use client'
/** A checkbox in a list column reads "ja"/"nein" (English: "yes"/"no") instead of true/false. */
import type { CheckboxFieldClient, DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { languageOf, texts } from './labels'

export function BooleanCell({ cellData }: DefaultCellComponentProps<CheckboxFieldClient>) {
  const { i18n } = useTranslation()
  const language = languageOf(i18n.language)
  return <span>{cellData ? texts.yes[language] : texts.no[language]}</span>
}
