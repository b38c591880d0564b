import { describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../emulators/github/jest.js'
import {
  ConditionalReader,
  closeIssuesByMarker,
  createGitHubClient,
  isAssignable,
  listChangedFiles,
  listTeamMembers,
  readAccount,
  readRepoPermission,
  readTokenIdentity,
  teamMembershipState,
  upsertIssueByMarker,
  upsertStickyComment
} from '../../src/core/github/index.js'
import type { GitHubClient } from '../../src/core/github/index.js'

const MARKER = '<!-- gitops-actions:terragrunt-plan-comment:default -->'
const repo = { owner: 'acme', repo: 'live' }
const gh = await emulatorForTests(repo)
const octokit: GitHubClient = createGitHubClient({ token: 'ghs_test', baseUrl: gh.url })
const me = await readTokenIdentity(octokit)

const ours = (n: number) => gh.state.comments('acme', 'live', n).filter((c) => c.body.includes(MARKER))

describe('upsertStickyComment', () => {
  it('creates once, then updates the same comment, and skips a write when nothing changed', async () => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'change' })
    const target = { ...repo, number: pr.number }
    const first = await upsertStickyComment(octokit, target, MARKER, `${MARKER}\nplan v1`, me)
    const second = await upsertStickyComment(octokit, target, MARKER, `${MARKER}\nplan v2`, me)
    const writesBefore = gh.stats.requests.filter((r) => r.method !== 'GET').length
    const third = await upsertStickyComment(octokit, target, MARKER, `${MARKER}\nplan v2`, me)
    expect([first.action, second.action, third.action]).toEqual(['created', 'updated', 'unchanged'])
    expect(second.id).toBe(first.id)
    expect(gh.stats.requests.filter((r) => r.method !== 'GET').length).toBe(writesBefore)
    expect(ours(pr.number).map((c) => c.body)).toEqual([`${MARKER}\nplan v2`])
  })

  it('leaves a look-alike comment without the marker alone', async () => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'change' })
    const lookAlike = gh.state.addComment('acme', 'live', pr.number, {
      body: '### Terragrunt plan\n<!-- gitops-actions:terragrunt-plan-comment:prod -->\nsomeone pasted this',
      user: 'alice'
    })
    await upsertStickyComment(octokit, { ...repo, number: pr.number }, MARKER, `${MARKER}\nours`, me)
    const all = gh.state.comments('acme', 'live', pr.number)
    expect(all).toHaveLength(2)
    expect(all.find((c) => c.id === lookAlike.id)?.body).toContain('someone pasted this')
  })

  it('leaves a comment by another account alone even when it carries our exact marker', async () => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'change' })
    const spoof = gh.state.addComment('acme', 'live', pr.number, { body: `${MARKER}\nNo changes.`, user: 'mallory' })
    const res = await upsertStickyComment(octokit, { ...repo, number: pr.number }, MARKER, `${MARKER}\nours`, me)
    expect(res.action).toBe('created')
    const all = gh.state.comments('acme', 'live', pr.number)
    expect(all.map((c) => [c.id, c.body])).toEqual([
      [spoof.id, `${MARKER}\nNo changes.`],
      [res.id, `${MARKER}\nours`]
    ])
  })

  it('recreate keeps the previous comment when the new one cannot be created', async () => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'change' })
    const target = { ...repo, number: pr.number }
    await upsertStickyComment(octokit, target, MARKER, `${MARKER}\nv1`, me)
    gh.faults.inject({
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      times: 10,
      kind: 'status500'
    })
    await expect(upsertStickyComment(octokit, target, MARKER, `${MARKER}\nv2`, me, 'recreate')).rejects.toThrow()
    gh.faults.clear()
    expect(ours(pr.number).map((c) => c.body)).toEqual([`${MARKER}\nv1`])
  })

  it('finds its comment on page 3 of 250 comments', async () => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Busy', head: 'busy' })
    for (let i = 0; i < 250; i++) {
      const body = i === 230 ? `${MARKER}\nold plan` : `chatter ${i}`
      gh.state.addComment('acme', 'live', pr.number, { body, user: i === 230 ? 'github-actions[bot]' : 'alice' })
    }
    const res = await upsertStickyComment(octokit, { ...repo, number: pr.number }, MARKER, `${MARKER}\nnew plan`, me)
    expect(res.action).toBe('updated')
    const pages = gh.stats.requests.filter(
      (r) => r.route === 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
    )
    expect(pages).toHaveLength(3)
    expect(gh.state.comments('acme', 'live', pr.number)).toHaveLength(250)
    expect(ours(pr.number).map((c) => c.body)).toEqual([`${MARKER}\nnew plan`])
  })

  it('recreate deletes ours and posts a new comment at the bottom', async () => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'change' })
    const target = { ...repo, number: pr.number }
    const first = await upsertStickyComment(octokit, target, MARKER, `${MARKER}\nv1`, me)
    gh.state.addComment('acme', 'live', pr.number, { body: 'review note', user: 'alice' })
    const second = await upsertStickyComment(octokit, target, MARKER, `${MARKER}\nv2`, me, 'recreate')
    expect(second.action).toBe('recreated')
    expect(second.id).not.toBe(first.id)
    expect(gh.state.comments('acme', 'live', pr.number).map((c) => c.body)).toEqual(['review note', `${MARKER}\nv2`])
  })

  it('folds duplicates left by concurrent runs into one', async () => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'change' })
    gh.state.addComment('acme', 'live', pr.number, { body: `${MARKER}\na` })
    gh.state.addComment('acme', 'live', pr.number, { body: `${MARKER}\nb` })
    await upsertStickyComment(octokit, { ...repo, number: pr.number }, MARKER, `${MARKER}\nc`, me)
    expect(ours(pr.number).map((c) => c.body)).toEqual([`${MARKER}\nc`])
  })

  it.each([
    ['a 502', { kind: 'status502' as const }],
    ['a secondary rate limit with retry-after', { kind: 'secondaryRateLimit' as const, retryAfterSeconds: 1 }]
  ])('retries a create after %s and leaves exactly one comment', async (_name, fault) => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'change' })
    gh.faults.inject({ route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', times: 1, ...fault })
    const res = await upsertStickyComment(octokit, { ...repo, number: pr.number }, MARKER, `${MARKER}\nplan`, me)
    expect(res.action).toBe('created')
    const posts = gh.stats.requests.filter((r) => r.method === 'POST')
    expect(posts.map((r) => r.status)).toEqual([fault.kind === 'status502' ? 502 : 403, 201])
    expect(ours(pr.number)).toHaveLength(1)
  })

  it('retries an update after a 500', async () => {
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'change' })
    gh.state.addComment('acme', 'live', pr.number, { body: `${MARKER}\nv1` })
    gh.faults.inject({ route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', times: 1, kind: 'status500' })
    await upsertStickyComment(octokit, { ...repo, number: pr.number }, MARKER, `${MARKER}\nv2`, me)
    expect(ours(pr.number).map((c) => c.body)).toEqual([`${MARKER}\nv2`])
  })
})

