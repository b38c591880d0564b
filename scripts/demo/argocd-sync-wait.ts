import { startArgoCdEmulator, DEFAULT_REPO } from '../../test/emulators/argocd/index.js'
import { deploymentsOf } from '../../test/emulators/github/handlers/deployments.js'
import { runAction } from '../../test/harness/run-action.js'
import { Expectations, section } from './step.js'
import type { DemoContext, DemoOutcome, DemoStep } from './step.js'

/** Outputs worth showing, apps-json pretty-printed. */
function outputs(o: Record<string, string>): string {
  const apps = JSON.parse(o['apps-json'] ?? '[]') as unknown
  return [
    `healthy=${o.healthy}`,
    `revision=${o.revision}`,
    `duration-seconds=${o['duration-seconds']}`,
    `apps-json=${JSON.stringify(apps, null, 2)}`
  ].join('\n')
}

export const argocdSyncWaitStep: DemoStep = {
  action: 'argocd-sync-wait',
  title: 'argocd-sync-wait: sync the promoted revision to three apps, then roll back a bad release',
  intro: [
    'The promotion to `dev` was merged: commit X on main of the GitOps repository. Three Argo CD apps carry the',
    'label env=dev. The action syncs them through the Argo CD API emulator (a simulated controller: operation',
    'pickup, Running, reconcile lag, Progressing, then Healthy) in parallel, tags its operations with the run,',
    'waits until each one runs X, Synced and Healthy, and records a GitHub deployment in the dev environment.',
    'Then a second merge ships a release whose Deployment never becomes ready: the action fails after the',
    'degraded-grace, names the resource at fault, and rolls the app back to the last healthy revision.'
  ],
  async run({ gh }: DemoContext): Promise<DemoOutcome> {
    const expect = new Expectations()
    const argo = await startArgoCdEmulator()
    try {
      for (const name of ['api', 'web', 'worker']) {
        argo.addApp({
          name,
          labels: { env: 'dev' },
          behaviour: { syncMs: 300, reconcileLagMs: 200, progressingMs: 600 }
        })
      }
      const promoted = gh.state.commitFiles('acme', 'live', 'main', {
        'environments/dev/values.yaml': 'image:\n  tag: v1.4.0\n'
      }).sha
      argo.pushCommit('main', DEFAULT_REPO, promoted)
      const first = await runAction({
        action: 'argocd-sync-wait',
        apiUrl: gh.url,
        inputs: {
          server: argo.url,
          'auth-token': argo.token,
          selector: 'env=dev',
          'expected-revision': promoted,
          'deployment-environment': 'dev',
          timeout: '2m'
        }
      })
      section('Job summary (sync after the promotion)', first.summary)
      section('Step outputs', outputs(first.outputs))
      const deployment = deploymentsOf(gh.state, 'acme', 'live')[0]
      section(
        'GitHub deployment record',
        deployment
          ? `${deployment.environment} @ ${deployment.sha.slice(0, 7)}: ${deployment.statuses.map((s) => s.state).join(' -> ')}`
          : '(none)'
      )
      expect.check(
        first.exitCode === 0 && first.outputs.healthy === 'true',
        'the three apps should be reported live and healthy'
      )
      expect.check(
        deployment?.statuses.map((s) => s.state).join(',') === 'in_progress,success',
        'the deployment should go in_progress -> success'
      )

      const bad = gh.state.commitFiles('acme', 'live', 'main', {
        'environments/dev/values.yaml': 'image:\n  tag: v1.5.0-broken\n'
      }).sha
      argo.pushCommit('main', DEFAULT_REPO, bad)
      argo.setBehaviour('web', {
        healthByRevision: { [bad]: 'Degraded' },
        healthMessage: 'Deployment "web" exceeded its progress deadline'
      })
      const second = await runAction({
        action: 'argocd-sync-wait',
        apiUrl: gh.url,
        inputs: {
          server: argo.url,
          'auth-token': argo.token,
          apps: 'web',
          'expected-revision': bad,
          'degraded-grace': '2s',
          'on-failure': 'rollback',
          'deployment-environment': 'dev',
          timeout: '2m'
        }
      })
      section('Job summary (bad release, rolled back)', second.summary)
      section(
        'Failure annotations',
        second.annotations
          .filter((a) => a.level === 'error')
          .map((a) => a.message)
          .join('\n')
      )
      const apps = JSON.parse(second.outputs['apps-json'] ?? '[]') as { rollback?: { outcome: string } }[]
      expect.check(second.exitCode !== 0, 'the bad release should fail the step')
      expect.check(apps[0]?.rollback?.outcome === 'succeeded', 'the app should be rolled back to the healthy revision')
      expect.check(
        argo.app('web')?.status?.history?.at(-1)?.revision === promoted,
        'the last history entry should be the promoted revision again'
      )
      argo.assertNoUnknownRoutes()
    } finally {
      await argo.close()
    }
    return expect.outcome()
  }
}
