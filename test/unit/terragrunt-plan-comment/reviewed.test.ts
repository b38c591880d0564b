/**
 * verify-reviewed's decisions as tables: the merged pull request of a commit, the reviewed plan in a marker payload,
 * the units to plan on the push, and whether the plan made now is the one reviewers saw.
 */
import { describe, expect, it } from '@jest/globals'
import {
  MAX_UNIT_HASHES_CHARS,
  compareWithReview,
  latestReviewedPlan,
  markerUnitHashes,
  pickMergedPull,
  readReviewedPlan,
  unitHashMap,
  withReviewedUnits
} from '../../../src/terragrunt-plan-comment/reviewed.js'
import type { AssociatedPull, HashedUnit, ReviewedPlan } from '../../../src/terragrunt-plan-comment/reviewed.js'
import type { UnitSelection } from '../../../src/terragrunt-plan-comment/select.js'

const HEAD = 'a'.repeat(40)
const OLD = 'b'.repeat(40)
const MERGE = 'c'.repeat(40)
const h = (c: string) => c.repeat(32)

const pull = (n: number, o: Partial<AssociatedPull> = {}): AssociatedPull => ({
  number: n,
  merged_at: '2026-01-01T00:00:00Z',
  merge_commit_sha: MERGE,
  head: { sha: HEAD },
  base: { sha: OLD, ref: 'main' },
  ...o
})