describe('issues by marker', () => {
  const DRIFT = '<!-- gitops-actions:drift-detect:live/prod/vpc -->'

  it('creates the label and the issue once, updates it, then closes it', async () => {
    const content = { title: 'Drift in live/prod/vpc', body: `${DRIFT}\n2 changes`, labels: ['drift'] as [string] }
    const created = await upsertIssueByMarker(octokit, repo, DRIFT, content, me)
    const updated = await upsertIssueByMarker(octokit, repo, DRIFT, { ...content, body: `${DRIFT}\n3 changes` }, me)
    const same = await upsertIssueByMarker(octokit, repo, DRIFT, { ...content, body: `${DRIFT}\n3 changes` }, me)
    expect([created.action, updated.action, same.action]).toEqual(['created', 'updated', 'unchanged'])
    expect(updated.issue.number).toBe(created.issue.number)
    const closed = await closeIssuesByMarker(octokit, repo, 'drift', DRIFT, me, 'Drift is gone.')
    expect(closed.map((i) => i.number)).toEqual([created.issue.number])
    const reopened = await upsertIssueByMarker(octokit, repo, DRIFT, content, me, { reopen: true })
    expect(reopened).toMatchObject({ action: 'reopened', issue: { number: created.issue.number, state: 'open' } })
  })

  it('ignores a marked issue opened by another account', async () => {
    const spoof = gh.state.createIssue('acme', 'live', {
      title: 'Drift in live/prod/vpc',
      body: `${DRIFT}\nfake`,
      labels: ['drift'],
      user: 'mallory'
    })
    const res = await upsertIssueByMarker(
      octokit,
      repo,
      DRIFT,
      { title: 't', body: `${DRIFT}\nreal`, labels: ['drift'] },
      me
    )
    expect(res.action).toBe('created')
    expect(res.issue.number).not.toBe(spoof.number)
    expect(await closeIssuesByMarker(octokit, repo, 'drift', DRIFT, me)).toEqual([
      expect.objectContaining({ number: res.issue.number })
    ])
    expect(gh.state.issue('acme', 'live', spoof.number)?.state).toBe('open')
  })

  it('ignores an issue with the same title but without the marker', async () => {
    gh.state.createIssue('acme', 'live', { title: 'Drift in live/prod/vpc', body: 'hand-written', labels: ['drift'] })
    const res = await upsertIssueByMarker(
      octokit,
      repo,
      DRIFT,
      {
        title: 'Drift in live/prod/vpc',
        body: `${DRIFT}\n1 change`,
        labels: ['drift']
      },
      me
    )
    expect(res.action).toBe('created')
  })
})

