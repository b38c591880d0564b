/**
 * approval-gate end to end against the GitHub emulator: the bundle runs as a subprocess while the test plays the
 * approvers on the request issue (or pull request).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../../harness/events.js'
import { emulatorForTests } from '../../emulators/github/jest.js'
import {
  OWNER,
  REPO,
  comment,
  commentEvent,
  eventually,
  failureMessage,
  gateComments,
  nextPoll,
  requestIssue,
  runGate,
  seedPeople,
  whyNot
} from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
const workspaces: string[] = []
afterAll(() => Promise.all(workspaces.map((w) => rm(w, { recursive: true, force: true }))))
const TEAM = { approvers: 'alice, @acme/sre', 'min-approvals': '2' }

describe('approval-gate in issue mode', () => {
  it('approves 2 of 3 across a user and a team', async () => {
    seedPeople(gh)
    const run = runGate(gh, TEAM)
    const issue = await requestIssue(gh)
    comment(gh, issue.number, 'alice', '/approve looks fine')
    comment(gh, issue.number, 'bob', '/approve')
    const result = await run
    expect(result.outputs).toMatchObject({
      decision: 'approved',
      approved: 'true',
      approvers: 'alice,bob',
      denier: '',
      'issue-number': String(issue.number)
    })
    expect(result.exitCode).toBe(0)
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed', assignees: ['alice'] })
    expect(issue.body).toContain('@acme/sre')
    expect(gateComments(gh, issue.number).at(-1)).toContain('**Approved**')
    expect(result.summary).toContain('| alice | approve: looks fine |')
    expect(whyNot(result)).toEqual({ alice: [''], bob: [''] })
  })

  it('denies at once when an approver denies, even with enough approvals (deny wins)', async () => {
    seedPeople(gh)
    const run = runGate(gh, TEAM)
    const issue = await requestIssue(gh)
    comment(gh, issue.number, 'alice', '/approve')
    comment(gh, issue.number, 'bob', '/approve')
    comment(gh, issue.number, 'carol', '/deny the migration is not reviewed')
    const result = await run
    expect(result.outputs).toMatchObject({ decision: 'denied', approved: 'false', denier: 'carol' })
    expect(result.exitCode).toBe(1)
    expect(failureMessage(result)).toBe('Approval denied: denied by carol: the migration is not reviewed')
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'not_planned' })
  })

  it('times out: says so on the issue, closes it and fails', async () => {
    seedPeople(gh)
    const run = runGate(gh, { ...TEAM, timeout: '3s' })
    const issue = await requestIssue(gh)
    comment(gh, issue.number, 'alice', '/approve')
    const result = await run
    expect(result.outputs).toMatchObject({ decision: 'timed-out', approvers: 'alice' })
    expect(result.exitCode).toBe(1)
    expect(failureMessage(result)).toBe('Approval timed out: timed out with 1 of 2 approval(s)')
    expect(gateComments(gh, issue.number).at(-1)).toContain('**Timed out**')
    expect(issue.state).toBe('closed')
  })

  it('is cancelled by the post step when the run is killed (cancellation or a job timeout)', async () => {
    seedPeople(gh)
    // Killed once it waits (request open, one poll done), whatever the machine's speed.
    const cancel = new AbortController()
    const running = runGate(gh, { ...TEAM, timeout: '5m' }, { signal: cancel.signal })
    const issue = await requestIssue(gh)
    await nextPoll(gh)
    cancel.abort()
    const killed = await running
    expect(killed.exitCode).toBeNull()
    expect(issue.state).toBe('open')
    const post = await runGate(gh, { ...TEAM, timeout: '5m' }, { state: killed.state })
    expect(post.exitCode).toBe(0)
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'not_planned' })
    expect(gateComments(gh, issue.number).at(-1)).toContain('**Cancelled**')
  })

  it('cancels when someone closes the request (closing is never an approval)', async () => {
    seedPeople(gh)
    const run = runGate(gh, TEAM)
    const issue = await requestIssue(gh)
    comment(gh, issue.number, 'alice', '/approve')
    issue.state = 'closed'
    issue.closedBy = 'mallory'
    const result = await run
    expect(result.outputs).toMatchObject({ decision: 'cancelled', approved: 'false' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.reason).toContain('closed by mallory')
  })

  it('approves at once for an environment whose config requires no approval', async () => {
    const workspace = await configWorkspace()
    const result = await runGate(gh, { environment: 'dev' }, { workspace })
    expect(result.outputs).toMatchObject({ decision: 'auto-approved', approved: 'true', 'issue-number': '' })
    expect(result.exitCode).toBe(0)
    expect(gh.stats.requests).toHaveLength(0)
  })

  it('takes approvers, minimum and timeout from the config, and lets inputs override them', async () => {
    seedPeople(gh)
    const workspace = await configWorkspace()
    const run = runGate(gh, { environment: 'prod', timeout: '', 'min-approvals': '1' }, { workspace })
    const issue = await requestIssue(gh)
    expect(issue.body).toContain('**1 approval(s) needed** from `@acme/sre`, `alice`')
    expect(issue.body).toContain('times out after 20s')
    comment(gh, issue.number, 'carol', '/approve')
    expect((await run).outputs).toMatchObject({ decision: 'approved', approvers: 'carol' })
  })
})

describe('wait: false, then issue-number on issue_comment', () => {
  it('opens the request without waiting and decides from a later run', async () => {
    seedPeople(gh)
    // A long timeout: four runs in a row on a loaded machine must not outlast the request.
    const opened = await runGate(gh, { ...TEAM, wait: 'false', timeout: '1h' })
    expect(opened.outputs).toMatchObject({ decision: 'pending', approved: 'false' })
    expect(opened.exitCode).toBe(0)
    const number = Number(opened.outputs['issue-number'])
    expect(gh.state.issue(OWNER, REPO, number)?.state).toBe('open')

    const evaluate = (id: number, actor: string) =>
      runGate(gh, { 'issue-number': String(number) }, { event: commentEvent(gh, number, id), actor })
    const first = await evaluate(comment(gh, number, 'alice', '/approve'), 'alice')
    expect(first.outputs).toMatchObject({ decision: 'pending', approvers: 'alice' })
    expect(first.exitCode).toBe(0)
    // The original actor (octocat) is still excluded, though this run's actor is someone else.
    const second = await evaluate(comment(gh, number, 'octocat', '/approve'), 'octocat')
    expect(second.outputs).toMatchObject({ decision: 'pending', approvers: 'alice' })
    const third = await evaluate(comment(gh, number, 'bob', '/approve'), 'bob')
    expect(third.outputs).toMatchObject({ decision: 'approved', approvers: 'alice,bob' })
    expect(gh.state.issue(OWNER, REPO, number)?.state).toBe('closed')
    const again = await evaluate(comment(gh, number, 'carol', '/deny too late'), 'carol')
    expect(again.outputs).toMatchObject({ decision: 'approved', reason: 'decided earlier: approved by alice and bob' })
  }, 300_000) // five runs in a row: room for a loaded machine
})

describe('deployment windows (injected clock)', () => {
  const windows = 'Mon-Fri 09:00-17:00 Europe/Berlin'
  const at = (iso: string) => {
    const offset = Date.parse(iso) - Date.now()
    gh.state.clock = () => new Date(Date.now() + offset)
    return { env: { GITOPS_ACTIONS_TEST_NOW: iso } }
  }

  it('approves inside a window', async () => {
    seedPeople(gh)
    const run = runGate(gh, { ...TEAM, windows }, at('2026-12-02T10:00:00Z'))
    const issue = await requestIssue(gh)
    comment(gh, issue.number, 'alice', '/approve')
    comment(gh, issue.number, 'bob', '/approve')
    expect((await run).outputs.decision).toBe('approved')
  })

  it('waits for the window to open when approved outside it', async () => {
    seedPeople(gh)
    const run = runGate(gh, { ...TEAM, windows }, at('2026-12-02T07:59:50Z')) // 08:59:50 in Berlin: room for a slow start-up
    const issue = await requestIssue(gh)
    comment(gh, issue.number, 'alice', '/approve')
    comment(gh, issue.number, 'bob', '/approve')
    const result = await run
    expect(result.outputs.decision).toBe('approved')
    expect(result.stdout).toContain('waiting for a deployment window (Mon-Fri 09:00-17:00 Europe/Berlin)')
    const closing = gh.state.comments(OWNER, REPO, issue.number).at(-1)
    expect(closing && closing.createdAt >= '2026-12-02T08:00:00Z').toBe(true)
  })

  it('denies when approved outside every window with outside-window: fail', async () => {
    seedPeople(gh)
    const run = runGate(gh, { ...TEAM, windows, 'outside-window': 'fail' }, at('2026-12-05T10:00:00Z')) // Saturday
    const issue = await requestIssue(gh)
    comment(gh, issue.number, 'alice', '/approve')
    comment(gh, issue.number, 'bob', '/approve')
    const result = await run
    expect(result.outputs).toMatchObject({ decision: 'denied', approved: 'false' })
    expect(result.outputs.reason).toContain('outside the deployment windows')
    expect(result.exitCode).toBe(1)
  })
})

describe('pull-request mode', () => {
  it('counts approving reviews of the head commit only', async () => {
    seedPeople(gh)
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Deploy', head: 'feature', user: 'dan' })
    const oldSha = gh.state.pullHeadSha(gh.state.repo(OWNER, REPO), pr)
    gh.state.addReview(OWNER, REPO, pr.number, { user: 'alice', state: 'APPROVED', commitId: oldSha })
    const headSha = gh.state.commitFiles(OWNER, REPO, 'feature', { 'app.txt': 'v2\n' }).sha
    const event = {
      name: 'pull_request',
      payload: pullRequestEvent({ owner: OWNER, repo: REPO, number: pr.number, headSha, author: 'dan' })
    }
    const run = runGate(
      gh,
      { approvers: 'alice, bob, dan', 'min-approvals': '1', mode: 'pull-request' },
      { event, sha: headSha }
    )
    const request = await eventually(() =>
      gh.state.comments(OWNER, REPO, pr.number).find((c) => c.body.includes('approval-gate:request'))
    )
    comment(gh, pr.number, 'dan', '/approve my own change')
    await nextPoll(gh)
    gh.state.addReview(OWNER, REPO, pr.number, { user: 'bob', state: 'APPROVED' })
    const result = await run
    expect(result.outputs).toMatchObject({ decision: 'approved', approvers: 'bob', 'issue-number': String(pr.number) })
    expect(whyNot(result)).toEqual({
      alice: [`reviews commit ${oldSha.slice(0, 7)}, not the head commit ${headSha.slice(0, 7)}`],
      dan: ['the pull request author cannot approve (allow-self-approval is false)'],
      bob: ['']
    })
    expect(request.body).toContain('An approving review of the head commit counts too.')
    expect(gh.state.issue(OWNER, REPO, pr.number)?.state).toBe('open')
  })
})

async function configWorkspace(): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'approval-gate-'))
  workspaces.push(workspace)
  await mkdir(join(workspace, '.github'))
  await writeFile(
    join(workspace, '.github', 'gitops.yaml'),
    [
      'environments:',
      '  - name: dev',
      '    auto-deploy: true',
      '  - name: prod',
      '    approval:',
      '      approvers: ["@acme/sre", alice]',
      '      min-approvals: 2',
      '      timeout: 20s',
      ''
    ].join('\n')
  )
  return workspace
}
