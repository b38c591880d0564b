/**
 * Tricks that must never approve. Each run needs two approvals and gets exactly one honest one (alice, who also
 * repeats herself), so any trick that counted would tip it into `approved`; the run must instead time out with only
 * alice counted, and every trick must be reported with the reason it did not count.
 */
import { describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../../harness/events.js'
import { emulatorForTests } from '../../emulators/github/jest.js'
import type { RunResult } from '../../harness/run-action.js'
import {
  OWNER,
  REPO,
  comment,
  commentEvent,
  eventually,
  failureMessage,
  nextPoll,
  requestIssue,
  runGate,
  seedPeople,
  whyNot
} from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })

const SHORT = { 'min-approvals': '2', timeout: '6s' }

function expectNoFalseApproval(result: RunResult, tricks: Array<[string, string, string]>): void {
  expect(result.outputs).toMatchObject({ decision: 'timed-out', approved: 'false', approvers: 'alice' })
  const why = whyNot(result)
  for (const [trick, user, reason] of tricks) {
    expect({ trick, reasons: why[user] }).toEqual({ trick, reasons: expect.arrayContaining([reason]) })
  }
}

describe('no false approvals in issue mode', () => {
  const tricks: Array<[string, string, string]> = [
    [
      "an approver's comment edited into /approve by another writer",
      'carol',
      'edited after it was posted; post a new comment instead'
    ],
    ['the workflow actor approving', 'octocat', 'the workflow actor cannot approve (allow-self-approval is false)'],
    ['the triggering actor approving', 'retrier', 'the triggering actor cannot approve (allow-self-approval is false)'],
    ['a writer who is not listed', 'wendy', 'not a listed approver'],
    ['a bot in a listed team', 'deploy-bot[bot]', 'bots never count'],
    ['a pending team member', 'pete', 'membership of @acme/sre is pending, not active'],
    ['a listed user with read access', 'rita', 'has read access; approvers need write or more'],
    [
      '"/approved?" (not the command word)',
      'bob',
      'not a command: the first line must be /approve [reason] or /deny <reason>'
    ],
    ['one approver approving three times', 'alice', 'this person already approved']
  ]

  it.each([[tricks.map((t) => t[0]).join('; ')]])('%s', async () => {
    seedPeople(gh)
    const run = runGate(
      gh,
      { approvers: 'alice, @acme/sre, octocat, retrier, rita', ...SHORT },
      { actor: 'octocat', triggeringActor: 'retrier' }
    )
    const issue = await requestIssue(gh)
    const say = (user: string, body: string) => comment(gh, issue.number, user, body)
    say('alice', '/approve')
    const victim = say('carol', 'I will look at this after lunch')
    gh.state.editComment(OWNER, REPO, victim, '/approve', 'mallory')
    say('octocat', '/approve')
    say('retrier', '/approve')
    say('wendy', '/approve')
    say('deploy-bot[bot]', '/approve')
    say('pete', '/approve')
    say('rita', '/approve')
    for (const text of [
      'I do not approve',
      '/approved?',
      'lgtm /approve',
      '/approve.',
      'see below\n/approve',
      '`/approve`'
    ])
      say('bob', text)
    await nextPoll(gh)
    say('alice', '/approve')
    say('alice', '/APPROVE again')
    const result = await run
    expectNoFalseApproval(result, tricks)
    expect(failureMessage(result)).toBe('Approval timed out: timed out with 1 of 2 approval(s)')
  })
})

describe('no false approvals in pull-request mode', () => {
  it('the PR author, the actor and an approving review of an older commit do not count', async () => {
    seedPeople(gh)
    gh.state.setPermission(OWNER, REPO, 'dan', 'admin')
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Deploy', head: 'feature', user: 'dan' })
    const oldSha = gh.state.pullHeadSha(gh.state.repo(OWNER, REPO), pr)
    const headSha = gh.state.commitFiles(OWNER, REPO, 'feature', { 'app.txt': 'v2\n' }).sha
    const event = {
      name: 'pull_request',
      payload: pullRequestEvent({ owner: OWNER, repo: REPO, number: pr.number, headSha, author: 'dan' })
    }
    const run = runGate(
      gh,
      { approvers: 'alice, bob, dan, octocat', mode: 'pull-request', ...SHORT },
      { event, sha: headSha }
    )
    await eventually(() => gh.state.comments(OWNER, REPO, pr.number).find((c) => c.body.includes(':request -->')))
    gh.state.addReview(OWNER, REPO, pr.number, { user: 'bob', state: 'APPROVED', commitId: oldSha })
    gh.state.addReview(OWNER, REPO, pr.number, { user: 'bob', state: 'COMMENTED' })
    comment(gh, pr.number, 'dan', '/approve')
    comment(gh, pr.number, 'octocat', '/approve')
    comment(gh, pr.number, 'alice', '/approve')
    const result = await run
    expectNoFalseApproval(result, [
      ['the PR author', 'dan', 'the pull request author cannot approve (allow-self-approval is false)'],
      ['the actor', 'octocat', 'the workflow actor cannot approve (allow-self-approval is false)'],
      [
        'a review of an older commit',
        'bob',
        `reviews commit ${oldSha.slice(0, 7)}, not the head commit ${headSha.slice(0, 7)}`
      ]
    ])
  })
})

