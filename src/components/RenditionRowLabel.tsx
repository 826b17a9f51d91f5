'use client'
/**
 * A rendition row of a photo reads "web-1600: 1600 × 1067 px, image/webp" instead of Payload's
 * numbered "Bildgröße 01": the numbers said nothing about which file a row is.
 */
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import type { Photo } from '../../payload-types'

/** A row being edited may not have every field yet. */
type Rendition = Partial<
  Pick<NonNullable<Photo['renditions']>[number], 'name' | 'width' | 'height' | 'mimeType'>
>

export function RenditionRowLabel() {
  const { data, rowNumber } = useRowLabel<Rendition>()
  const size = data?.width && data?.height ? `${data.width} × ${data.height} px` : ''
  const parts = [size, data?.mimeType].filter(Boolean).join(', ')
  return (
    <span>
      {data?.name
        ? `${data.name}${parts ? `: ${parts}` : ''}`
        : String((rowNumber ?? 0) + 1).padStart(2, '0')}
    </span>
  )
}
