/**
 * Demo stage 4: argocd-sync-wait syncs the staging apps to the merge commit of the staging promotion and waits until
 * each one runs it, Synced and Healthy; a GitHub deployment records it.
 */
import { DEFAULT_REPO } from '../../test/emulators/argocd/index.js'
import { deploymentsOf } from '../../test/emulators/github/handlers/deployments.js'
import { pushEvent } from '../../test/harness/events.js'
import { runAction } from '../../test/harness/run-action.js'
import { Expectations, brief, errorsOf } from './step.js'
import type { DemoContext, DemoStep, StepOutcome } from './step.js'

async function run(ctx: DemoContext): Promise<StepOutcome> {
  const { gh, argo } = ctx
  const sha = ctx.facts.stagingSha
  if (!sha) throw new Error('no staging merge commit: the promotion stage did not merge its pull request')
  argo.pushCommit('main', DEFAULT_REPO, sha)
  const inputs = {
    server: argo.url,
    'auth-token': '${{ secrets.ARGOCD_TOKEN }}',
    selector: 'environment=staging',
    'expected-revision': sha,
    'deployment-environment': 'staging',
    timeout: '2m'
  }
  const result = await runAction({
    action: 'argocd-sync-wait',
    inputs: { ...inputs, 'auth-token': argo.token },
    event: { name: 'push', payload: pushEvent({ owner: 'acme', repo: 'gitops', sha }) },
    repository: 'acme/gitops',
    sha,
    apiUrl: gh.url,
    timeoutMs: 60_000
  })
  type App = { name: string; outcome?: string; health?: string }
  let apps: App[] = []
  try {
    apps = JSON.parse(result.outputs['apps-json'] ?? '[]') as App[]
  } catch {
    // checked below
  }
  const deployment = deploymentsOf(gh.state, 'acme', 'gitops').find((d) => d.environment === 'staging')
  const states = deployment?.statuses.map((s) => s.state).join(' -> ') ?? 'none'
  const expect = new Expectations()
  expect.check(result.exitCode === 0, `the sync failed: ${errorsOf(result)}`)
  expect.check(result.outputs.healthy === 'true', 'the staging apps are not reported healthy')
  expect.check(
    apps
      .map((a) => a.name)
      .sort()
      .join(',') === 'bookverse-web-staging,checkout-staging,inventory-staging',
    `synced ${apps.map((a) => a.name).join(', ') || 'no app'}, expected the three staging apps only`
  )
  expect.check(states === 'in_progress -> success', `the staging deployment went ${states}`)
  for (const name of ['bookverse-web-dev', 'bookverse-web-prod']) {
    expect.check(!argo.app(name)?.status?.operationState, `${name} was synced, but it is not a staging app`)
  }
  argo.assertNoUnknownRoutes()
  return {
    ran: `argocd-sync-wait on selector environment=staging, expected revision ${sha.slice(0, 7)}`,
    result: [
      `${apps.map((a) => `${a.name} ${a.health ?? '?'}`).join(', ')}; ${brief(result.outputs, ['healthy', 'duration-seconds'])}`,
      `GitHub deployment staging@${sha.slice(0, 7)}: ${states}`
    ],
    runs: [{ label: 'deploy job, step sync', action: 'argocd-sync-wait', inputs, result }],
    problems: expect.problems
  }
}

export const syncStep: DemoStep = {
  title: 'Argo CD sync of staging',
  intro:
    'Argo CD runs the BookVerse apps of every environment from main of acme/gitops (the emulator simulates the ' +
    'controller: operation pickup, Running, reconcile lag, Progressing, Healthy). argocd-sync-wait syncs the apps ' +
    'labelled environment=staging in parallel, waits until each one runs the merge commit of the staging promotion, ' +
    'Synced and Healthy, and records a GitHub deployment for staging. Apps of other environments are not touched.',
  run
}