describe('pickMergedPull', () => {
  const cases: [string, AssociatedPull[], number | RegExp][] = [
    ['the merged pull request whose merge commit this is', [pull(7)], 7],
    [
      'ignores open pull requests and those merged by another commit',
      [pull(3, { merged_at: null, merge_commit_sha: 'd'.repeat(40) }), pull(4, { merge_commit_sha: OLD }), pull(7)],
      7
    ],
    [
      'none listed',
      [],
      /Commit ccccccc is not the merge commit of a pull request \(GitHub lists no pull request for it\)/
    ],
    [
      'only an open one',
      [pull(3, { merged_at: null, merge_commit_sha: 'd'.repeat(40) })],
      /GitHub lists only #3 \(not merged\)/
    ],
    ['merged by another commit', [pull(4, { merge_commit_sha: OLD })], /#4 \(merged as bbbbbbb\)/],
    ['two claim it', [pull(7), pull(8)], /merge commit of 2 pull requests \(#7, #8\): cannot tell which review/]
  ]
  it.each(cases)('%s', (_, pulls, expected) => {
    const picked = pickMergedPull(pulls, MERGE)
    if (typeof expected === 'number') expect(picked).toEqual({ pull: expect.objectContaining({ number: expected }) })
    else expect('error' in picked && picked.error).toMatch(expected)
  })
})

describe('readReviewedPlan and latestReviewedPlan', () => {
  const stamp = { headSha: HEAD, runId: 10, runAttempt: 1, runNumber: 3 }
  it.each([
    [
      'a current payload',
      { schema: 2, ...stamp, planHash: 'p', unitHashes: { a: h('1') } },
      { planHash: 'p', unitHashes: { a: h('1') }, failed: false }
    ],
    [
      'an older payload without unit hashes',
      { schema: 2, ...stamp, planHash: 'p' },
      { planHash: 'p', unitHashes: undefined }
    ],
    ['a failure notice', { schema: 2, ...stamp, failed: true }, { failed: true, planHash: undefined }],
    ['unit hashes that are not strings', { ...stamp, planHash: 'p', unitHashes: { a: 1 } }, { unitHashes: undefined }],
    ['unit hashes as a list', { ...stamp, planHash: 'p', unitHashes: ['a'] }, { unitHashes: undefined }]
  ])('%s', (_, payload, expected) => {
    expect(readReviewedPlan(payload, 'https://x/c')).toMatchObject({ ...expected, url: 'https://x/c' })
  })
  it.each([[undefined], [null], ['text'], [{ schema: 1, planHash: 'p' }]])('no run stamp: %p', (payload) => {
    expect(readReviewedPlan(payload)).toBeUndefined()
  })

  it('takes the newest run, then the latest attempt', () => {
    const plan = (runId: number, runAttempt: number) =>
      readReviewedPlan({ headSha: HEAD, runId, runAttempt, planHash: `${runId}.${runAttempt}` })
    expect(latestReviewedPlan([plan(5, 1), plan(9, 1), undefined, plan(9, 2), plan(7, 3)])?.planHash).toBe('9.2')
    expect(latestReviewedPlan([undefined])).toBeUndefined()
  })
})

describe('unitHashMap and markerUnitHashes', () => {
  it('maps paths to hashes; units masked to one path share a hash over theirs, in order', () => {
    const units: HashedUnit[] = [
      { path: 'a', status: 'changes', hash: h('1') },
      { path: '***/x', status: 'changes', hash: h('2') },
      { path: '***/x', status: 'no-changes', hash: h('3') }
    ]
    const map = unitHashMap(units)
    expect(map.get('a')).toBe(h('1'))
    expect(map.get('***/x')).toMatch(/^[0-9a-f]{32}$/)
    expect(map.get('***/x')).not.toBe(unitHashMap([units[0], units[2], units[1]]).get('***/x'))
    expect(markerUnitHashes(units)).toEqual(Object.fromEntries(map))
  })

  it('leaves the hashes out of the marker when they would be too long', () => {
    const many = (n: number): HashedUnit[] =>
      Array.from({ length: n }, (_, i) => ({ path: `live/env-${i}/unit`, status: 'changes', hash: h('1') }))
    const perUnit = JSON.stringify({ 'live/env-100/unit': h('1') }).length - 1
    const fits = Math.floor(MAX_UNIT_HASHES_CHARS / perUnit) - 5
    expect(markerUnitHashes(many(fits))).toBeDefined()
    expect(markerUnitHashes(many(fits * 2))).toBeUndefined()
  })
})

describe('withReviewedUnits', () => {
  const selection: UnitSelection = {
    root: '/r',
    cli: {} as UnitSelection['cli'],
    version: '0.93.0',
    reasons: new Map(),
    all: ['a', 'b', 'c', 'd'],
    units: ['b'],
    deleted: [],
    deletedUnknown: [],
    skipped: ['a', 'c', 'd']
  }
  const reviewed = (units: string[]): ReviewedPlan => ({
    stamp: { headSha: HEAD, runId: 1, runAttempt: 1, runNumber: 1 },
    failed: false,
    unitHashes: Object.fromEntries(units.map((u) => [u, h('1')]))
  })
  it.each([
    [
      'the reviewed units are added to the changed-files selection',
      reviewed(['c', 'a']),
      ['a', 'b', 'c'],
      ['a', 'c'],
      []
    ],
    ['a reviewed unit that is gone is missing', reviewed(['b', 'gone']), ['b'], [], ['gone']],
    ['no comment: the changed-files selection alone', undefined, ['b'], [], []],
    [
      'an older comment without unit hashes: the selection alone',
      { ...reviewed([]), unitHashes: undefined },
      ['b'],
      [],
      []
    ]
  ] as const)('%s', (_, plan, units, added, missing) => {
    const out = withReviewedUnits(selection, plan)
    expect(out.selection.units).toEqual(units)
    expect(out.added).toEqual(added)
    expect(out.missing).toEqual(missing)
    expect(out.selection.skipped).toEqual(selection.all.filter((u) => !(units as readonly string[]).includes(u)))
  })
})

describe('compareWithReview', () => {
  const stamp = { headSha: HEAD, runId: 1, runAttempt: 1, runNumber: 1 }
  const byUnits = (hashes: Record<string, string>, o: Partial<ReviewedPlan> = {}): ReviewedPlan => ({
    stamp,
    failed: false,
    planHash: 'total',
    unitHashes: hashes,
    ...o
  })
  const unit = (path: string, hash: string, status: HashedUnit['status'] = 'changes'): HashedUnit => ({
    path,
    status,
    hash
  })
  const pr = { number: 42, headSha: HEAD }

  type Case = [string, ReviewedPlan | undefined, HashedUnit[], Record<string, unknown>]
  const cases: Case[] = [
    [
      'every unit the same',
      byUnits({ a: h('1'), b: h('2') }),
      [unit('a', h('1')), unit('b', h('2'), 'no-changes')],
      { matches: true, by: 'units', units: [] }
    ],
    [
      'a value changed in one unit',
      byUnits({ a: h('1'), b: h('2') }),
      [unit('a', h('1')), unit('b', h('9'))],
      {
        matches: false,
        units: [{ path: 'b', why: 'changed' }],
        reason: expect.stringMatching(
          /^1 unit\(s\) differ from the plan reviewed on pull request #42: b \(plan differs/
        )
      }
    ],
    [
      'a unit planned now but not in review',
      byUnits({ a: h('1') }),
      [unit('a', h('1')), unit('n', h('5'), 'no-changes')],
      { matches: false, units: [{ path: 'n', why: 'not-reviewed' }] }
    ],
    [
      'a unit reviewed but not planned now',
      byUnits({ a: h('1'), gone: h('2') }),
      [unit('a', h('1'))],
      { matches: false, units: [{ path: 'gone', why: 'not-planned' }] }
    ],
    [
      'a unit that failed to plan now, whatever its hash',
      byUnits({ a: h('1') }),
      [unit('a', h('1'), 'error')],
      { matches: false, units: [{ path: 'a', why: 'failed' }] }
    ],
    ['no units, reviewed and now', byUnits({}), [], { matches: true, by: 'units', units: [] }],
    [
      'no comment of ours',
      undefined,
      [unit('a', h('1'))],
      {
        matches: false,
        by: 'none',
        reason: 'pull request #42 has no plan comment of this action: no plan was reviewed'
      }
    ],
    [
      'the comment is for an older commit than the last one',
      byUnits({ a: h('1') }, { stamp: { ...stamp, headSha: OLD } }),
      [unit('a', h('1'))],
      {
        matches: false,
        by: 'none',
        reason:
          "the plan comment on pull request #42 is for commit bbbbbbb, but the pull request's last commit is aaaaaaa: reviewers did not see the plan of the code that was merged"
      }
    ],
    [
      'the comment says planning failed',
      { stamp, failed: true },
      [unit('a', h('1'))],
      { matches: false, reason: expect.stringContaining('shows that planning aaaaaaa failed: reviewers saw no plan') }
    ],
    [
      'an older comment: the same total hash',
      byUnits({}, { unitHashes: undefined, planHash: 'fresh-total' }),
      [unit('a', h('1'))],
      { matches: true, by: 'total', units: [], note: expect.stringContaining('compared by the total plan hash only') }
    ],
    [
      'an older comment: another total hash',
      byUnits({}, { unitHashes: undefined, planHash: 'reviewed-total' }),
      [unit('a', h('1'))],
      {
        matches: false,
        by: 'total',
        units: [],
        reason: 'the plan hash now (fresh-total) is not the one reviewed on pull request #42 (reviewed-tot)',
        note: expect.stringContaining('units that differ cannot be named')
      }
    ],
    [
      'an older comment: a unit failed now',
      byUnits({}, { unitHashes: undefined, planHash: 'fresh-total' }),
      [unit('a', h('1'), 'error')],
      { matches: false, by: 'total', units: [{ path: 'a', why: 'failed' }] }
    ],
    [
      'a comment without any hash',
      byUnits({}, { unitHashes: undefined, planHash: undefined }),
      [unit('a', h('1'))],
      {
        matches: false,
        by: 'none',
        reason: 'the plan comment on pull request #42 carries no plan hash to compare with'
      }
    ]
  ]
  it.each(cases)('%s', (_, reviewed, units, expected) => {
    const check = compareWithReview({ reviewed, pull: pr, fresh: { planHash: 'fresh-total', units } })
    expect(check).toMatchObject(expected)
    if (check.matches) expect(check.reason).toBeUndefined()
    else expect(check.reason).toEqual(expect.any(String))
  })

  it('names at most ten units in the reason, in path order', () => {
    const reviewed = byUnits(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`u${String(i).padStart(2, '0')}`, h('1')]))
    )
    const check = compareWithReview({ reviewed, pull: pr, fresh: { planHash: 'x', units: [] } })
    expect(check.units).toHaveLength(12)
    expect(check.reason).toMatch(
      /^12 unit\(s\) differ .*: u00 \(in the reviewed plan, not planned now\), .*u09 .*, and 2 more$/
    )
  })
})
