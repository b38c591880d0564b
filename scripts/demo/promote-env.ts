/**
 * Demo stage 3: promote-env moves the release along acme/gitops: dev -> qa as a pull request with auto-merge (GitHub
 * merges it once checks pass: the demo plays that), then qa -> staging as a pull request that the approved
 * deployment merges.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { git } from '../../test/harness/gitops-remote.js'
import { runAction } from '../../test/harness/run-action.js'
import type { RunResult } from '../../test/harness/run-action.js'
import { Expectations, brief, errorsOf } from './step.js'
import type { ActionRun, DemoContext, DemoStep, StepOutcome } from './step.js'
import { apiCall } from './world.js'

const OWNER = 'acme'
const REPO = 'gitops'
const TARGETS = 'argocd-helm-parameter:global.imageTag\nkustomize-image:ghcr.io/acme/bookverse-web'
const RELEASE = '1.4.0'

async function run(ctx: DemoContext): Promise<StepOutcome> {
  const { gh, gitops } = ctx
  const expect = new Expectations()
  const runs: ActionRun[] = []
  const extras: NonNullable<StepOutcome['extras']> = []
  // The runner's server URL, so the links in the pull request bodies (commit, compare) are GitHub's as on a runner;
  // git reaches the bare repository through a url.insteadOf rewrite in a global config of the demo's own.
  const gitConfig = join(ctx.tempDir, 'gitconfig')
  await writeFile(gitConfig, `[url "${gitops.serverUrl}/"]\n\tinsteadOf = https://github.com/\n`)
  const promote = async (label: string, inputs: Record<string, string>): Promise<RunResult> => {
    const result = await runAction({
      action: 'promote-env',
      inputs,
      repository: `${OWNER}/${REPO}`,
      actor: 'alice',
      apiUrl: gh.url,
      env: { GITHUB_SERVER_URL: 'https://github.com', GIT_CONFIG_GLOBAL: gitConfig },
      timeoutMs: 60_000
    })
    runs.push({ label, action: 'promote-env', inputs, result })
    return result
  }
  const tagIn = (env: string) =>
    /global\.imageTag\n\s+value: (\S+)/.exec(
      gitops.read(`environments/${env}/applications/bookverse-web.yaml`) ?? ''
    )?.[1]

  // dev -> qa: qa deploys automatically, so its pull request merges itself once checks pass.
  const qaInputs = { to: 'qa', targets: TARGETS, 'auto-merge': 'true', reason: 'release 1.4.0 is green on dev' }
  const qa = await promote('promote job, to qa', qaInputs)
  const qaPull = Number(qa.outputs['pull-request-number'])
  expect.check(qa.exitCode === 0, `promotion to qa failed: ${errorsOf(qa)}`)
  expect.check(qa.outputs['pull-request-operation'] === 'created', 'the qa pull request was not created')
  expect.check(gh.state.pull(OWNER, REPO, qaPull)?.autoMerge != null, 'auto-merge is not enabled on the qa PR')
  if (qa.exitCode === 0 && qaPull > 0) {
    extras.push({
      title: `git diff main promote/qa (acme/gitops#${qaPull})`,
      body: git(gitops.bare, 'diff', 'main', 'promote/qa'),
      lang: 'diff'
    })
    // Checks pass: GitHub's auto-merge merges with the method the action chose, as the account that enabled it.
    await apiCall(gh, 'bot', 'PUT', `/repos/${OWNER}/${REPO}/pulls/${qaPull}/merge`, { merge_method: 'squash' })
  }
  expect.check(tagIn('qa') === RELEASE, `qa runs ${tagIn('qa')} on main after the auto-merge, expected ${RELEASE}`)

  // qa -> staging: a reviewed pull request; the deployment approved in the previous stage merges it.
  const stagingInputs = {
    to: 'staging',
    targets: TARGETS,
    reason: `approved by ${ctx.facts.approvers || 'nobody'} in acme/live#${ctx.facts.approvalIssue}`,
    'team-reviewers': 'sre-team'
  }
  const staging = await promote('promote job, to staging', stagingInputs)
  const stagingPull = Number(staging.outputs['pull-request-number'])
  expect.check(staging.exitCode === 0, `promotion to staging failed: ${errorsOf(staging)}`)
  expect.check(staging.outputs.version === RELEASE, `staging got ${staging.outputs.version}, expected ${RELEASE}`)
  expect.check(staging.outputs['pull-request-operation'] === 'created', 'the staging pull request was not created')
  if (staging.exitCode === 0 && stagingPull > 0) {
    extras.push({
      title: `git diff main promote/staging (acme/gitops#${stagingPull})`,
      body: git(gitops.bare, 'diff', 'main', 'promote/staging'),
      lang: 'diff'
    })
    const merged = (await apiCall(gh, 'bob', 'PUT', `/repos/${OWNER}/${REPO}/pulls/${stagingPull}/merge`, {
      merge_method: 'squash'
    })) as { sha: string }
    ctx.facts.stagingSha = merged.sha
  }
  expect.check(tagIn('staging') === RELEASE, `staging runs ${tagIn('staging')} on main, expected ${RELEASE}`)
  expect.check(tagIn('prod') === '1.1.0', 'prod changed, but nothing promoted to prod')
  return {
    ran: 'promote-env to qa (auto-merge), then to staging, on acme/gitops',
    result: [
      `qa: ${brief(qa.outputs, ['previous-version', 'version', 'pull-request-operation'])}, auto-merged`,
      `staging: ${brief(staging.outputs, ['previous-version', 'version', 'pull-request-operation'])}, merged by bob` +
        (ctx.facts.stagingSha ? ` (${ctx.facts.stagingSha.slice(0, 7)})` : '')
    ],
    runs,
    extras,
    problems: expect.problems
  }
}

export const promoteStep: DemoStep = {
  title: 'Promote dev -> qa -> staging',
  intro:
    'acme/gitops holds the BookVerse environments (dev runs 1.4.0, qa 1.3.0, staging 1.2.0, prod 1.1.0). promote-env ' +
    'reads the version dev runs and opens a pull request that changes exactly the image tags of qa, with auto-merge ' +
    '(the demo then merges it, as GitHub does once checks pass); then the same for staging, reading from qa, with ' +
    'the SRE team as reviewers. The deployment approved in the previous stage merges it.',
  run
}
