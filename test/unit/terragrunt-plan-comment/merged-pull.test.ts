/**
 * verify-reviewed's read of the merged pull request: GitHub links a merge commit to its pull request a moment after
 * the push, so an empty answer is read again a few times (on the injected clock: no real waiting here) before the
 * step fails closed.
 */
import { describe, expect, it } from '@jest/globals'
import { ManualClock } from '../../../src/core/time/clock.js'
import type { AssociatedPull } from '../../../src/terragrunt-plan-comment/reviewed.js'
import { MERGE_LINK_WAITS_MS, awaitMergedPull } from '../../../src/terragrunt-plan-comment/verify.js'

const MERGE = 'c'.repeat(40)
const pull = (n: number, o: Partial<AssociatedPull> = {}): AssociatedPull => ({
  number: n,
  merged_at: '2026-01-01T00:00:00Z',
  merge_commit_sha: MERGE,
  head: { sha: 'a'.repeat(40) },
  base: { sha: 'b'.repeat(40), ref: 'main' },
  ...o
})
const open = pull(3, { merged_at: null, merge_commit_sha: null })

describe('awaitMergedPull', () => {
  it.each<[string, AssociatedPull[][], number | RegExp, number]>([
    ['linked at once: one read, no wait', [[pull(7)]], 7, 1],
    ['linked on the second read', [[], [pull(7)]], 7, 2],
    ['listed open at first, merged on the third read', [[open], [open], [pull(3)]], 3, 3],
    [
      'never linked: four reads over 6 s, then a clear error',
      [[], [], [], [], [pull(7)]],
      /^Commit ccccccc is not the merge commit of a pull request \(GitHub lists no pull request for it, read 4 times over 6 s\), so no reviewed plan belongs to it\./,
      4
    ],
    [
      'two merged as the commit: an answer, not a delay',
      [[pull(7), pull(8)]],
      /merge commit of 2 pull requests \(#7, #8\)/,
      1
    ]
  ])('%s', async (_, answers, expected, reads) => {
    const clock = new ManualClock(1_000_000)
    let n = 0
    const picked = await awaitMergedPull(() => Promise.resolve(answers[n++]), MERGE, clock)
    expect(n).toBe(reads)
    if (typeof expected === 'number') expect(picked).toEqual({ pull: expect.objectContaining({ number: expected }) })
    else expect('error' in picked && picked.error).toMatch(expected)
    // The waits are bounded: a few seconds in all.
    expect(clock.now() - 1_000_000).toBe(MERGE_LINK_WAITS_MS.slice(0, reads - 1).reduce((a, b) => a + b, 0))
  })
})
