import { createGitopsRemote, git } from '../../test/harness/gitops-remote.js'
import { runAction } from '../../test/harness/run-action.js'
import { VERSIONS, bookverseRepo } from '../../test/fixtures/bookverse-gitops.js'
import { Expectations, section } from './step.js'
import type { DemoContext, DemoOutcome, DemoStep } from './step.js'

const WEB = 'environments/qa/applications/bookverse-web.yaml'

/**
 * promote-env on the BookVerse GitOps layout: dev runs 1.4.0, qa 1.3.0. A dev -> qa promotion reads the version from
 * dev and opens a PR whose diff is three scalars; a rerun changes nothing; prod refuses `latest`.
 */
async function run({ gh, tempDir }: DemoContext): Promise<DemoOutcome> {
  const expect = new Expectations()
  const remote = await createGitopsRemote(gh, tempDir, bookverseRepo(VERSIONS))
  const promote = (inputs: Record<string, string>) =>
    runAction({
      action: 'promote-env',
      inputs,
      repository: 'acme/gitops',
      apiUrl: gh.url,
      env: { GITHUB_SERVER_URL: remote.serverUrl }
    })

  const first = await promote({ to: 'qa', reason: 'dev has been green for a day', labels: 'promotion, env:{to}' })
  const [pull] = gh.state.pulls('acme', 'gitops')
  section(
    'git diff main promote/qa (byte-exact: only the edited scalars)',
    git(remote.bare, 'diff', 'main', 'promote/qa')
  )
  section(
    'Pull request body as GitHub stored it',
    pull ? (gh.state.issue('acme', 'gitops', pull.number)?.body ?? '') : '(no PR)'
  )
  section('Job summary', first.summary)
  section('Outputs', JSON.stringify(first.outputs, null, 2))
  expect.check(first.exitCode === 0, `the promotion failed: ${first.annotations.map((a) => a.message).join('; ')}`)
  expect.check(first.outputs['pull-request-operation'] === 'created', 'the PR was not created')
  expect.check(
    remote.read(WEB, 'promote/qa')?.includes('value: 1.4.0    # set by promote-env') === true,
    'qa was not set to 1.4.0 byte-exactly'
  )

  const again = await promote({ to: 'qa', reason: 'dev has been green for a day', labels: 'promotion, env:{to}' })
  section('Rerun with the same inputs', `pull-request-operation: ${again.outputs['pull-request-operation']}`)
  expect.check(again.outputs['pull-request-operation'] === 'unchanged', 'the rerun was not a no-op')

  const refused = await promote({ to: 'prod', version: 'latest' })
  section('prod with version latest', refused.annotations.map((a) => `${a.level}: ${a.message}`).join('\n'))
  expect.check(refused.exitCode === 1, 'prod accepted latest')
  return expect.outcome()
}

export const promoteEnvStep: DemoStep = {
  action: 'promote-env',
  title: 'promote-env: 1.4.0 from dev to qa in the BookVerse GitOps repository',
  intro: [
    'A GitOps repository (a real bare git repository the emulator serves) holds Argo CD Applications, an',
    'ApplicationSet, a multi-source Application, Helm values and a kustomization per environment, written with',
    'comments, odd indentation, flow style and quoted values. promote-env reads the version dev runs, edits qa',
    'byte-exactly and opens one pull request; then the same run again (no-op) and a refused `latest` for prod.'
  ],
  run
}
