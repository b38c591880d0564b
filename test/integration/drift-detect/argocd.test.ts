/**
 * drift-detect with Argo CD: the bundle against the Argo CD emulator (a simulated argocd-server and controller) and the
 * GitHub emulator. OutOfSync at the deployed revision is drift with an issue; OutOfSync toward a newer commit is
 * unapplied; a deleted application's issue is closed as removed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { argoCdForTests } from '../../emulators/argocd/jest.js'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { OWNER, REPO, cleanup, exampleWorkspace, json, runDrift, unitMarker } from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
const argo = await argoCdForTests()
afterAll(cleanup)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const issues = () => gh.state.issues(OWNER, REPO).filter((i) => !i.pull)

describe('drift-detect with Argo CD', () => {
  it('reports live drift of an application as an issue, a pending deploy as unapplied, and closes the issue of a deleted app', async () => {
    argo.addApp({ name: 'web' })
    argo.addApp({ name: 'api', behaviour: { pruneRequired: 1 } })
    argo.addApp({ name: 'worker', behaviour: { noticeLagMs: 0 } })
    argo.startOperation('api', { username: 'alice' }) // leaves a resource that requires pruning: OutOfSync at its revision
    await sleep(600)
    argo.pushCommit() // worker notices the newer commit at once; it is not deployed yet
    await sleep(300)
    const inputs = { 'argocd-server': argo.url, 'argocd-auth-token': argo.token }
    const ws = await exampleWorkspace()

    const first = await runDrift({ workspace: ws, gh, inputs })
    expect(first.exitCode).toBe(0)
    expect(json(first, 'drifted-units')).toEqual(['argocd:argocd/api'])
    expect(json(first, 'unapplied-units')).toEqual(['argocd:argocd/worker'])
    expect(issues()).toHaveLength(1)
    expect(issues()[0].body).toContain(unitMarker('argocd:argocd/api'))
    expect(issues()[0].body).toContain('<code>ConfigMap api/api-obsolete-1</code>')

    argo.deleteApp('api')
    const second = await runDrift({ workspace: ws, gh, inputs })
    expect(second.outputs['issues-closed']).toBe('1')
    expect(issues()[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' })
  })
})
