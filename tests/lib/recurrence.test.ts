import { describe, expect, it } from 'vitest'

import { berlinTime } from '../../src/lib/berlin'
import { nextOccurrences, parseRule } from '../../src/lib/recurrence'

const SECOND_THURSDAY = 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2'

describe('the monthly Kreative Klasse-Abend', () => {
  it('falls on the second Thursday at 19:00 Berlin time, in winter and in summer', () => {
    const start = berlinTime('2027-01-14T19:00')
    const dates = nextOccurrences(start, { rule: SECOND_THURSDAY }, berlinTime('2027-01-01T00:00'), 8)
    expect(dates.map((date) => date.toISOString())).toEqual([
      '2027-01-14T18:00:00.000Z',
      '2027-02-11T18:00:00.000Z',
      '2027-03-11T18:00:00.000Z',
      '2027-04-08T17:00:00.000Z',
      '2027-05-13T17:00:00.000Z',
      '2027-06-10T17:00:00.000Z',
      '2027-07-08T17:00:00.000Z',
      '2027-08-12T17:00:00.000Z',
    ])
  })

  it('skips a cancelled evening (exception) and continues after it', () => {
    const start = berlinTime('2027-01-14T19:00')
    const dates = nextOccurrences(
      start,
      { rule: SECOND_THURSDAY, exceptions: [{ date: berlinTime('2027-08-12T19:00').toISOString() }] },
      berlinTime('2027-07-01T00:00'),
      2,
    )
    expect(dates.map((date) => date.toISOString())).toEqual(['2027-07-08T17:00:00.000Z', '2027-09-09T17:00:00.000Z'])
  })

  it('refuses rules that are not RFC 5545', () => {
    expect(parseRule(SECOND_THURSDAY)).not.toBeNull()
    expect(parseRule('every second thursday')).toBeNull()
    expect(parseRule('BYDAY=TH')).toBeNull()
  })
})
