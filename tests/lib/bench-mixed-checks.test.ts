import { describe, expect, it } from 'vitest'

import {
  everythingAnswered,
  noEmbargoLeak,
  noServerErrors,
  noWithdrawnPhotoServed,
  WITHDRAW_GRACE_MS,
} from '../../bench/mixed/checks'
import { KINDS, type RequestRecord } from '../../bench/mixed/record'

/**
 * The mixed bench's verdicts (bench/mixed/checks.ts) on made-up request records: each must fail on
 * the violation it exists for, and pass when the same records keep the rule.
 */
const read = (over: Partial<RequestRecord>): RequestRecord => ({
  kind: 'list',
  instance: 'A',
  sentAt: 0,
  answeredAt: 10,
  status: 200,
  ...over,
})

describe('bench:mixed checks', () => {
  const withdrawal = { photoID: 1, files: ['a-hero.jpg'], ackAt: 1_000 }

  it('a withdrawn file answering 200 after the grace fails; within the grace, or 404, passes', () => {
    const late = 1_000 + WITHDRAW_GRACE_MS + 1
    expect(
      noWithdrawnPhotoServed(
        [read({ kind: 'file', file: 'a-hero.jpg', sentAt: late, status: 200 })],
        [withdrawal],
      ).passed,
    ).toBe(false)
    expect(
      noWithdrawnPhotoServed(
        [read({ kind: 'file', file: 'a-hero.jpg', sentAt: late, status: 404 })],
        [withdrawal],
      ).passed,
    ).toBe(true)
    expect(
      noWithdrawnPhotoServed(
        [read({ kind: 'file', file: 'a-hero.jpg', sentAt: 1_500, status: 200 })],
        [withdrawal],
      ).passed,
    ).toBe(true)
    expect(
      noWithdrawnPhotoServed(
        [read({ kind: 'file', file: 'other.jpg', sentAt: late, status: 200 })],
        [withdrawal],
      ).passed,
    ).toBe(true)
  })

  it('a read answered before the Sperrfrist that contains the release fails; at/after it passes', () => {
    const embargoed = [{ id: 7, createdAt: 0, embargoAt: 5_000 }]
    expect(noEmbargoLeak([read({ releaseIDs: [3, 7], answeredAt: 4_999 })], embargoed).passed).toBe(
      false,
    )
    expect(noEmbargoLeak([read({ releaseIDs: [3, 7], answeredAt: 5_000 })], embargoed).passed).toBe(
      true,
    )
    expect(noEmbargoLeak([read({ releaseIDs: [3], answeredAt: 4_999 })], embargoed).passed).toBe(
      true,
    )
  })

  it('a 5xx fails; a 404 of a withdrawn file is the only non-2xx allowed, and every kind must occur', () => {
    expect(noServerErrors([read({ status: 503 })]).passed).toBe(false)
    expect(noServerErrors([read({ status: 404 })]).passed).toBe(true)
    const all = KINDS.map((kind) => read({ kind }))
    expect(everythingAnswered(all, [withdrawal]).passed).toBe(true)
    expect(everythingAnswered(all.slice(1), [withdrawal]).passed).toBe(false)
    expect(
      everythingAnswered(
        [...all, read({ kind: 'file', file: 'a-hero.jpg', status: 404 })],
        [withdrawal],
      ).passed,
    ).toBe(true)
    expect(
      everythingAnswered(
        [...all, read({ kind: 'file', file: 'other.jpg', status: 404 })],
        [withdrawal],
      ).passed,
    ).toBe(false)
    expect(
      everythingAnswered([...all, read({ kind: 'update', status: 400 })], [withdrawal]).passed,
    ).toBe(false)
  })
})