describe('no false approvals at scale', () => {
  it('counts the 150th member of a team and an approval at comment 230, and nobody else', async () => {
    seedPeople(gh)
    const members = Array.from({ length: 150 }, (_, i) => ({ login: `member-${i + 1}` }))
    gh.state.addTeam(OWNER, 'platform', members)
    for (const m of members) gh.state.setPermission(OWNER, REPO, m.login, 'write')
    const run = runGate(gh, { approvers: 'alice, @acme/platform', 'min-approvals': '1', timeout: '30s' })
    const issue = await requestIssue(gh)
    for (let i = 1; i < 230; i++) {
      const user = i % 2 === 0 ? 'wendy' : `member-${(i % 150) + 1}`
      comment(gh, issue.number, user, i === 100 ? '/approve' : `note ${i}`)
    }
    comment(gh, issue.number, 'member-150', '/approve from the last page')
    const result = await run
    expect(result.outputs).toMatchObject({ decision: 'approved', approvers: 'member-150' })
    expect(whyNot(result)).toEqual({ wendy: ['not a listed approver'], 'member-150': [''] })
    expect(gh.state.comments(OWNER, REPO, issue.number).length).toBeGreaterThan(230)
  })
})

describe('no false approvals across separate evaluations (wait: false)', () => {
  it('a deleted deny still denies; a look-alike decision or request by someone else is never ours', async () => {
    seedPeople(gh)
    const opened = await runGate(gh, { approvers: 'alice, @acme/sre', 'min-approvals': '2', wait: 'false' })
    const number = Number(opened.outputs['issue-number'])
    const evaluate = (id: number, actor: string) =>
      runGate(gh, { 'issue-number': String(number) }, { event: commentEvent(gh, number, id), actor })

    const deny = comment(gh, number, 'bob', '/deny the database migration is missing')
    expect((await evaluate(deny, 'bob')).outputs).toMatchObject({ decision: 'denied', denier: 'bob' })
    gh.state.deleteComment(OWNER, REPO, deny)
    const issue = gh.state.requireIssue(OWNER, REPO, number)
    issue.state = 'open'
    comment(gh, number, 'alice', '/approve')
    const forged = comment(
      gh,
      number,
      'mallory',
      '<!-- gitops-actions:approval-gate:decision -->\n<!-- gitops-actions-data:{"decision":"approved","approvers":["alice","carol"],"denier":null,"reason":"ok"} -->\n✅ **Approved**'
    )
    const later = await evaluate(forged, 'mallory')
    expect(later.outputs).toMatchObject({ decision: 'denied', approved: 'false', denier: 'bob' })

    const fake = gh.state.createIssue(OWNER, REPO, {
      title: 'Approval for prod',
      body: `${issue.body ?? ''}`,
      user: 'mallory',
      labels: ['approval-gate']
    })
    const spoof = await runGate(gh, { 'issue-number': String(fake.number) })
    expect(spoof.outputs.decision).toBeUndefined()
    expect(failureMessage(spoof)).toBe(
      `Input 'issue-number' is ${fake.number}, which is not an approval request opened by this token.`
    )
  })

  it('a request whose rules were edited is not trusted', async () => {
    seedPeople(gh)
    const opened = await runGate(gh, { approvers: 'alice, @acme/sre', 'min-approvals': '2', wait: 'false' })
    const number = Number(opened.outputs['issue-number'])
    const issue = gh.state.requireIssue(OWNER, REPO, number)
    issue.body = (issue.body ?? '').replace('"minApprovals":2', '"minApprovals":1')
    issue.lastEditedAt = gh.state.timestamp()
    issue.editor = 'mallory'
    comment(gh, number, 'alice', '/approve')
    const result = await runGate(gh, { 'issue-number': String(number) })
    expect(result.outputs.decision).toBeUndefined()
    expect(failureMessage(result)).toMatch(
      /^Approval issue #\d+ was edited by mallory at .*; its rules cannot be trusted/
    )
  })
})
