/**
 * Demo stage 2: alice merges the pull request; the deploy workflow of acme/live holds the staging deployment with
 * approval-gate (rules from .github/gitops.yaml: one approval from @acme/sre-team). A simulated approver answers.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { pushEvent } from '../../test/harness/events.js'
import { runAction } from '../../test/harness/run-action.js'
import { Expectations, brief, errorsOf } from './step.js'
import type { DemoContext, DemoStep, StepOutcome } from './step.js'
import { apiCall } from './world.js'

const OWNER = 'acme'
const REPO = 'live'
const INPUTS = { environment: 'staging', 'poll-interval': '1s', timeout: '2m' }

/** Plays the people on the approval issue once it exists: carol (not an approver) first, then bob of the SRE team. */
async function respond(ctx: DemoContext): Promise<number> {
  const { gh } = ctx
  let issue
  const deadline = Date.now() + 30_000
  while (!(issue = gh.state.issues(OWNER, REPO).find((i) => !i.pull && i.labels.includes('approval-gate')))) {
    if (Date.now() > deadline) throw new Error('approval-gate opened no approval issue within 30 s')
    await sleep(25)
  }
  await sleep(300)
  gh.state.addComment(OWNER, REPO, issue.number, { user: 'carol', body: '/approve looks fine to me' })
  await sleep(1200)
  gh.state.addComment(OWNER, REPO, issue.number, { user: 'bob', body: '/approve plan reviewed in #1, go' })
  return issue.number
}

async function run(ctx: DemoContext): Promise<StepOutcome> {
  const { gh } = ctx
  const prNumber = Number(ctx.facts.prNumber)
  const merged = (await apiCall(gh, 'alice', 'PUT', `/repos/${OWNER}/${REPO}/pulls/${prNumber}/merge`, {
    merge_method: 'squash'
  })) as { sha: string }
  ctx.facts.liveMergeSha = merged.sha

  const gate = runAction({
    action: 'approval-gate',
    inputs: INPUTS,
    event: { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, sha: merged.sha }) },
    repository: `${OWNER}/${REPO}`,
    sha: merged.sha,
    actor: 'alice',
    apiUrl: gh.url,
    workspace: ctx.liveWorkspace,
    timeoutMs: 60_000
  })
  const issueNumber = await respond(ctx)
  const result = await gate
  const issue = gh.state.requireIssue(OWNER, REPO, issueNumber)
  ctx.facts.approvalIssue = String(issueNumber)
  ctx.facts.approvers = result.outputs.approvers ?? ''

  const expect = new Expectations()
  expect.check(result.exitCode === 0, `the gate failed: ${errorsOf(result)}`)
  expect.check(result.outputs.decision === 'approved', `decision is ${result.outputs.decision}, expected approved`)
  expect.check(result.outputs.approvers === 'bob', `approvers are ${result.outputs.approvers}, expected bob only`)
  expect.check(issue.state === 'closed', 'the approval issue is still open')
  return {
    ran: `alice merged ${OWNER}/${REPO}#${prNumber} (${merged.sha.slice(0, 7)}); deploy job: approval-gate for staging`,
    result: [
      `decision ${result.outputs.decision} by ${result.outputs.approvers || 'nobody'}; carol's /approve did not count`,
      brief(result.outputs, ['reason'])
    ],
    runs: [{ label: 'deploy job (push to main), step gate', action: 'approval-gate', inputs: INPUTS, result }],
    problems: expect.problems
  }
}

export const approvalStep: DemoStep = {
  title: 'Merge -> approval for staging',
  intro:
    'alice merges the pull request. The deploy workflow runs approval-gate with `environment: staging`: approvers and ' +
    'minimum come from .github/gitops.yaml (one approval from @acme/sre-team). The gate opens an approval issue and ' +
    'polls it every second. carol, who has write access but is not in the team, answers /approve (must not count); ' +
    'then bob of @acme/sre-team answers /approve. Expect: approved by bob, the issue closed with the decision.',
  run
}
