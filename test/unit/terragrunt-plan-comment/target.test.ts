import { describe, expect, it } from '@jest/globals'
import { commentedPullNumber } from '../../../src/core/github/context.js'
import { checkoutMismatch, readCheckout } from '../../../src/terragrunt-plan-comment/target.js'
import type { Checkout } from '../../../src/terragrunt-plan-comment/target.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)
const OTHER = 'c'.repeat(40)

describe('checkoutMismatch', () => {
  it.each<[string, Checkout | undefined, RegExp | undefined]>([
    ['the head itself', { sha: HEAD, parents: [BASE] }, undefined],
    ["GitHub's merge commit of the head (refs/pull/N/merge)", { sha: OTHER, parents: [BASE, HEAD] }, undefined],
    [
      'another commit',
      { sha: OTHER, parents: [BASE] },
      /^The checked-out commit ccccccc is not pull request #7's head aaaaaaa/
    ],
    ['a merge of something else', { sha: OTHER, parents: [HEAD, BASE] }, /is not pull request #7's head/],
    ['unknown: fails closed', undefined, /^Cannot tell which commit is checked out/]
  ])('%s', (_name, checkout, expected) => {
    const verdict = checkoutMismatch(checkout, HEAD, 7)
    if (expected) {
      expect(verdict).toMatch(expected)
      expect(verdict).toContain('refs/pull/7/head')
    } else expect(verdict).toBeUndefined()
  })
})

describe('readCheckout', () => {
  const runner = (stdout: string, exitCode = 0) => ({
    run: () => Promise.resolve({ stdout, stderr: '', exitCode, signal: null, timedOut: false })
  })
  it.each<[string, ReturnType<typeof runner>, Checkout | undefined]>([
    ['a commit with one parent', runner(`${HEAD} ${BASE}\n`), { sha: HEAD, parents: [BASE] }],
    ['a merge commit', runner(`${OTHER} ${BASE} ${HEAD}\n`), { sha: OTHER, parents: [BASE, HEAD] }],
    ['a root commit', runner(`${HEAD}\n`), { sha: HEAD, parents: [] }],
    ['not a repository', runner('', 128), undefined],
    ['no output', runner(''), undefined]
  ])('%s', async (_name, r, expected) => {
    expect(await readCheckout(r as never, '/x')).toEqual(expected)
  })
})

describe('commentedPullNumber', () => {
  it.each<[string, string, Record<string, unknown>, number | undefined]>([
    ['a comment on a pull request', 'issue_comment', { issue: { number: 5, pull_request: { url: 'u' } } }, 5],
    ['a comment on an issue', 'issue_comment', { issue: { number: 5 } }, undefined],
    ['another event', 'pull_request_review', { issue: { number: 5, pull_request: {} } }, undefined],
    ['no issue', 'issue_comment', {}, undefined]
  ])('%s', (_name, eventName, payload, expected) => {
    expect(commentedPullNumber({ eventName, payload })).toBe(expected)
  })
})
