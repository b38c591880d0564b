import { describe, expect, it } from '@jest/globals'
import { expectedPerSource, isOurs, revisionsMatch, step } from '../../../src/core/argocd/waiter.js'
import type { WaitCriteria, WaitMemory, Verdict } from '../../../src/core/argocd/waiter.js'
import { appStatus, criteria, NEW, OLD, OUR_INFO, opState, T0 } from './fixtures.js'
import type { AppShape } from './fixtures.js'

/** Feeds observations (status, seconds after T0) through the waiter and returns every verdict. */
function run(observations: [AppShape, number][], c: WaitCriteria = criteria()): Verdict[] {
  let memory: WaitMemory = {}
  return observations.map(([shape, seconds]) => {
    const r = step(appStatus(shape), c, memory, T0 + seconds * 1000)
    memory = r.memory
    return r.verdict
  })
}

const FOREIGN = [{ name: 'gha-run', value: '1-1-web' }]
const done = {
  sync: 'Synced',
  health: 'Healthy',
  revision: NEW,
  reconciled: 5,
  op: opState('Succeeded', { finished: 4 })
}

// Every race of research/argocd.md 5.3, and the sequences that must (and must not) end in success.
describe('waiter: races of research 5.3 never end in a false success', () => {
  it.each<[string, [AppShape, number][], WaitCriteria | undefined, Verdict['state'], RegExp]>([
    // 1. stale pre-sync state: Synced/Healthy at the old revision, no operation of ours yet
    [
      '1 stale Synced/Healthy at the old revision, before our op',
      [[{ revision: OLD }, 0]],
      undefined,
      'pending',
      /not started/
    ],
    [
      '1 stale status while waiting only (no sync)',
      [[{ revision: OLD }, 0]],
      criteria({ ours: undefined }),
      'pending',
      /at revision aaaaaaa, expected bbbbbbb/
    ],
    [
      '1 status catches up while waiting only',
      [
        [{ revision: OLD }, 0],
        [{ revision: NEW }, 9]
      ],
      criteria({ ours: undefined }),
      'succeeded',
      /Synced, Healthy/
    ],
    // 2. requested but not started: operation set, operationState absent (SetAppOperation wipes it)
    [
      '2 requested, not started',
      [[{ requested: { info: OUR_INFO }, revision: OLD }, 0]],
      undefined,
      'pending',
      /requested, the controller has not started/
    ],
    [
      '2 no operation state at all after the request',
      [[{ revision: NEW, reconciled: 9 }, 0]],
      undefined,
      'pending',
      /has not started/
    ],
    // 3. a foreign operation (auto-sync, or a previous run) in operationState
    [
      '3 previous operation Succeeded (other run)',
      [[{ ...done, op: opState('Succeeded', { info: FOREIGN, finished: 4 }) }, 0]],
      undefined,
      'pending',
      /has not started/
    ],
    [
      '3 auto-sync operation Succeeded to the new revision',
      [[{ ...done, op: opState('Succeeded', { info: [], automated: true, finished: 4 }) }, 0]],
      undefined,
      'pending',
      /has not started/
    ],
    [
      '3 auto-sync running blocks ours',
      [[{ requested: { automated: true }, op: opState('Running', { info: [], automated: true }) }, 0]],
      undefined,
      'pending',
      /another operation is running \(auto-sync\)/
    ],
    [
      '3 ours finished, then auto-sync replaced the op state: ours was captured',
      [
        [done, 0],
        [{ ...done, op: opState('Succeeded', { info: [], automated: true, finished: 6 }), reconciled: 7 }, 1]
      ],
      undefined,
      'succeeded',
      /Synced, Healthy/
    ],
    [
      '3 ours finished, auto-sync op now running',
      [
        [{ ...done, reconciled: 3 }, 0],
        [{ ...done, requested: { automated: true } }, 1]
      ],
      undefined,
      'pending',
      /another operation is running/
    ],
    // 4. stale health after completion: reconciledAt < finishedAt
    ['4 Succeeded but not yet reconciled', [[{ ...done, reconciled: 3 }, 0]], undefined, 'pending', /reconcile/],
    [
      '4 Succeeded, no reconciledAt at all',
      [[{ ...done, reconciled: undefined }, 0]],
      undefined,
      'pending',
      /reconcile/
    ],
    // 4b. same second: reconciledAt is when a comparison started, second precision; it may predate finishedAt
    [
      '4 reconciledAt in the same second as finishedAt is not trusted',
      [[{ ...done, reconciled: 4 }, 0]],
      undefined,
      'pending',
      /reconciled in the same second as the operation finished/
    ],
    [
      '4 same second, then a later reconcile decides (Degraded after the re-sync)',
      [
        [{ ...done, reconciled: 4 }, 0],
        [{ ...done, reconciled: 5, health: 'Degraded' }, 1.2]
      ],
      undefined,
      'pending',
      /Degraded \(within degraded-grace\)/
    ],
    [
      '4 same second while waiting only',
      [[{ ...done, reconciled: 4 }, 0]],
      criteria({ ours: undefined }),
      'pending',
      /same second/
    ],
    [
      '4 same second does not matter when only the operation is waited for',
      [[{ ...done, reconciled: 4 }, 0]],
      criteria({ ours: undefined, waitFor: { sync: false, health: false, operation: true, suspended: false } }),
      'succeeded',
      /at bbbbbbb/
    ],
    [
      '4 same second after a rollback',
      [[{ ...done, reconciled: 4, op: opState('Succeeded', { finished: 4, revision: OLD, info: [], started: 2 }) }, 0]],
      criteria({
        ours: { notBefore: T0 + 1000 },
        expectedRevisions: [OLD],
        statusRevision: false,
        waitFor: { sync: false, health: true, operation: true, suspended: false }
      }),
      'pending',
      /same second/
    ],
    [
      '4 reconciled but status still at the old revision',
      [[{ ...done, revision: OLD }, 0]],
      undefined,
      'pending',
      /at revision aaaaaaa/
    ],
    // 5. retry looks like a finish: Running with finishedAt
    [
      '5 Running with finishedAt is a retry',
      [[{ ...done, op: opState('Running', { finished: 4, retryCount: 1, message: 'boom. Retrying attempt #1' }) }, 0]],
      undefined,
      'pending',
      /retrying \(attempt #2\)/
    ],
    [
      '5 Running without finishedAt',
      [[{ op: opState('Running', { message: 'waiting for healthy state of apps/Deployment/web' }) }, 0]],
      undefined,
      'pending',
      /operation Running: waiting for healthy/
    ],
    [
      '5 Terminating is not an end',
      [[{ op: opState('Terminating') }, 0]],
      undefined,
      'pending',
      /operation Terminating/
    ],
    [
      '5 Failed after retries',
      [
        [
          { op: opState('Failed', { finished: 9, message: 'one or more objects failed to apply (retried 2 times).' }) },
          0
        ]
      ],
      undefined,
      'failed',
      /operation Failed: one or more objects failed/
    ],
    [
      '5 Error',
      [[{ op: opState('Error', { finished: 9, message: 'Failed to load application project' }) }, 0]],
      undefined,
      'failed',
      /operation Error/
    ],
    // 6. Succeeded is not Healthy; Degraded only after the grace period
    [
      '6 Succeeded and Progressing',
      [[{ ...done, health: 'Progressing' }, 0]],
      undefined,
      'pending',
      /health Progressing/
    ],
    [
      '6 Degraded within the grace period',
      [
        [{ ...done, health: 'Degraded' }, 0],
        [{ ...done, health: 'Degraded' }, 60]
      ],
      undefined,
      'pending',
      /within degraded-grace/
    ],
    [
      '6 Degraded for the whole grace period',
      [
        [{ ...done, health: 'Degraded' }, 0],
        [{ ...done, health: 'Degraded' }, 120]
      ],
      undefined,
      'failed',
      /Degraded for 120s/
    ],
    [
      '6 Degraded, Progressing, Degraded again restarts the grace',
      [
        [{ ...done, health: 'Degraded' }, 0],
        [{ ...done, health: 'Progressing' }, 100],
        [{ ...done, health: 'Degraded' }, 130]
      ],
      undefined,
      'pending',
      /within degraded-grace/
    ],
    [
      '6 Degraded then Healthy',
      [
        [{ ...done, health: 'Degraded' }, 0],
        [done, 30]
      ],
      undefined,
      'succeeded',
      /Healthy/
    ],
    [
      '6 Suspended is not done by default',
      [[{ ...done, health: 'Suspended' }, 0]],
      undefined,
      'pending',
      /health Suspended/
    ],
    [
      '6 Suspended counts with wait-for suspended',
      [[{ ...done, health: 'Suspended' }, 0]],
      criteria({ waitFor: { sync: true, health: true, operation: true, suspended: true } }),
      'succeeded',
      /Suspended/
    ],
    ['6 Missing health is pending', [[{ ...done, health: 'Missing' }, 0]], undefined, 'pending', /health Missing/],
    // 7/8 are about requests and streams (client and action tests); 9 deletion mid-wait
    ['9 app being deleted', [[{ ...done, deleting: true }, 0]], undefined, 'failed', /being deleted/],
    // 12. prune required
    [
      '12 Succeeded but OutOfSync with prune-skipped resources',
      [
        [
          {
            ...done,
            sync: 'OutOfSync',
            op: opState('Succeeded', {
              finished: 4,
              resources: [
                {
                  kind: 'ConfigMap',
                  name: 'old',
                  namespace: 'web',
                  status: 'PruneSkipped',
                  message: 'ignored (requires pruning)'
                }
              ]
            })
          },
          0
        ]
      ],
      undefined,
      'failed',
      /1 resources require pruning/
    ],
    [
      '12 OutOfSync without prune leftovers is pending',
      [[{ ...done, sync: 'OutOfSync' }, 0]],
      undefined,
      'pending',
      /sync status OutOfSync/
    ],
    // revision pinning
    [
      'our op synced another revision',
      [[{ ...done, op: opState('Succeeded', { finished: 4, revision: OLD }) }, 0]],
      undefined,
      'failed',
      /synced revision aaaaaaa, not the expected bbbbbbb/
    ],
    [
      'abbreviated expected SHA',
      [[done, 0]],
      criteria({ expectedRevisions: [NEW.slice(0, 7)] }),
      'succeeded',
      /Healthy/
    ],
    [
      'multi-source: every source at its revision',
      [[{ ...done, revision: undefined, revisions: [NEW, 'v1.2.0'], op: opState('Succeeded', { finished: 4 }) }, 0]],
      criteria({ expectedRevisions: [NEW, 'v1.2.0'], ours: undefined }),
      'succeeded',
      /Healthy/
    ],
    [
      'multi-source: one source behind',
      [[{ ...done, revisions: [NEW, 'v1.1.0'] }, 0]],
      criteria({ expectedRevisions: [NEW, 'v1.2.0'], ours: undefined }),
      'pending',
      /at revision/
    ],
    // dry run: the controller does not reconcile after a dry run (CLI PR #4069)
    [
      'dry run succeeds on the operation alone',
      [[{ revision: OLD, op: opState('Succeeded', { finished: 4, dryRun: true }), reconciled: 1 }, 0]],
      criteria({ dryRun: true }),
      'succeeded',
      /dry run/
    ],
    // conditions
    [
      'ComparisonError keeps it pending',
      [[{ ...done, conditions: [{ type: 'ComparisonError', message: 'rpc error' }] }, 0]],
      undefined,
      'pending',
      /ComparisonError: rpc error/
    ],
    [
      'warning conditions do not matter',
      [[{ ...done, conditions: [{ type: 'OrphanedResourceWarning', message: 'x' }] }, 0]],
      undefined,
      'succeeded',
      /Healthy/
    ],
    // wait only: an operation in progress
    [
      'wait only: someone else running',
      [[{ requested: {}, op: opState('Running', { info: [] }) }, 0]],
      criteria({ ours: undefined }),
      'pending',
      /an operation is running/
    ],
    [
      'wait only: finished, not reconciled',
      [[{ ...done, reconciled: 2 }, 0]],
      criteria({ ours: undefined }),
      'pending',
      /reconcile/
    ],
    [
      'wait only without operation in wait-for ignores it',
      [[{ ...done, reconciled: 2 }, 0]],
      criteria({ ours: undefined, waitFor: { sync: true, health: true, operation: false, suspended: false } }),
      'succeeded',
      /Healthy/
    ],
    // partial sync: judged on the selected resources
    [
      'partial sync: selected resource Synced and Healthy while the app is OutOfSync',
      [
        [
          {
            ...done,
            sync: 'OutOfSync',
            health: 'Degraded',
            resources: [
              {
                group: 'apps',
                kind: 'Deployment',
                namespace: 'web',
                name: 'api',
                status: 'Synced',
                health: { status: 'Healthy' }
              },
              { kind: 'Service', namespace: 'web', name: 'x', status: 'OutOfSync' }
            ]
          },
          0
        ]
      ],
      criteria({ resources: [{ group: 'apps', kind: 'Deployment', namespace: 'web', name: 'api' }] }),
      'succeeded',
      /Synced, Healthy/
    ],
    [
      'partial sync: selected resource missing',
      [[{ ...done, resources: [] }, 0]],
      criteria({ resources: [{ group: 'apps', kind: 'Deployment', namespace: 'web', name: 'api' }] }),
      'pending',
      /sync status OutOfSync/
    ],
    // rollback: Argo CD still compares with the newer target, so the app is OutOfSync at it; our operation decides
    [
      'rollback: our operation at the old revision, app OutOfSync at the new one',
      [
        [
          {
            ...done,
            sync: 'OutOfSync',
            revision: NEW,
            op: opState('Succeeded', { finished: 4, revision: OLD, info: [], started: 2 })
          },
          0
        ]
      ],
      criteria({
        ours: { notBefore: T0 + 1000 },
        expectedRevisions: [OLD],
        statusRevision: false,
        waitFor: { sync: false, health: true, operation: true, suspended: false }
      }),
      'succeeded',
      /^Healthy, at aaaaaaa$/
    ],
    [
      'rollback: Degraded after the rollback still fails after the grace',
      [
        [
          {
            ...done,
            health: 'Degraded',
            op: opState('Succeeded', { finished: 4, revision: OLD, info: [], started: 2 })
          },
          0
        ],
        [
          {
            ...done,
            health: 'Degraded',
            op: opState('Succeeded', { finished: 4, revision: OLD, info: [], started: 2 })
          },
          200
        ]
      ],
      criteria({ ours: { notBefore: T0 + 1000 }, expectedRevisions: [OLD], statusRevision: false }),
      'failed',
      /Degraded/
    ],
    // the happy path
    [
      'ours Succeeded, reconciled, Synced, Healthy, at the revision',
      [[done, 0]],
      undefined,
      'succeeded',
      /Synced, Healthy, at bbbbbbb/
    ]
  ])('%s', (_name, observations, c, state, reason) => {
    const verdicts = run(observations, c ?? criteria())
    const last = verdicts.at(-1)!
    expect(last.state).toBe(state)
    expect(last.reason).toMatch(reason)
  })

  it('asks for a refresh one second after it first saw a same-second status, and at once when not reconciled', () => {
    let memory: WaitMemory = {}
    const verdicts = (
      [
        [{ ...done, reconciled: 3 }, 0],
        [{ ...done, reconciled: 4 }, 0.3],
        [{ ...done, reconciled: 4, rv: 101 }, 0.9],
        [{ ...done, reconciled: 5 }, 1.4]
      ] as [AppShape, number][]
    ).map(([shape, seconds]) => {
      const r = step(appStatus(shape), criteria(), memory, T0 + seconds * 1000)
      memory = r.memory
      return r.verdict
    })
    expect(verdicts.map((v) => (v.state === 'pending' ? v.refreshFrom : v.state))).toEqual([
      T0,
      T0 + 1300,
      T0 + 1300,
      'succeeded'
    ])
    expect(memory.sameSecond).toBeUndefined()
  })

  // A refresh is a request: it is asked for only when the stale status is all that keeps the app from a decision.
  it.each<[string, AppShape, number | undefined, boolean, RegExp]>([
    ['not reconciled, otherwise done: refresh at once', { ...done, reconciled: 3 }, T0, false, /reconcile after/],
    ['same second, otherwise done: refresh a second later', { ...done, reconciled: 4 }, T0 + 1000, false, /same/],
    [
      'not reconciled, still Progressing: no refresh (the next write proves it)',
      { ...done, reconciled: 3, health: 'Progressing' },
      undefined,
      true,
      /^health Progressing; waiting for the controller to reconcile/
    ],
    [
      'same second, OutOfSync: no refresh',
      { ...done, reconciled: 4, sync: 'OutOfSync' },
      undefined,
      true,
      /^sync status OutOfSync; reconciled in the same second/
    ],
    [
      'same second, at the old revision: no refresh',
      { ...done, reconciled: 4, revision: OLD },
      undefined,
      true,
      /^at revision aaaaaaa/
    ],
    [
      'not reconciled, Degraded: refresh at once (the grace must start on a status that counts)',
      { ...done, reconciled: 3, health: 'Degraded' },
      T0,
      false,
      /reconcile after/
    ]
  ])('%s', (_name, shape, refreshFrom, stale, reason) => {
    const { verdict } = step(appStatus(shape), criteria(), {}, T0)
    expect(verdict.state).toBe('pending')
    if (verdict.state !== 'pending') return
    expect(verdict.refreshFrom).toBe(refreshFrom)
    expect(verdict.stale === true).toBe(stale)
    expect(verdict.reason).toMatch(reason)
  })

  it('never fails on a stale Degraded status, however long it lasts', () => {
    const stale = { ...done, reconciled: 3, health: 'Degraded' }
    const verdicts = run([
      [stale, 0],
      [stale, 600]
    ])
    expect(verdicts.map((v) => v.state)).toEqual(['pending', 'pending'])
  })

  it('names the resources at fault when the operation fails', () => {
    const [v] = run([
      [
        {
          op: opState('Failed', {
            finished: 4,
            message: 'one or more synchronization tasks completed unsuccessfully',
            resources: [
              {
                group: 'apps',
                kind: 'Deployment',
                namespace: 'web',
                name: 'api',
                status: 'SyncFailed',
                message: 'admission webhook denied'
              }
            ]
          }),
          resources: [
            {
              kind: 'Service',
              namespace: 'web',
              name: 'api',
              status: 'Synced',
              health: { status: 'Degraded', message: 'no endpoints' }
            }
          ]
        },
        0
      ]
    ])
    expect(v.state).toBe('failed')
    expect(v.state === 'failed' && v.faults).toEqual([
      { resource: 'apps/Deployment web/api', sync: 'SyncFailed', health: '', message: 'admission webhook denied' },
      { resource: 'Service web/api', sync: 'Synced', health: 'Degraded', message: 'no endpoints' }
    ])
  })
})

describe('isOurs', () => {
  const op = (o: Parameters<typeof opState>[1]) => appStatus({ op: opState('Running', o) }).operation
  it.each([
    ['all our infos', op({}), { info: OUR_INFO }, true],
    ['another run', op({ info: FOREIGN }), { info: OUR_INFO }, false],
    ['no infos', op({ info: [] }), { info: OUR_INFO }, false],
    ['rollback: manual, started after the request', op({ info: [], started: 10 }), { notBefore: T0 + 10_400 }, true],
    ['rollback: started before the request', op({ info: [], started: 8 }), { notBefore: T0 + 10_000 }, false],
    ['rollback: automated', op({ info: [], started: 10, automated: true }), { notBefore: T0 }, false],
    ['rollback: tagged by another run', op({ started: 10 }), { notBefore: T0 }, false]
  ])('%s', (_name, operation, tag, expected) => expect(isOurs(operation, tag)).toBe(expected))
})

describe('revisionsMatch', () => {
  it.each<[string[], string[], boolean]>([
    [[], [OLD], true],
    [[NEW], [NEW], true],
    [['BBBBBBB'], [NEW], true],
    [[NEW], [OLD], false],
    [['v1.2.0'], ['v1.2.0'], true],
    [['v1.2'], ['v1.2.0'], false],
    // one revision must be every source's (expectedPerSource narrows it to the sources it can be first)
    [[NEW], [OLD, NEW], false],
    [[NEW], [NEW, NEW], true],
    [[NEW, '*'], [NEW, 'v9'], true],
    [['*', NEW], [NEW, OLD], false],
    [[NEW, NEW], [NEW], false],
    [['*'], [OLD], true],
    [[NEW, 'v1'], [NEW, 'v2'], false],
    [[NEW], [], false]
  ])('%j vs %j is %s', (expected, actual, result) => expect(revisionsMatch(expected, actual)).toBe(result))
})

describe('expectedPerSource: which source must be at which expected revision', () => {
  const git = (repoURL = 'https://github.com/acme/gitops.git') => ({ repoURL, chart: '', targetRevision: 'main' })
  const chart = { repoURL: 'https://charts.example.com', chart: 'web', targetRevision: '1.2.0' }
  it.each<[string, string[], ReturnType<typeof git>[], string[] | RegExp]>([
    ['nothing expected', [], [git(), git()], []],
    ['single-source app', [NEW], [git()], [NEW]],
    ['unknown sources: as given', [NEW], [], [NEW]],
    ['a commit is every git source of one repository', [NEW], [git(), git('git@github.com:acme/gitops')], [NEW, NEW]],
    ['a commit skips Helm chart sources', [NEW], [chart, git()], ['*', NEW]],
    ['a chart version checks only the chart sources', ['1.2.0'], [chart, git()], ['1.2.0', '*']],
    ['a lone * checks nothing', ['*'], [chart, git()], ['*']],
    ['one per source, * skipping one', ['*', NEW], [chart, git()], ['*', NEW]],
    ['one per source', [OLD, NEW], [git(), git('https://github.com/acme/values')], [OLD, NEW]],
    [
      'a commit cannot be two repositories at once',
      [NEW],
      [git(), git('https://github.com/acme/values')],
      /one commit, but the app's git sources come from 2 repositories: name one revision per source/
    ],
    ['a commit, only charts', [NEW], [chart, chart], /is a commit, but every source is a Helm chart/],
    ['a version, no charts', ['v1.2.0'], [git(), git()], /is not a commit, but no source is a Helm chart/],
    [
      'too many',
      [OLD, NEW, NEW],
      [git(), git()],
      /names 3 revisions \(one per source\), but the app has 2 source\(s\)/
    ],
    ['several for a single-source app', [OLD, NEW], [git()], /names 2 revisions .* has 1 source/]
  ])('%s', (_name, expected, sources, result) => {
    const got = expectedPerSource(expected, sources)
    if (result instanceof RegExp) expect('problem' in got ? got.problem : got).toMatch(result)
    else expect(got).toEqual(result)
  })

  it('fails the app at once when the expected revisions cannot fit it, and waits on the right source otherwise', () => {
    const multi = { revisions: [OLD, NEW], reconciled: 5, op: opState('Succeeded', { finished: 4 }) }
    const sources = [git(), git('https://github.com/acme/values')]
    const app = { ...appStatus(multi), sources }
    const fail = step(app, criteria({ expectedRevisions: [NEW] }), {}, T0).verdict
    expect(fail).toMatchObject({ state: 'failed', reason: expect.stringMatching(/2 repositories/) })
    const perSource = step(app, criteria({ expectedRevisions: ['*', NEW], ours: undefined }), {}, T0).verdict
    expect(perSource.state).toBe('succeeded')
    const lagging = step(app, criteria({ expectedRevisions: [NEW, NEW], ours: undefined }), {}, T0).verdict
    expect(lagging).toMatchObject({
      state: 'pending',
      reason: 'at revision aaaaaaa, bbbbbbb, expected bbbbbbb, bbbbbbb'
    })
  })
})
