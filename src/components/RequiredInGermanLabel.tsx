'use client'
/**
 * The label of a field that must be filled in German (src/fields/validation.ts
 * `requiredInDefaultLocale`): Payload marks only `required: true` fields with an asterisk, and
 * `required` on a localized field would demand every language.
 */
import type { FieldLabelClientProps } from 'payload'

import { FieldLabel } from '@payloadcms/ui'
import React from 'react'

export function RequiredInGermanLabel({ field, path, ...rest }: FieldLabelClientProps) {
  const label = rest.label ?? (field && 'label' in field ? field.label : undefined)
  return (
    <FieldLabel
      {...rest}
      label={label}
      localized={field && 'localized' in field ? Boolean(field.localized) : rest.localized}
      path={path}
      required
    />
  )
}
