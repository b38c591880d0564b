import { describe, expect, it } from '@jest/globals'
import { argoCdForTests } from '../../emulators/argocd/jest.js'
import { appsOf, expectTruthful, failureOf, runSyncWait } from './helpers.js'

const argo = await argoCdForTests()

describe('argocd-sync-wait: operations in the way, errors and timeouts', () => {
  // research 5.3 item 7: an operation someone else started, in each mode of if-operation-running.
  it.each([
    ['wait', true, 0],
    ['terminate', true, 1],
    ['fail', false, 0]
  ])('if-operation-running %s', async (mode, healthy, terminations) => {
    // Long enough to still run when the action starts on a busy machine.
    argo.addApp({ name: 'web', behaviour: { syncMs: 6000 } })
    const sha = argo.pushCommit()
    argo.startOperation('web', { username: 'alice' })
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha, 'if-operation-running': mode })
    expect(r.outputs.healthy).toBe(String(healthy))
    expect(argo.count('DELETE /api/v1/applications/{name}/operation')).toBe(terminations)
    if (healthy) expectTruthful(argo, r, sha)
    else expect(appsOf(r)[0].reason).toBe('another operation is already in progress (if-operation-running: fail)')
  })

  it('syncs three apps found by a selector in parallel under one deadline', async () => {
    for (const name of ['api', 'web', 'worker'])
      argo.addApp({ name, labels: { team: 'shop' }, behaviour: { syncMs: 900 } })
    argo.addApp({ name: 'other', labels: { team: 'infra' } })
    const sha = argo.pushCommit()
    const started = Date.now()
    const r = await runSyncWait(argo, { selector: 'team=shop', 'expected-revision': sha })
    expect(r.outputs.healthy).toBe('true')
    expect(appsOf(r).map((a) => a.name)).toEqual(['api', 'web', 'worker'])
    expectTruthful(argo, r, sha)
    // Sequential syncs would take three times one app's time.
    expect(Math.max(...appsOf(r).map((a) => a.durationSeconds))).toBeLessThan((Date.now() - started) / 1000)
    expect(argo.count('POST /api/v1/applications/{name}/sync')).toBe(3)
    // One watch for the three, by the selector they were found with (not one per app).
    const watches = argo.stats.requests.filter((q) => q.route === 'GET /api/v1/stream/applications')
    expect(watches.map((q) => new URLSearchParams(q.search).get('selector'))).toEqual(['team=shop'])
  })

  it('watches several named apps through one stream, each app hearing only its own events', async () => {
    argo.addApp({ name: 'web', behaviour: { syncMs: 300 } })
    argo.addApp({ name: 'api', behaviour: { syncMs: 900, progressingMs: 600 } })
    argo.addApp({ name: 'other' })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web,api', 'expected-revision': sha, 'poll-interval': '5m' })
    expect(r.outputs.healthy).toBe('true')
    expectTruthful(argo, r, sha)
    const watches = argo.stats.requests.filter((q) => q.route === 'GET /api/v1/stream/applications')
    expect(watches).toHaveLength(1)
    expect(new URLSearchParams(watches[0].search).get('name')).toBeNull()
    // With a 5 min poll interval only the stream can have ended the wait: no app was read after its sync.
    for (const name of ['web', 'api']) {
      const sync = argo.requestsFor(name).findIndex((q) => q.route === 'POST /api/v1/applications/{name}/sync')
      const after = argo.requestsFor(name).slice(sync + 1)
      expect(after.filter((q) => q.route === 'GET /api/v1/applications/{name}').length).toBeLessThanOrEqual(1)
    }
  })

  it('fails naming the selector when it matches nothing', async () => {
    argo.addApp({ name: 'web', labels: { team: 'shop' } })
    const r = await runSyncWait(argo, { selector: 'team=nobody' })
    expect(r.exitCode).not.toBe(0)
    expect(failureOf(r)).toBe(
      "Input 'selector' is 'team=nobody': no application matches it (or the token may not read them)."
    )
  })

  it('times out naming the apps still pending and what each waits for', async () => {
    // Without refresh, web's comparison after its operation must fall in a later second to count: 1.1 s lag.
    argo.addApp({ name: 'web', behaviour: { reconcileLagMs: 1100 } })
    argo.addApp({ name: 'api', behaviour: { controllerDown: true } })
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, { apps: 'web,api', 'expected-revision': sha, refresh: 'none', timeout: '5s' })
    expect(r.outputs.healthy).toBe('false')
    expect(failureOf(r)).toBe(
      'Timed out waiting for api (still pending: sync requested, the controller has not started it yet)'
    )
    expect(appsOf(r).map((a) => a.outcome)).toEqual(['succeeded', 'timeout'])
  })

  it('a missing app is "not found or no permission" (403 masked), and 404 with project', async () => {
    argo.addApp({ name: 'web' })
    const masked = await runSyncWait(argo, { apps: 'web,ghost' })
    expect(appsOf(masked).map((a) => a.outcome)).toEqual(['succeeded', 'failed'])
    expect(appsOf(masked)[1].reason).toBe('application ghost not found or no permission to read it')
    const withProject = await runSyncWait(argo, { apps: 'ghost', project: 'default' })
    expect(failureOf(withProject)).toMatch(/ghost \(application ghost not found or no permission to read it\)/)
    expect(argo.stats.requests.some((q) => q.status === 404)).toBe(true)
  })

  it('stops at once on 401 with a hint about the token, and never prints it', async () => {
    argo.addApp({ name: 'web' })
    const r = await runSyncWait(argo, { apps: 'web', 'auth-token': 'not.a-valid.token' })
    expect(r.exitCode).not.toBe(0)
    expect(failureOf(r)).toMatch(
      /answered 401 \(the credentials were rejected: check auth-token.*\): (no session information|invalid session)/
    )
    expect(r.stdout).toContain('::add-mask::not.a-valid.token')
    expect(r.stdout.replace('::add-mask::not.a-valid.token', '')).not.toContain('not.a-valid.token')
  })

  it('creates a session from username and password, masking the session token', async () => {
    argo.addApp({ name: 'web' })
    argo.state.setPassword('ci', 'secret')
    const sha = argo.pushCommit()
    const r = await runSyncWait(argo, {
      apps: 'web',
      'auth-token': '',
      username: 'ci',
      password: 'secret',
      'expected-revision': sha
    })
    expect(r.outputs.healthy).toBe('true')
    expect(r.stdout.match(/::add-mask::/g)?.length).toBeGreaterThanOrEqual(3) // password, GitHub token, session token
  })

  it('retries injected 502s, 503s and 429s and still succeeds', async () => {
    argo.addApp({ name: 'web' })
    const sha = argo.pushCommit()
    argo.inject({ kind: 'status502', route: 'POST /api/v1/applications/{name}/sync', times: 2 })
    argo.inject({ kind: 'status503', route: 'GET /api/v1/applications/{name}', times: 1 })
    argo.inject({ kind: 'status429', route: 'GET /api/v1/applications/{name}/syncwindows', times: 1 })
    const r = await runSyncWait(argo, { apps: 'web', 'expected-revision': sha })
    expect(r.outputs.healthy).toBe('true')
    expect(argo.count('POST /api/v1/applications/{name}/sync')).toBe(3)
    expectTruthful(argo, r, sha)
  })

  it('a 500 on sync is not retried (it may have happened)', async () => {
    argo.addApp({ name: 'web' })
    argo.inject({ kind: 'status500', route: 'POST /api/v1/applications/{name}/sync', times: 1 })
    const r = await runSyncWait(argo, { apps: 'web' })
    expect(r.outputs.healthy).toBe('false')
    expect(argo.count('POST /api/v1/applications/{name}/sync')).toBe(1)
    expect(appsOf(r)[0].reason).toMatch(/answered 500/)
  })

  it('refuses bad inputs with one line naming the input', async () => {
    const r = await runSyncWait(argo, { apps: 'web', 'wait-for': 'healthy' })
    expect(failureOf(r)).toBe(
      "Input 'wait-for' has invalid value 'healthy': expected a comma-separated list of sync, health, operation, suspended."
    )
  })
})
