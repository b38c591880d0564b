import { setTimeout as sleep } from 'node:timers/promises'
import { runAction } from '../../test/harness/run-action.js'
import { Expectations, section } from './step.js'
import type { DemoContext, DemoOutcome, DemoStep } from './step.js'

const OWNER = 'acme'
const REPO = 'live'

/** Plays the approvers on the request issue while the gate waits: two tricks, then two real approvals. */
async function respond(ctx: DemoContext): Promise<number> {
  const { gh } = ctx
  let issue
  while (!(issue = gh.state.issues(OWNER, REPO).find((i) => !i.pull))) await sleep(25)
  const say = (user: string, body: string) => gh.state.addComment(OWNER, REPO, issue.number, { user, body }).id
  say('octocat', '/approve my own deploy') // the workflow actor
  gh.state.editComment(OWNER, REPO, say('carol', 'I will look after lunch'), '/approve', 'mallory')
  say('wendy', 'I do not approve')
  say('alice', '/approve the plan is what we agreed')
  await sleep(1500)
  say('bob', '/approve')
  return issue.number
}

export const approvalGateStep: DemoStep = {
  action: 'approval-gate',
  title: 'approval-gate: 2 approvals from alice or the SRE team, with tricks that must not count',
  intro: [
    'The gate opens an approval issue and polls it (1 s here; unchanged polls are free 304s). The workflow actor',
    "approves their own deploy, a writer (mallory) edits carol's comment into /approve, a non-approver writes",
    '"I do not approve"; then alice and bob (SRE team) approve. Look for: only alice and bob counted, each other',
    'response with its reason, the issue closed with the decision.'
  ],
  async run(ctx: DemoContext): Promise<DemoOutcome> {
    const { gh } = ctx
    for (const login of ['alice', 'bob', 'carol', 'wendy', 'octocat', 'mallory']) {
      gh.state.setPermission(OWNER, REPO, login, 'write')
    }
    gh.state.addTeam(OWNER, 'sre', [{ login: 'bob' }, { login: 'carol' }])
    const run = runAction({
      action: 'approval-gate',
      apiUrl: gh.url,
      inputs: { approvers: 'alice, @acme/sre, octocat', 'min-approvals': '2', 'poll-interval': '1s', timeout: '1m' }
    })
    const number = await respond(ctx)
    const result = await run
    const issue = gh.state.requireIssue(OWNER, REPO, number)
    section(`Approval issue #${number} as GitHub stored it: ${issue.title}`, issue.body ?? '')
    for (const c of gh.state.comments(OWNER, REPO, number)) section(`Comment by ${c.user}`, c.body)
    section('Job summary', result.summary)
    section('Outputs', JSON.stringify({ ...result.outputs, 'responses-json': '(in the summary)' }, null, 2))

    const expect = new Expectations()
    expect.check(result.outputs.decision === 'approved', `decision is ${result.outputs.decision}, expected approved`)
    expect.check(
      result.outputs.approvers === 'alice,bob',
      `approvers are ${result.outputs.approvers}, expected alice,bob`
    )
    expect.check(issue.state === 'closed', 'the approval issue is still open')
    expect.check(result.exitCode === 0, `the step exited ${result.exitCode}`)
    if (expect.problems.length > 0) section('Action log (stdout + stderr)', `${result.stdout}\n${result.stderr}`)
    return expect.outcome()
  }
}
