import type { DateField } from 'payload'

import { type DatePrecision, GERMAN_DATE_FORMATS } from '../lib/germanDate'

/** The admin component every date field uses (see src/components/GermanDateField.tsx). */
export const GERMAN_DATE_FIELD = '/src/components/GermanDateField#GermanDateField'
export const GERMAN_DATE_CELL = '/src/components/GermanDateCell#GermanDateCell'
/** The press releases' Sperrfrist column and edit-view badge ("Sperrfrist bis 26.11., 19:00"). */
export const EMBARGO_CELL = '/src/components/EmbargoCell#EmbargoCell'
export const EMBARGO_STATUS = '/src/components/EmbargoStatus#EmbargoStatus'

/**
 * German date admin: shown and typed as `dd.MM.yyyy HH:mm` (or `dd.MM.yyyy` / `MM.yyyy`), picked in
 * 5-minute steps on a 24-hour clock, always meant in Berlin time whatever the browser's zone, and
 * text that is not exactly such a date is refused with a message instead of being guessed at.
 */
export function germanDateAdmin(
  precision: DatePrecision = 'dayAndTime',
  admin: DateField['admin'] = {},
): DateField['admin'] {
  const format = GERMAN_DATE_FORMATS[precision]
  const date =
    precision === 'dayAndTime'
      ? {
          pickerAppearance: 'dayAndTime' as const,
          displayFormat: format,
          timeFormat: 'HH:mm',
          timeIntervals: 5,
        }
      : { pickerAppearance: precision, displayFormat: format }
  return {
    ...admin,
    date: { ...date, ...admin.date } as NonNullable<DateField['admin']>['date'],
    components: { Field: GERMAN_DATE_FIELD, Cell: GERMAN_DATE_CELL, ...admin.components },
  }
}

type DateFieldOptions = Omit<DateField, 'type'> & { precision?: DatePrecision }

/** A date field with the German admin; `precision` defaults to day and time. */
export function dateField({
  precision = 'dayAndTime',
  admin,
  ...field
}: DateFieldOptions): DateField {
  return { ...field, type: 'date', admin: germanDateAdmin(precision, admin) }
}
