import { describe, expect, it } from '@jest/globals'
import { deploymentsOf } from '../../emulators/github/handlers/deployments.js'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { DEFAULT_REPO } from '../../emulators/argocd/index.js'
import { argoCdForTests } from '../../emulators/argocd/jest.js'
import { appsOf, expectTruthful, failureOf, runSyncWait } from './helpers.js'

const argo = await argoCdForTests()
const gh = await emulatorForTests({ owner: 'acme', repo: 'live' })

/** A commit that exists in both worlds: GitHub (for the deployment record) and the Argo CD app's repository. */
function pushBoth(): string {
  const sha = gh.state.commitFiles('acme', 'live', 'main', {
    'environments/prod/values.yaml': `tag: ${Date.now()}\n`
  }).sha
  argo.pushCommit('main', DEFAULT_REPO, sha)
  return sha
}

describe('argocd-sync-wait: rollback, sync windows, deployment records, stream forms', () => {
  it('records a GitHub deployment: in_progress, then success, linked to the run', async () => {
    argo.addApp({ name: 'web' })
    const sha = pushBoth()
    const r = await runSyncWait(
      argo,
      { apps: 'web', 'expected-revision': sha, 'deployment-environment': 'production' },
      { apiUrl: gh.url }
    )
    expect(r.outputs.healthy).toBe('true')
    const [deployment] = deploymentsOf(gh.state, 'acme', 'live')
    expect(deployment).toMatchObject({ sha, environment: 'production' })
    expect(deployment.statuses.map((s) => [s.state, s.logUrl])).toEqual([
      ['in_progress', 'https://github.com/acme/live/actions/runs/4242/attempts/1'],
      ['success', 'https://github.com/acme/live/actions/runs/4242/attempts/1']
    ])
  })

  it('rolls a Degraded release back to the last healthy revision, records failure then inactive, and still fails', async () => {
    const good = pushBoth()
    argo.addApp({ name: 'web', behaviour: { syncMs: 100 } })
    const bad = pushBoth()
    argo.setBehaviour('web', { healthByRevision: { [bad]: 'Degraded' } })
    const r = await runSyncWait(
      argo,
      {
        apps: 'web',
        'expected-revision': bad,
        'on-failure': 'rollback',
        'degraded-grace': '500ms',
        'deployment-environment': 'staging'
      },
      { apiUrl: gh.url }
    )
    expect(r.exitCode).not.toBe(0)
    const [app] = appsOf(r)
    expect(app.outcome).toBe('failed')
    expect(app.rollback).toMatchObject({ outcome: 'succeeded', revisions: [good] })
    // Live again at the good revision (status.sync keeps comparing with the newer target: OutOfSync by design).
    expect(argo.app('web')!.status.history!.at(-1)!.revision).toBe(good)
    expect(argo.app('web')!.status.operationState!.syncResult!.revision).toBe(good)
    expect(argo.app('web')!.status.health.status).toBe('Healthy')
    expect(argo.count('POST /api/v1/applications/{name}/rollback')).toBe(1)
    expect(deploymentsOf(gh.state, 'acme', 'live')[0].statuses.map((s) => s.state)).toEqual([
      'in_progress',
      'failure',
      'inactive'
    ])
    expect(r.summary).toContain(`✅ Healthy, at ${good.slice(0, 7)}`)
  })

  it('rolls back under what is left of the one timeout: a release that used it all gets its rollback unconfirmed', async () => {
    const good = argo.pushCommit()
    argo.addApp({ name: 'web' })
    const bad = argo.pushCommit()
    // The bad release never settles, so its wait ends only when the timeout for all apps runs out.
    argo.setBehaviour('web', { healthByRevision: { [bad]: 'Progressing' } })
    const r = await runSyncWait(argo, {
      apps: 'web',
      'expected-revision': bad,
      'on-failure': 'rollback',
      timeout: '3s'
    })
    expect(r.exitCode).not.toBe(0)
    const [app] = appsOf(r)
    expect(app.outcome).toBe('timeout')
    // A fresh deadline would have seen the (healthy) rollback through; the remaining one has nothing left.
    expect(app.rollback).toMatchObject({ outcome: 'timeout', revisions: [good] })
    expect(app.rollback?.reason).toMatch(/^rollback requested, not confirmed within the timeout: /)
    expect(argo.count('POST /api/v1/applications/{name}/rollback')).toBe(1)
  })

  it('says why an auto-synced app cannot be rolled back', async () => {
    argo.addApp({ name: 'web', automated: true })
    const bad = argo.pushCommit()
    argo.setBehaviour('web', { healthByRevision: { [bad]: 'Degraded' } })
    const r = await runSyncWait(argo, {
      apps: 'web',
      'expected-revision': bad,
      'on-failure': 'rollback',
      'degraded-grace': '300ms'
    })
    expect(appsOf(r)[0].rollback?.outcome).toBe('failed')
    expect(appsOf(r)[0].rollback?.reason).toMatch(/auto-sync is enabled/)
    expect(argo.count('POST /api/v1/applications/{name}/rollback')).toBe(0)
  })

  it('waits for a sync window that denies the sync, and syncs when it opens', async () => {
    argo.addProject('prod', [{ kind: 'deny', schedule: '* * * * *', duration: '1h', applications: ['*'] }])
    argo.addApp({ name: 'web', project: 'prod' })
    const sha = argo.pushCommit()
    // The window opens once the action has seen it closed.
    const opening = setInterval(() => {
      if (argo.count('GET /api/v1/applications/{name}/syncwindows') > 0) argo.setSyncWindows('prod', [])
    }, 100)
    const r = await runSyncWait(argo, { apps: 'web', project: 'prod', 'expected-revision': sha })
    clearInterval(opening)
    expect(argo.count('GET /api/v1/applications/{name}/syncwindows')).toBeGreaterThanOrEqual(2)
    expect(r.outputs.healthy).toBe('true')
    expect(r.stdout).toMatch(/web: sync window closed: blocked by the deny window '\* \* \* \* \*' for 1h/)
    expectTruthful(argo, r, sha)
  })

  it('fails at once naming the window with outside-window fail, and honours a manual-sync window', async () => {
    argo.addProject('prod', [{ kind: 'deny', schedule: '* * * * *', duration: '1h', applications: ['*'] }])
    argo.addApp({ name: 'web', project: 'prod' })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, 'outside-window': 'fail' })
    expect(failureOf(r)).toBe(
      "1 of 1 app(s) failed: web (cannot sync now: blocked by the deny window '* * * * *' for 1h)"
    )
    expect(argo.count('POST /api/v1/applications/{name}/sync')).toBe(0)

    argo.setSyncWindows('prod', [
      { kind: 'deny', schedule: '* * * * *', duration: '1h', applications: ['*'], manualSync: true }
    ])
    const manual = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, 'outside-window': 'fail' })
    expect(manual.outputs.healthy).toBe('true')
  })

  it.each(['sse', 'off'])('waits through the %s stream form', async (stream) => {
    argo.addApp({ name: 'web', behaviour: { syncMs: 400 } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, stream })
    expect(r.outputs.healthy).toBe('true')
    const watches = argo.stats.requests.filter((q) => q.route === 'GET /api/v1/stream/applications')
    expect(watches.length > 0).toBe(stream === 'sse')
    expectTruthful(argo, r, sha)
  })

  it('reports a dry run without applying anything', async () => {
    argo.addApp({ name: 'web' })
    const history = argo.app('web')!.status.history!.length
    const before = argo.app('web')!.status.sync.revision
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'dry-run': 'true' })
    expect(r.outputs.healthy).toBe('true')
    expect(appsOf(r)[0].reason).toBe('dry run Succeeded')
    expect(argo.app('web')!.status.history).toHaveLength(history)
    // Nothing was applied: the app is still at the revision it had (OutOfSync once the controller compares).
    expect(argo.app('web')!.status.sync.revision).toBe(before)
    expect(before).not.toBe(sha)
  })

  it('sends the sync options, resources, revision, force and retry strategy Argo CD expects', async () => {
    argo.addApp({ name: 'web' })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, {
      apps: 'web',
      revision: sha,
      'sync-options': 'ServerSideApply=true',
      resources: 'apps:Deployment:web/web',
      force: 'true',
      'retry-limit': '3',
      'retry-backoff': '10s',
      'wait-for': 'operation'
    })
    const sync = argo.stats.requests.find((q) => q.route === 'POST /api/v1/applications/{name}/sync')!
    expect(sync.body).toMatchObject({
      revision: sha,
      syncOptions: { items: ['ServerSideApply=true'] },
      resources: [{ group: 'apps', kind: 'Deployment', namespace: 'web', name: 'web' }],
      strategy: { hook: { force: true } },
      retryStrategy: { limit: 3, backoff: { duration: '10s', factor: 2, maxDuration: '3m' } },
      prune: false,
      dryRun: false
    })
    expect(r.outputs.revision).toBe(sha)
  })
})
