/** The "Stand" column: what asks someone to act comes first, then what the public sees. */
import { describe, expect, it } from 'vitest'

import { workflowStatus } from '../../src/lib/review/status'

const now = new Date('2026-11-26T12:00:00Z')

describe('where a release stands', () => {
  it('a submitted or returned draft reads as such, whatever else it is', () => {
    expect(workflowStatus({ _status: 'draft', review: { status: 'submitted' } }, now)).toBe(
      'submitted',
    )
    expect(workflowStatus({ _status: 'draft', review: { status: 'returned' } }, now)).toBe(
      'returned',
    )
  })
  it('a published release under Sperrfrist is not "published" until the Sperrfrist passes', () => {
    expect(workflowStatus({ _status: 'published', embargo: '2026-11-26T18:00:00Z' }, now)).toBe(
      'embargoed',
    )
    expect(workflowStatus({ _status: 'published', embargo: '2026-11-26T11:59:00Z' }, now)).toBe(
      'published',
    )
    expect(workflowStatus({ _status: 'published' }, now)).toBe('published')
  })
  it('anything else is a draft, a future Sperrfrist included', () => {
    expect(
      workflowStatus(
        { _status: 'draft', embargo: '2026-11-27T18:00:00Z', review: { status: 'none' } },
        now,
      ),
    ).toBe('draft')
    expect(workflowStatus({}, now)).toBe('draft')
  })
})
