import { describe, expect, it } from '@jest/globals'
import { argoCdForTests } from '../../emulators/argocd/jest.js'
import { appsOf, expectTruthful, failureOf, runSyncWait } from './helpers.js'

const argo = await argoCdForTests()

// Every race knob of the emulator (research/argocd.md 5.3): the action never reports success on a status that is not
// about our operation and our revision. Each test checks the emulator's own record behind any "succeeded".
describe('argocd-sync-wait against the race knobs', () => {
  it('syncs to the pushed commit and reports it live (the plain case)', async () => {
    argo.addApp({ name: 'web' })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.healthy).toBe('true')
    expect(r.outputs.revision).toBe(sha)
    const [app] = appsOf(r)
    expect(app).toMatchObject({
      name: 'web',
      outcome: 'succeeded',
      sync: 'Synced',
      health: 'Healthy',
      revisions: [sha]
    })
    expect(app.operation?.phase).toBe('Succeeded')
    expectTruthful(argo, r, sha)
    const sync = argo.stats.requests.find((q) => q.route === 'POST /api/v1/applications/{name}/sync')!
    expect(sync.contentType).toBe('application/json')
    expect((sync.body as { infos: unknown }).infos).toEqual([
      { name: 'gha-run', value: '4242-1-web' },
      { name: 'gha-repository', value: 'acme/live' }
    ])
    expect(r.summary).toContain('| ✅ web | Synced | Healthy |')
  })

  it('1: a stale Synced/Healthy at the old revision is not success (wait only, auto-sync notices the commit late)', async () => {
    // The controller does not notice the commit on its own (no webhook, no periodic comparison yet).
    argo.addApp({ name: 'web', automated: true, behaviour: { noticeLagMs: null } })
    const sha = argo.pushCommit()
    const early = await runSyncWait(argo, {
      apps: 'web',
      sync: 'false',
      refresh: 'none',
      'expected-revision': sha,
      timeout: '700ms'
    })
    expect(early.outputs.healthy).toBe('false')
    expect(appsOf(early)[0]).toMatchObject({ outcome: 'timeout' })
    expect(failureOf(early)).toMatch(/Timed out waiting for web \(still pending: at revision \w{7}, expected \w{7}/)

    // The controller's periodic comparison notices the commit and auto-syncs; without refresh, it is also what proves
    // the status newer than that operation.
    argo.setBehaviour('web', { reconcileEveryMs: 1000 })
    const late = await runSyncWait(argo, { apps: 'web', sync: 'false', refresh: 'none', 'expected-revision': sha })
    expect(late.outputs.healthy).toBe('true')
    expectTruthful(argo, late, sha)
  })

  it('2: requested but not started is not done (slow controller pickup)', async () => {
    argo.addApp({ name: 'web', behaviour: { pickupMs: 1000 } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha })
    expect(r.outputs.healthy).toBe('true')
    expect(appsOf(r)[0].durationSeconds).toBeGreaterThanOrEqual(1)
    expectTruthful(argo, r, sha)
  })

  it("3: another run's finished operation is never taken for ours (controller down after it)", async () => {
    argo.addApp({ name: 'web' })
    const sha = argo.pushCommit()
    const first = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha }, { env: { GITHUB_RUN_ID: '1111' } })
    expect(first.outputs.healthy).toBe('true')
    argo.setBehaviour('web', { controllerDown: true })
    const second = await runSyncWait(argo, {
      apps: 'web',
      'expected-revision': sha,
      refresh: 'none',
      timeout: '1500ms'
    })
    expect(second.outputs.healthy).toBe('false')
    expect(appsOf(second)[0].reason).toMatch(/sync requested, the controller has not started it yet/)
  })

  it('3: an auto-sync operation right after ours does not hide our result (argo-cd#5592)', async () => {
    argo.addApp({ name: 'web', automated: true, behaviour: { autoSyncAfterOperation: true } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, 'wait-for': 'sync,health' })
    expect(r.outputs.healthy).toBe('true')
    expect(appsOf(r)[0].operation?.phase).toBe('Succeeded')
    expectTruthful(argo, r, sha)
  })

  it('4: status from before the operation ended is not trusted (reconcile lag)', async () => {
    argo.addApp({ name: 'web', behaviour: { reconcileLagMs: 1200 } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, refresh: 'none' })
    expect(r.outputs.healthy).toBe('true')
    expect(appsOf(r)[0].durationSeconds).toBeGreaterThanOrEqual(1.2)
    expectTruthful(argo, r, sha)
    // When the app's last reconcile falls in the second the operation ended, the same-second guard holds instead. The
    // stale status's own state comes first when it is pending anyway (`at revision …; waiting for …`).
    expect(r.stdout).toMatch(
      /web: ([^\n]*; )?(waiting for the controller to reconcile after the operation|reconciled in the same second as the operation)/
    )
  })

  it('4: a comparison from before a re-sync to the same commit, persisted in the second it ended, is not trusted', async () => {
    argo.addApp({ name: 'web', behaviour: { progressingMs: 0 } })
    const sha = argo.pushCommit()
    const first = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha })
    expect(first.outputs.healthy).toBe('true')
    // The re-sync breaks the rollout; the comparison in flight when it ends still says Synced/Healthy at the same
    // commit with reconciledAt = finishedAt (the CLI's rule passes), and the controller's own comparison comes late.
    argo.setBehaviour('web', { staleCompareAtFinish: true, health: 'Degraded', reconcileLagMs: 1500 })
    const again = await runSyncWait(argo, {
      apps: 'web',
      'expected-revision': sha,
      refresh: 'none',
      'degraded-grace': '300ms'
    })
    expect(again.outputs.healthy).toBe('false')
    expect(appsOf(again)[0]).toMatchObject({ outcome: 'failed', health: 'Degraded', revisions: [sha] })
    expect(again.stdout).toMatch(/web: reconciled in the same second as the operation finished/)
  })

  it('4: a same-second status after a re-sync ends with a refresh, not a hang, when nothing changes', async () => {
    argo.addApp({ name: 'web', behaviour: { progressingMs: 0 } })
    const sha = argo.pushCommit()
    expect((await runSyncWait(argo, { apps: 'web', 'expected-revision': sha })).outputs.healthy).toBe('true')
    // The controller's own comparison after the re-sync lands in the same second and, finding nothing new, writes
    // nothing (reconcileAfterOperation: false stands for that write): only a refresh a second later brings a
    // reconciledAt after finishedAt.
    argo.setBehaviour('web', { staleCompareAtFinish: true, reconcileAfterOperation: false })
    const from = argo.stats.requests.length
    // With 30 s between periodic reads, only the early refresh can end this within the 20 s timeout.
    const again = await runSyncWait(argo, {
      apps: 'web',
      'expected-revision': sha,
      'poll-interval': '30s',
      'request-timeout': '10s'
    })
    expect(again.outputs.healthy).toBe('true')
    expect(again.stdout).toMatch(/web: reconciled in the same second as the operation finished/)
    // After the sync request only refreshes read the app: the one a second after the same-second status (a loaded
    // machine may need another when that comparison lands in a shared second again), never a plain periodic read.
    const requests = argo.stats.requests.slice(from)
    const sync = requests.findIndex((q) => q.route === 'POST /api/v1/applications/{name}/sync')
    const reads = requests.slice(sync).filter((q) => q.route === 'GET /api/v1/applications/{name}')
    const refreshes = reads.map((q) => new URLSearchParams(q.search).get('refresh'))
    expect(refreshes.length).toBeGreaterThanOrEqual(1)
    expect(new Set(refreshes)).toEqual(new Set(['normal']))
    expectTruthful(argo, again, sha)
  })

  it('5: a retry (Running with finishedAt) is not an end; success after the retry', async () => {
    argo.addApp({ name: 'web', behaviour: { attempts: ['Failed', 'Succeeded'] } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, 'retry-limit': '2' })
    expect(r.outputs.healthy).toBe('true')
    expect(r.stdout).toMatch(/web: operation failed, retrying \(attempt #2\)/)
    expectTruthful(argo, r, sha)
  })

  it('5: a failed operation fails at once with its message and the resources at fault', async () => {
    argo.addApp({ name: 'web', behaviour: { attempts: ['Failed'] } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, 'retry-limit': '1' })
    expect(r.exitCode).not.toBe(0)
    expect(appsOf(r)[0]).toMatchObject({ outcome: 'failed', operation: { phase: 'Failed' } })
    expect(appsOf(r)[0].reason).toMatch(/operation Failed: one or more objects failed to apply.*retried 1 times/)
    expect(failureOf(r)).toMatch(/1 of 1 app\(s\) failed: web \(operation Failed/)
    expect(r.summary).toContain('<details open><summary>web: operation Failed')
  })

  it('6: Succeeded is not Healthy: Degraded for the grace period fails, naming the resources', async () => {
    argo.addApp({
      name: 'web',
      behaviour: { health: 'Degraded', healthMessage: 'Deployment "web" exceeded its progress deadline' }
    })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, 'degraded-grace': '800ms' })
    expect(r.outputs.healthy).toBe('false')
    const [app] = appsOf(r)
    expect(app.reason).toMatch(/^Degraded for \d+s after the operation$/)
    expect(app.resources.some((x) => x.health === 'Degraded' && /progress deadline/.test(x.message))).toBe(true)
    expect(
      r.annotations.find((a) => a.level === 'error' && a.message.startsWith('web: failed: Degraded'))?.message
    ).toMatch(/Degraded: Deployment "web" exceeded its progress deadline/)
  })

  it('6: Suspended counts only with wait-for suspended', async () => {
    argo.addApp({ name: 'web', behaviour: { health: 'Suspended' } })
    const sha = argo.pushCommit()
    const strict = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, timeout: '4s' })
    expect(appsOf(strict)[0].outcome).toBe('timeout')
    expect(appsOf(strict)[0].reason).toMatch(/^health Suspended/)
    // A second sync to the same commit: its status must come from a comparison after it, not from the first run's.
    const paused = await runSyncWait(argo, {
      apps: 'web',
      'expected-revision': sha,
      'wait-for': 'sync,health,operation,suspended'
    })
    expect(paused.outputs.healthy).toBe('true')
    expectTruthful(argo, paused, sha, ['Suspended'])
  })

  it('8: a watch that drops or goes silent is followed again; the periodic read is ground truth', async () => {
    argo.addApp({ name: 'web', behaviour: { syncMs: 600, reconcileLagMs: 300 } })
    argo.inject({ kind: 'streamDrop', route: '/api/v1/stream/applications', afterEvents: 1, times: 3 })
    const sha = argo.pushCommit()
    const dropped = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha })
    expect(dropped.outputs.healthy).toBe('true')
    expect(dropped.stdout).toMatch(/web: watch stream dropped \(.*\); reconnecting/)
    expect(argo.count('GET /api/v1/stream/applications')).toBeGreaterThanOrEqual(2)

    argo.inject({ kind: 'streamSilent', route: '/api/v1/stream/applications', times: 10 })
    const sha2 = argo.pushCommit()
    const silent = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha2, 'request-timeout': '1s' })
    expect(silent.outputs.healthy).toBe('true')
    expectTruthful(argo, silent, sha2)
  })

  it('8: a refresh that never returns falls back to a plain read (argo-cd#21613)', async () => {
    // A refresh never ends here, so the periodic comparison (timeout.reconciliation) supplies a status newer than the
    // operation, and clears the refresh annotation as a real comparison does.
    argo.addApp({ name: 'web', behaviour: { refreshBlocks: true, reconcileEveryMs: 1500 } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, 'request-timeout': '700ms' })
    expect(r.outputs.healthy).toBe('true')
    expectTruthful(argo, r, sha)
    // Waiting only, the first read refreshes: it times out, and a plain read follows.
    const waited = await runSyncWait(argo, {
      apps: 'web',
      sync: 'false',
      'expected-revision': sha,
      'request-timeout': '700ms'
    })
    expect(waited.outputs.healthy).toBe('true')
    expect(
      waited.annotations.some((a) => a.level === 'warning' && /the normal refresh did not finish/.test(a.message))
    ).toBe(true)
  })

  it('multi-source: one commit must be every git source of its repository; per-source revisions with * otherwise', async () => {
    const VALUES = 'https://github.com/acme/values.git'
    const sources = [
      { repoURL: 'https://charts.example.com', chart: 'web', targetRevision: '1.2.0' },
      { repoURL: 'https://github.com/acme/gitops.git', path: 'apps/web', targetRevision: 'main' },
      { repoURL: VALUES, targetRevision: 'main', ref: 'values' }
    ]
    argo.addApp({ name: 'web', sources, behaviour: { progressingMs: 0 } })
    const manifests = argo.pushCommit()
    const values = argo.pushCommit('main', VALUES)
    // One commit for sources from two repositories cannot be "the revision that is live": fails at once, no sync.
    const one = await runSyncWait(argo, { apps: 'web', 'expected-revision': manifests })
    expect(appsOf(one)[0]).toMatchObject({ outcome: 'failed' })
    expect(appsOf(one)[0].reason).toMatch(/one commit, but the app's git sources come from 2 repositories/)
    expect(argo.count('POST /api/v1/applications/{name}/sync')).toBe(0)
    // The wrong count fails at once too.
    const two = await runSyncWait(argo, { apps: 'web', 'expected-revision': `${manifests},${values}` })
    expect(appsOf(two)[0].reason).toMatch(/names 2 revisions \(one per source\), but the app has 3 source\(s\)/)
    // Per source, the chart unchecked: live.
    const per = await runSyncWait(argo, { apps: 'web', 'expected-revision': `*,${manifests},${values}` })
    expect(per.outputs.healthy).toBe('true')
    expect(appsOf(per)[0].revisions).toEqual(['1.2.0', manifests, values])
    // A values commit that is not live yet keeps the app pending, whatever the other sources are at.
    const next = argo.pushCommit('main', VALUES)
    const stale = await runSyncWait(argo, {
      apps: 'web',
      sync: 'false',
      refresh: 'none',
      'expected-revision': `*,*,${next}`,
      timeout: '2s'
    })
    expect(appsOf(stale)[0]).toMatchObject({ outcome: 'timeout' })
    expect(appsOf(stale)[0].reason).toMatch(/^at revision 1\.2\.0, \w{7}, \w{7}, expected \*, \*, \w{7}/)
  })

  it('multi-source: revision is refused, since Argo CD ignores it for such apps', async () => {
    argo.addApp({
      name: 'web',
      sources: [
        { repoURL: 'https://github.com/acme/gitops.git', path: 'apps/web', targetRevision: 'main' },
        { repoURL: 'https://github.com/acme/values.git', targetRevision: 'main', ref: 'values' }
      ]
    })
    const r = await runSyncWait(argo, { apps: 'web', revision: 'main' })
    expect(appsOf(r)[0].reason).toMatch(/^revision 'main' applies to single-source apps/)
    expect(argo.count('POST /api/v1/applications/{name}/sync')).toBe(0)
  })

  it('12: Succeeded but still needing pruning fails as the CLI does, unless prune', async () => {
    argo.addApp({ name: 'web', behaviour: { pruneRequired: 2 } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha })
    expect(appsOf(r)[0]).toMatchObject({ outcome: 'failed', reason: '2 resources require pruning' })
    const pruned = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, prune: 'true' })
    expect(pruned.outputs.healthy).toBe('true')
    expectTruthful(argo, pruned, sha)
  })
})
