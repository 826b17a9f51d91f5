'use client'
/**
 * Payload's date field with German input in Berlin time. It wraps Payload's own DatePicker and only
 * replaces how text becomes a date: react-datepicker's default parsing accepts half-typed text and
 * falls back to `new Date(text)`, which turned "26.11.2026 12:51" into 01.02.2026 12:00. Here only
 * text that is exactly one date in the field's format is taken; anything else never reaches the
 * form value: the field keeps its previous date and says, beneath it, which text was not taken.
 * (The edit view validates on the server only, so a client-side block of saving would not hold.)
 */
import type { ConditionalDateProps, DateFieldClientComponent, Validate } from 'payload'

import {
  DatePicker,
  FieldDescription,
  FieldError,
  FieldLabel,
  useField,
  useTranslation,
} from '@payloadcms/ui'
import React, { useCallback, useMemo, useRef, useState } from 'react'

import { type MessageKey, translate } from '../i18n'
import { berlinTime } from '../lib/berlin'
import {
  berlinParts,
  type DatePrecision,
  GERMAN_DATE_EXAMPLES,
  parseGermanDate,
} from '../lib/germanDate'

/** What the editor should type, in the admin language ("TT.MM.JJJJ HH:MM"). */
const HINT: Record<DatePrecision, MessageKey> = {
  dayAndTime: 'dateHintDayAndTime',
  dayOnly: 'dateHintDayOnly',
  monthOnly: 'dateHintMonthOnly',
}

const pad = (value: number) => String(value).padStart(2, '0')

function precisionOf(appearance: string | undefined): DatePrecision {
  return appearance === 'dayOnly' || appearance === 'monthOnly' ? appearance : 'dayAndTime'
}

/** react-datepicker shows browser-local dates: give it the Berlin wall clock as local parts. */
function toPickerDate(value: unknown): Date | null {
  if (!value) return null
  const instant = new Date(value as string)
  if (Number.isNaN(instant.getTime())) return null
  const { year, month, day, hour, minute } = berlinParts(instant)
  return new Date(year, month - 1, day, hour, minute)
}

/** The picker's local parts are the Berlin wall clock the editor saw: back to the UTC instant. */
function fromPickerDate(picked: Date, precision: DatePrecision): string {
  const day = precision === 'monthOnly' ? 1 : picked.getDate()
  const [hour, minute] =
    precision === 'dayAndTime' ? [picked.getHours(), picked.getMinutes()] : [12, 0]
  return berlinTime(
    `${picked.getFullYear()}-${pad(picked.getMonth() + 1)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`,
  ).toISOString()
}

export const GermanDateField: DateFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly, validate } = props
  const { admin: { className, description, placeholder } = {}, label, localized, required } = field
  const dateProps = field.admin?.date as ConditionalDateProps | undefined
  const precision = precisionOf(dateProps?.pickerAppearance)
  const t = translate(useTranslation().t)
  const [invalidText, setInvalidText] = useState<string | null>(null)
  const [focused, setFocused] = useState(false)
  // Emptied by typing: cleared only when the editor leaves the field, not on the way to new text.
  const emptiedByTyping = useRef(false)

  const refusal =
    invalidText === null
      ? null
      : t('invalidDate', {
          text: invalidText,
          hint: t(HINT[precision]),
          example: GERMAN_DATE_EXAMPLES[precision],
        })
  const memoizedValidate = useCallback<Validate>(
    (value, options) =>
      typeof validate === 'function'
        ? validate(value as never, { ...options, required } as never)
        : true,
    [validate, required],
  )
  const { disabled, path, setValue, showError, value } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
    validate: memoizedValidate,
  })
  const selected = useMemo(() => toPickerDate(value), [value])
  const isReadOnly = Boolean(readOnly || disabled)

  const onPick = useCallback(
    (picked: Date | null) => {
      if (isReadOnly || !picked) return
      emptiedByTyping.current = false
      setInvalidText(null)
      setValue(fromPickerDate(picked, precision))
    },
    [isReadOnly, precision, setValue],
  )
  const onClear = useCallback(() => {
    if (isReadOnly) return
    setInvalidText(null)
    setValue(null)
  }, [isReadOnly, setValue])
  // Every keystroke: remember text that is not (yet) a date; react-datepicker, strictly parsing,
  // only reports complete dates to `onPick`. The clear button (Payload's `onChange`) clears.
  const onChangeRaw = useCallback(
    (event?: React.MouseEvent<HTMLElement> | React.KeyboardEvent<HTMLElement>) => {
      const target = event?.target
      if (!(target instanceof HTMLInputElement)) return
      const text = target.value.trim()
      setInvalidText(text === '' || parseGermanDate(text, precision) ? null : text)
      emptiedByTyping.current = text === ''
    },
    [precision],
  )

  return (
    <div
      className={[
        'field-type',
        'date-time-field',
        className,
        (showError || (refusal && !focused)) && 'date-time-field--has-error',
        isReadOnly && 'read-only',
      ]
        .filter(Boolean)
        .join(' ')}
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
        setFocused(false)
        if (emptiedByTyping.current) {
          emptiedByTyping.current = false
          onClear()
        }
      }}
      onFocus={() => setFocused(true)}
    >
      <FieldLabel label={label} localized={localized} path={path} required={required} />
      <div className="field-type__wrap" id={`field-${path.replace(/\./g, '__')}`}>
        <FieldError path={path} showError={showError} />
        <DatePicker
          {...dateProps}
          onChange={(picked) => (picked ? onPick(picked) : onClear())}
          overrides={
            {
              ...dateProps?.overrides,
              onChange: onPick,
              onChangeRaw,
              selected,
              strictParsing: true,
              timeCaption: t('timeCaption'),
            } as never
          }
          placeholder={typeof placeholder === 'string' ? placeholder : t(HINT[precision])}
          readOnly={isReadOnly}
          value={selected ?? undefined}
        />
        {refusal && !focused ? (
          <p
            className="german-date-field__refusal"
            role="alert"
            style={{ color: 'var(--theme-error-500)', margin: '0.5rem 0 0' }}
          >
            {refusal}
          </p>
        ) : null}
      </div>
      <FieldDescription description={description} path={path} />
    </div>
  )
}
