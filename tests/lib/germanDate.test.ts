import { describe, expect, it } from 'vitest'

import { formatGermanDate, formatShortBerlin, parseGermanDate } from '../../src/lib/germanDate'

describe('German date text in Berlin time', () => {
  it('an editor typing "26.11.2026 12:51" gets that Berlin time, winter and summer', () => {
    expect(parseGermanDate('26.11.2026 12:51', 'dayAndTime')?.toISOString()).toBe(
      '2026-11-26T11:51:00.000Z',
    )
    expect(parseGermanDate('01.07.2027 09:05', 'dayAndTime')?.toISOString()).toBe(
      '2027-07-01T07:05:00.000Z',
    )
    expect(parseGermanDate(' 31.12.2027 23:59 ', 'dayAndTime')?.toISOString()).toBe(
      '2027-12-31T22:59:00.000Z',
    )
  })

  it('day-only and month-only dates are pinned to noon Berlin so no zone moves them to another day', () => {
    expect(parseGermanDate('26.11.2027', 'dayOnly')?.toISOString()).toBe('2027-11-26T11:00:00.000Z')
    expect(parseGermanDate('07.2027', 'monthOnly')?.toISOString()).toBe('2027-07-01T10:00:00.000Z')
  })

  it('text that is not exactly one real date is refused, never rounded into another date', () => {
    for (const text of [
      '',
      'morgen',
      '26.11.2026',
      '26.11.2026 12',
      '26.11.2026 12:5',
      '2026-11-26T12:51',
      '11/26/2026 12:51 PM',
      '31.02.2027 10:00',
      '29.02.2027 10:00',
      '26.13.2027 10:00',
      '26.11.2027 24:00',
      '26.11.2027 12:60',
      '00.11.2027 10:00',
      '26.11.0999 10:00',
      'Nov. 26, 2026 12:32 nachm.',
    ]) {
      expect(parseGermanDate(text, 'dayAndTime'), text).toBeNull()
    }
    expect(parseGermanDate('26.11.2027 12:00', 'dayOnly')).toBeNull()
    expect(parseGermanDate('29.02.2028 10:00', 'dayAndTime')?.toISOString()).toBe(
      '2028-02-29T09:00:00.000Z',
    )
  })

  it('formats instants back as the admin shows them, in Berlin time', () => {
    expect(formatGermanDate('2027-11-26T11:51:00.000Z', 'dayAndTime')).toBe('26.11.2027 12:51')
    expect(formatGermanDate('2027-11-26T23:30:00.000Z', 'dayOnly')).toBe('27.11.2027')
    expect(formatGermanDate('2027-07-01T10:00:00.000Z', 'monthOnly')).toBe('07.2027')
    expect(formatShortBerlin('2026-11-26T18:00:00.000Z')).toBe('26.11., 19:00')
  })
})
