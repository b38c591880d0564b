import { describe, expect, it } from '@jest/globals'
import { newerComment, stampOf } from '../../../src/terragrunt-plan-comment/freshness.js'
import type { RunStamp } from '../../../src/terragrunt-plan-comment/freshness.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const stamp = (headSha: string, runId: number, runAttempt = 1): RunStamp => ({
  headSha,
  runId,
  runAttempt,
  runNumber: runId
})

describe('newerComment', () => {
  it.each<[string, RunStamp, RunStamp | undefined, string | undefined, RegExp | undefined]>([
    ['no stamp (an older version wrote it): overwrite', stamp(A, 5), undefined, A, undefined],
    ['same run, same attempt (a re-render): overwrite', stamp(A, 5), stamp(A, 5), A, undefined],
    ['same run, later attempt of ours: overwrite', stamp(A, 5, 2), stamp(A, 5, 1), A, undefined],
    ['same run, their attempt is later: keep', stamp(A, 5, 1), stamp(A, 5, 2), A, /attempt 2 of this run/],
    ['their run started later, same head: keep', stamp(A, 5), stamp(A, 6), A, /run #6 \(started after this one\)/],
    ['our run started later, same head: overwrite', stamp(A, 6), stamp(A, 5), A, undefined],
    [
      'ours planned an old commit, theirs the head: keep, whatever the ids',
      stamp(A, 9),
      stamp(B, 5),
      B,
      /shows bbbbbbb, the pull request's head/
    ],
    ['ours planned the head, theirs an old commit from a later run: overwrite', stamp(B, 5), stamp(A, 9), B, undefined],
    ['neither is the head: the later run wins', stamp(A, 5), stamp(B, 6), 'c'.repeat(40), /run #6/],
    ['head unknown: the later run wins', stamp(A, 5), stamp(B, 6), undefined, /run #6/],
    ['head unknown, ours later: overwrite', stamp(A, 7), stamp(B, 6), undefined, undefined]
  ])('%s', (_name, ours, theirs, head, expected) => {
    const reason = newerComment(ours, theirs, head)
    if (expected) expect(reason).toMatch(expected)
    else expect(reason).toBeUndefined()
  })
})

describe('stampOf', () => {
  it.each<[unknown, RunStamp | undefined]>([
    [
      { schema: 2, headSha: A, runId: 5, runAttempt: 1, runNumber: 3 },
      { headSha: A, runId: 5, runAttempt: 1, runNumber: 3 }
    ],
    [{ schema: 1, headSha: A, planHash: 'x' }, undefined],
    [{ headSha: A, runId: '5', runAttempt: 1 }, undefined],
    [null, undefined],
    ['text', undefined]
  ])('%j', (payload, expected) => {
    expect(stampOf(payload)).toEqual(expected)
  })
})
