/**
 * Geometry of renditions: where to crop around the focal point, and how far the
 * decoded working copy may be shrunk without starving any rendition.
 */
import type { RenditionGeometry, SizeSpec } from './renditions'

/** Focal point in percent of width/height, 0..100, origin top left. */
export interface FocalPoint {
  x: number
  y: number
}

export interface Size {
  width: number
  height: number
}

export interface Region extends Size {
  left: number
  top: number
}

export const CENTRE: FocalPoint = { x: 50, y: 50 }

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** Out-of-range or non-finite input (from a form) is clamped rather than refused. */
export function normaliseFocalPoint(focal: FocalPoint | undefined): FocalPoint {
  if (!focal || !Number.isFinite(focal.x) || !Number.isFinite(focal.y)) return CENTRE
  return { x: clamp(focal.x, 0, 100), y: clamp(focal.y, 0, 100) }
}

/**
 * The largest region of the target's aspect ratio inside the source, placed so
 * its centre is as close to the focal point as the image edges allow.
 */
export function focalCrop(source: Size, target: Size, focal: FocalPoint = CENTRE): Region {
  const point = normaliseFocalPoint(focal)
  const targetAspect = target.width / target.height
  let width = source.width
  let height = source.height
  if (source.width / source.height > targetAspect) {
    width = clamp(Math.round(source.height * targetAspect), 1, source.width)
  } else {
    height = clamp(Math.round(source.width / targetAspect), 1, source.height)
  }
  const centreX = (point.x / 100) * source.width
  const centreY = (point.y / 100) * source.height
  const left = clamp(Math.round(centreX - width / 2), 0, source.width - width)
  const top = clamp(Math.round(centreY - height / 2), 0, source.height - height)
  return { left, top, width, height }
}

/** Output size for a geometry, never larger than the source allows. */
export function targetSize(source: Size, geometry: RenditionGeometry): Size {
  switch (geometry.kind) {
    case 'width': {
      const width = Math.min(geometry.width, source.width)
      return { width, height: Math.max(1, Math.round((source.height * width) / source.width)) }
    }
    case 'longSide': {
      const scale = Math.min(1, geometry.size / Math.max(source.width, source.height))
      return {
        width: Math.max(1, Math.round(source.width * scale)),
        height: Math.max(1, Math.round(source.height * scale)),
      }
    }
    case 'cover': {
      const region = focalCrop(source, geometry)
      const scale = Math.min(1, geometry.width / region.width, geometry.height / region.height)
      return {
        width: Math.max(1, Math.round(region.width * scale)),
        height: Math.max(1, Math.round(region.height * scale)),
      }
    }
  }
}

/** The scale a rendition needs from the full-size source (1 = full resolution). */
function requiredScale(source: Size, geometry: RenditionGeometry): number {
  switch (geometry.kind) {
    case 'width':
      return geometry.width / source.width
    case 'longSide':
      return geometry.size / Math.max(source.width, source.height)
    case 'cover': {
      const region = focalCrop(source, geometry)
      return Math.max(geometry.width / region.width, geometry.height / region.height)
    }
  }
}

/**
 * Size of the single working copy every rendition is cut from: just large
 * enough for the most demanding rendition, so no rendition loses resolution.
 */
export function workingSize(source: Size, sizes: readonly SizeSpec[]): Size {
  const scale = Math.min(1, Math.max(...sizes.map((spec) => requiredScale(source, spec.geometry))))
  return {
    width: Math.max(1, Math.ceil(source.width * scale)),
    height: Math.max(1, Math.ceil(source.height * scale)),
  }
}
