import type { Payload } from 'payload'

/** PostgreSQL `serial` ids are `integer`: anything outside can only fail inside the database. */
export const MAX_SERIAL_ID = 2_147_483_647

/** Whether ids of `slug` are numbers in this database (Payload's default on PostgreSQL). */
export function hasNumericIDs(payload: Payload, slug: string): boolean {
  const collection = payload.collections[slug as keyof typeof payload.collections]
  if (!collection) return false
  if (collection.customIDType) return collection.customIDType === 'number'
  return payload.db.defaultIDType === 'number'
}

/** A value that names a row of a `serial` table: a whole number in the `integer` range. */
export function isSerialID(value: unknown): boolean {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && Math.abs(value) <= MAX_SERIAL_ID
  if (typeof value !== 'string' || !/^-?\d{1,10}$/.test(value)) return false
  return Math.abs(Number(value)) <= MAX_SERIAL_ID
}

export function isFiniteNumber(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
}

export function isDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'string' || value.trim() === '') return false
  // Only date-like strings: `Date.parse` also accepts odd forms like "1" or "May".
  return /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
}

export const isBooleanLike = (value: unknown): boolean =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

/** The first place in `value` (deep) where a string contains a NUL character, if any. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (depth > 32) return false
  if (typeof value === 'string') return value.includes('\u0000')
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1))
  if (value && typeof value === 'object') {
    return Object.entries(value).some(
      ([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1),
    )
  }
  return false
}
