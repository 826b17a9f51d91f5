'use client'
/** List cell for date fields: the same German Berlin-time text the field shows. */
import type { ConditionalDateProps, DateFieldClient, DefaultCellComponentProps } from 'payload'

import React from 'react'

import { type DatePrecision, formatGermanDate } from '../lib/germanDate'

export function precisionOfField(field: DateFieldClient): DatePrecision {
  const appearance = (field.admin?.date as ConditionalDateProps | undefined)?.pickerAppearance
  return appearance === 'dayOnly' || appearance === 'monthOnly' ? appearance : 'dayAndTime'
}

export function GermanDateCell({ cellData, field }: DefaultCellComponentProps<DateFieldClient>) {
  if (!cellData) return null
  return <span>{formatGermanDate(new Date(cellData), precisionOfField(field))}</span>
}