describe('ConditionalReader', () => {
  it('answers repeated polls from the cache on 304, at no rate-limit cost', async () => {
    const issue = gh.state.createIssue('acme', 'live', { title: 'Approve deploy' })
    const reader = new ConditionalReader(octokit)
    const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
    const params = { ...repo, issue_number: issue.number }
    const first = await reader.get<unknown[]>(route, params)
    const counted = gh.stats.counted
    const second = await reader.get<unknown[]>(route, params)
    expect(second).toEqual({ data: first.data, changed: false })
    expect(gh.stats.counted).toBe(counted)
    expect(gh.stats.notModified).toBe(1)
    gh.state.addComment('acme', 'live', issue.number, { body: 'approve', user: 'alice' })
    expect((await reader.get<unknown[]>(route, params)).data).toHaveLength(1)
  })
})

describe('listChangedFiles', () => {
  it('lists the files a pull request changes against its merge base', async () => {
    gh.state.commitFiles('acme', 'live', 'feature', { 'live/dev/vpc/terragrunt.hcl': 'x', '_common/vpc.hcl': 'y' })
    const pr = gh.state.createPull('acme', 'live', { title: 'Change', head: 'feature' })
    const { files } = await listChangedFiles(octokit, { ...repo, number: pr.number })
    expect(files).toEqual(expect.arrayContaining(['_common/vpc.hcl', 'live/dev/vpc/terragrunt.hcl']))
  })
})

describe('ConditionalReader.getAll', () => {
  it('reads every page conditionally, so an unchanged list costs only 304s, and tracks the rate limit', async () => {
    const issue = gh.state.createIssue('acme', 'live', { title: 'Approve deploy' })
    for (let i = 0; i < 230; i++) gh.state.addComment('acme', 'live', issue.number, { body: `c${i}`, user: 'alice' })
    const reader = new ConditionalReader(octokit)
    const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
    const params = { ...repo, issue_number: issue.number, per_page: 100 }
    const first = await reader.getAll<{ body: string }>(route, params)
    expect(first.changed).toBe(true)
    expect(first.data.map((c) => c.body).at(-1)).toBe('c229')
    expect(first.data).toHaveLength(230)
    const counted = gh.stats.counted
    const second = await reader.getAll<{ body: string }>(route, params)
    expect(second).toEqual({ data: first.data, changed: false })
    expect(gh.stats.counted).toBe(counted)
    expect(reader.notModified).toBe(3)
    expect(reader.counted).toBe(3)
    expect(reader.rateLimit).toMatchObject({ limit: 5000, remaining: 5000 - counted })
  })
})

describe('teams and permissions', () => {
  it('lists every page of team members, tells active from pending, and reads maintain and triage roles', async () => {
    const members = Array.from({ length: 150 }, (_, i) => ({ login: `m${i}` }))
    gh.state.addTeam('acme', 'big', [...members, { login: 'invited', state: 'pending' }])
    const listed = await listTeamMembers(octokit, 'acme', 'big')
    expect(listed).toHaveLength(150)
    expect(listed.at(-1)).toMatchObject({ login: 'm149', type: 'User' })
    expect(await teamMembershipState(octokit, 'acme', 'big', 'm149')).toBe('active')
    expect(await teamMembershipState(octokit, 'acme', 'big', 'invited')).toBe('pending')
    expect(await teamMembershipState(octokit, 'acme', 'big', 'stranger')).toBe('none')
    gh.state.setPermission('acme', 'live', 'maya', 'maintain')
    gh.state.setPermission('acme', 'live', 'tom', 'triage')
    expect(await readRepoPermission(octokit, repo, 'maya')).toBe('maintain')
    expect(await readRepoPermission(octokit, repo, 'tom')).toBe('triage')
    expect(await readRepoPermission(octokit, repo, 'm1')).toBe('none')
    expect(await isAssignable(octokit, repo, 'maya')).toBe(true)
    expect(await isAssignable(octokit, repo, 'tom')).toBe(false)
    expect(await readAccount(octokit, 'maya')).toMatchObject({ login: 'maya', type: 'User' })
    expect(await readAccount(octokit, 'nobody-here')).toBeUndefined()
  })
})
