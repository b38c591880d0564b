import { describe, expect, it } from '@jest/globals'
import { reconcile } from '../../../src/drift-detect/reconcile.js'
import type { IssuePayload, OwnedIssue, ReconcileInput } from '../../../src/drift-detect/reconcile.js'
import type { UnitResult } from '../../../src/drift-detect/report.js'
import { parseShard, shardCount, shardMatrix, unitsOfShard } from '../../../src/drift-detect/shards.js'

const NOW = '2026-12-02T03:00:00.000Z'
const EARLIER = '2026-12-01T03:00:00.000Z'

const result = (unit: string, classification: UnitResult['classification']): UnitResult => ({
  unit,
  classification,
  drifted: classification === 'drift' ? [{ address: 'a.b', action: 'update', attributes: ['x'] }] : [],
  unapplied: [],
  ignored: [],
  excerpt: ''
})

const payload = (unit: string, status: IssuePayload['status'], runsDrifted = 3): IssuePayload => ({
  schema: 1,
  unit,
  status,
  firstSeen: EARLIER,
  lastSeen: EARLIER,
  runsDrifted,
  sha: 'old'
})

const issue = (
  number: number,
  unit: string,
  state: 'open' | 'closed',
  status: IssuePayload['status'] = 'drift'
): OwnedIssue => ({
  number,
  unit,
  state,
  payload: payload(unit, status)
})

const input = (o: Partial<ReconcileInput>): ReconcileInput => ({
  results: [],
  discovered: new Set(['live/a', 'live/b', 'live/c']),
  scope: 'live',
  existing: [],
  maxNew: 20,
  now: NOW,
  sha: 'new',
  ...o
})

const summary = (o: Partial<ReconcileInput>) =>
  reconcile(input(o)).ops.map((op) => {
    switch (op.kind) {
      case 'create':
        return `create ${op.unit} runs=${op.payload.runsDrifted}`
      case 'update':
        return `${op.reopen ? 'reopen' : 'update'} #${op.issue.number} runs=${op.payload.runsDrifted} first=${op.payload.firstSeen === NOW ? 'now' : 'earlier'}`
      case 'close':
        return `close #${op.issue.number} ${op.reason}`
      case 'close-duplicate':
        return `duplicate #${op.issue.number} of #${op.of}`
    }
  })

describe('reconcile', () => {
  it.each<[string, Partial<ReconcileInput>, string[]]>([
    ['new drift opens an issue', { results: [result('live/a', 'drift')] }, ['create live/a runs=1']],
    [
      'continuing drift updates the open issue and counts on',
      { results: [result('live/a', 'drift')], existing: [issue(7, 'live/a', 'open')] },
      ['update #7 runs=4 first=earlier']
    ],
    [
      'drift again after we closed it reopens the same issue as a new episode',
      { results: [result('live/a', 'drift')], existing: [issue(7, 'live/a', 'closed', 'resolved')] },
      ['reopen #7 runs=1 first=now']
    ],
    [
      'an issue a person closed while the unit still drifts is reopened and keeps counting',
      { results: [result('live/a', 'drift')], existing: [issue(7, 'live/a', 'closed', 'drift')] },
      ['reopen #7 runs=4 first=earlier']
    ],
    [
      'clean closes',
      { results: [result('live/a', 'clean')], existing: [issue(7, 'live/a', 'open')] },
      ['close #7 resolved']
    ],
    [
      'unapplied closes (not drift)',
      { results: [result('live/a', 'unapplied')], existing: [issue(7, 'live/a', 'open')] },
      ['close #7 resolved']
    ],
    [
      'an error keeps the issue as it is',
      { results: [result('live/a', 'error')], existing: [issue(7, 'live/a', 'open')] },
      []
    ],
    ['an error opens nothing', { results: [result('live/a', 'error')] }, []],
    ['a unit that is gone closes as removed', { existing: [issue(7, 'live/gone', 'open')] }, ['close #7 removed']],
    ['a unit outside the working directory is not ours to remove', { existing: [issue(7, 'other/x', 'open')] }, []],
    ['a unit not covered but existing is left alone', { existing: [issue(7, 'live/b', 'open')] }, []],
    [
      'without a discovered list nothing is removed',
      { discovered: undefined, existing: [issue(7, 'live/gone', 'open')] },
      []
    ],
    [
      'an Argo CD app is removed only when known to be gone',
      {
        existing: [issue(7, 'argocd:argocd/web', 'open'), issue(8, 'argocd:argocd/api', 'open')],
        removed: new Set(['argocd:argocd/api'])
      },
      ['close #8 removed']
    ],
    [
      'two open issues of one unit: the older is kept, the other closed as duplicate',
      { results: [result('live/a', 'drift')], existing: [issue(9, 'live/a', 'open'), issue(7, 'live/a', 'open')] },
      ['duplicate #9 of #7', 'update #7 runs=4 first=earlier']
    ],
    [
      'the cap counts new issues only',
      {
        maxNew: 1,
        results: [result('live/a', 'drift'), result('live/b', 'drift'), result('live/c', 'drift')],
        existing: [issue(7, 'live/a', 'open')]
      },
      ['update #7 runs=4 first=earlier', 'create live/b runs=1']
    ]
  ])('%s', (_name, o, expected) => {
    expect(summary(o)).toEqual(expected)
  })

  it('returns the drifted units over the cap', () => {
    const plan = reconcile(input({ maxNew: 0, results: [result('live/a', 'drift')] }))
    expect(plan.overflow).toEqual(['live/a'])
  })
})

describe('shards', () => {
  const units = Array.from({ length: 10 }, (_, i) => `u${i}`)

  it.each([
    [1, 3, ['u0', 'u1', 'u2']],
    [2, 3, ['u3', 'u4', 'u5']],
    [3, 3, ['u6', 'u7', 'u8', 'u9']]
  ])('shard %i/%i of 10 units', (index, count, expected) => {
    expect(unitsOfShard([...units].reverse(), { index, count })).toEqual(expected)
  })

  it('covers every unit exactly once for any shard count', () => {
    for (const count of [1, 2, 7, 10, 13]) {
      const all = Array.from({ length: count }, (_, i) => unitsOfShard(units, { index: i + 1, count })).flat()
      expect(all).toEqual(units)
    }
  })

  it.each([
    [500, 25, 20],
    [500, 125, 4],
    [0, 25, 1],
    [100_000, 25, 256]
  ])('%i units at %i per shard: %i shards', (n, per, count) => {
    expect(shardCount(n, per)).toBe(count)
  })

  it('builds the matrix output', () => {
    expect(shardMatrix(3)).toEqual({ shard: ['1/3', '2/3', '3/3'] })
  })

  it.each(['0/4', '5/4', '1/0', '1/257', 'x', '1-4'])('rejects shard %j', (text) => {
    expect(() => parseShard(text)).toThrow(/^Input 'shard' has invalid value/)
  })
})
