import { describe, expect, it } from '@jest/globals'
import {
  PROMOTE_TRAILER,
  foreignBranchMessage,
  foreignCommit,
  hasPromoteTrailer,
  isNoreplyOf,
  whyNotOurs
} from '../../../src/core/gitops/ownership.js'
import type { CommitFacts } from '../../../src/core/gitops/ownership.js'

const owner = { id: 41898282, login: 'github-actions' }
const ourEmail = '41898282+github-actions@users.noreply.github.com'
const message = `Promote 1.4.0 to qa\n\nFrom dev at 0123456789ab.\n\n- a.yaml: x: 1 -> 2\n\n${PROMOTE_TRAILER}\n`

function commit(over: Partial<CommitFacts> = {}): CommitFacts {
  return {
    sha: 'a'.repeat(40),
    authorName: 'github-actions',
    authorEmail: ourEmail,
    committerName: 'github-actions',
    committerEmail: ourEmail,
    message,
    ...over
  }
}

describe('isNoreplyOf', () => {
  it.each<[string, number, boolean]>([
    ['41898282+github-actions@users.noreply.github.com', 41898282, true],
    ['41898282+github-actions[bot]@users.noreply.github.com', 41898282, true], // GitHub's API commits of the bot
    ['  41898282+github-actions@USERS.NOREPLY.GITHUB.COM ', 41898282, true],
    ['41898282+renamed@users.noreply.ghe.acme.test', 41898282, true], // GHES host, login renamed since
    ['41898283+github-actions@users.noreply.github.com', 41898282, false], // another account
    ['141898282+github-actions@users.noreply.github.com', 41898282, false],
    ['github-actions@users.noreply.github.com', 41898282, false], // no id: cannot tell the account
    ['41898282+github-actions@github.com', 41898282, false],
    ['41898282+github-actions@users.noreply.github.com.evil@x.test', 41898282, false],
    ['', 41898282, false]
  ])('%s of %d: %s', (email, id, expected) => {
    expect(isNoreplyOf(email, id)).toBe(expected)
  })
})

describe('hasPromoteTrailer', () => {
  it.each<[string, string, boolean]>([
    ['in the last paragraph', message, true],
    [
      'with other trailers around it',
      `T\n\nbody\n\nSigned-off-by: a <a@x>\n${PROMOTE_TRAILER}\nCo-authored-by: b`,
      true
    ],
    ['with CRLF-free trailing blank lines', `T\n\n${PROMOTE_TRAILER}\n\n\n`, true],
    ['only in the body, not the last paragraph', `T\n\n${PROMOTE_TRAILER}\n\nmore text`, false],
    ['as part of a longer line', `T\n\nnot ${PROMOTE_TRAILER}`, false],
    ['with another value', 'T\n\nPromoted-by: someone-else', false],
    ['missing', 'Fix the qa values by hand', false]
  ])('%s', (_name, text, expected) => {
    expect(hasPromoteTrailer(text)).toBe(expected)
  })
})

describe('whyNotOurs', () => {
  it.each<[string, Partial<CommitFacts>, string | undefined]>([
    ['our git commit', {}, undefined],
    [
      "GitHub's signed API commit: bot author, web-flow committer",
      {
        authorEmail: '41898282+github-actions[bot]@users.noreply.github.com',
        committerName: 'GitHub',
        committerEmail: 'noreply@github.com'
      },
      undefined
    ],
    [
      'a person',
      {
        authorName: 'Alice',
        authorEmail: 'alice@acme.test',
        committerName: 'Alice',
        committerEmail: 'alice@acme.test'
      },
      'authored by Alice <alice@acme.test>'
    ],
    [
      'a person who typed our trailer but not our address',
      { authorName: 'Mallory', authorEmail: '7+mallory@users.noreply.github.com' },
      'authored by Mallory <7+mallory@users.noreply.github.com>'
    ],
    [
      'our commit rebased or amended by a person',
      { committerName: 'Alice', committerEmail: 'alice@acme.test' },
      'committed by Alice <alice@acme.test>'
    ],
    [
      'the same account without our trailer (another workflow of the repository)',
      { message: 'Update the docs\n' },
      `without promote-env's trailer (${PROMOTE_TRAILER})`
    ],
    [
      "a merge from GitHub's Update branch button",
      {
        authorName: 'Alice',
        authorEmail: '9+alice@users.noreply.github.com',
        committerName: 'GitHub',
        committerEmail: 'noreply@github.com',
        message: "Merge branch 'main' into promote/qa"
      },
      'authored by Alice <9+alice@users.noreply.github.com>'
    ],
    ['an author with no name', { authorName: '', authorEmail: 'x@y' }, 'authored by <x@y>']
  ])('%s', (_name, over, expected) => {
    expect(whyNotOurs(commit(over), owner)).toBe(expected)
  })
})

describe('foreignCommit and the refusal', () => {
  it('a branch with no commits beyond the base, or only ours, is ours to reset', () => {
    expect(foreignCommit([], owner)).toBeUndefined()
    expect(foreignCommit([commit(), commit({ sha: 'b'.repeat(40) })], owner)).toBeUndefined()
  })

  it('names the first commit that is not ours, its author and the branch, in one line', () => {
    const theirs = commit({ sha: 'c'.repeat(40), authorName: 'Alice', authorEmail: 'alice@acme.test' })
    const foreign = foreignCommit([commit(), theirs, commit({ sha: 'd'.repeat(40), authorName: 'Bob' })], owner)
    expect(foreign).toEqual({ commit: theirs, why: 'authored by Alice <alice@acme.test>' })
    const text = foreignBranchMessage('promote/qa', foreign!, owner)
    expect(text).toBe(
      'Branch promote/qa has commit cccccccccccc authored by Alice <alice@acme.test>, not written by promote-env as ' +
        'github-actions; promote-env will not overwrite it: merge or delete the branch, or set the branch input'
    )
    expect(text).not.toContain('\n')
  })
})
