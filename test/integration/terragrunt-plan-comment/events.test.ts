/**
 * terragrunt-plan-comment end to end on events that are not about a pull request: `pr-number` on workflow_dispatch
 * and a `/plan` issue_comment. The workspace is a real git checkout of a bare repository that the GitHub emulator
 * serves, so the pull request's head, changed files and labels come from the API and the checkout is compared
 * with the head as on GitHub.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { issueCommentEvent } from '../../harness/events.js'
import { git } from '../../harness/gitops-remote.js'
import { linkBareRepository } from '../../emulators/github/bare-repo.js'
import { emulatorForTests } from '../../emulators/github/jest.js'
import type { FakeScenario } from '../../emulators/terragrunt/harness.js'
import { LIVE, NO_CHANGES, OWNER, U, cleanup, exampleWorkspace, failure, plannedUnits, runPlan } from './helpers.js'

const REPO = 'live-git'
// Each test runs the bundle two or three times; a loaded machine must not turn that into a timeout.
jest.setTimeout(240_000)

const gh = await emulatorForTests({ owner: OWNER, repo: 'live' })
const bares: string[] = []
afterAll(async () => {
  await cleanup()
  await Promise.all(bares.map((d) => rm(d, { recursive: true, force: true })))
})

const scenario: FakeScenario = {
  defaultUnit: { planText: NO_CHANGES },
  units: { [U.devDb]: { fixture: 'tf-equiv-fully_populated_complex_destroy' } }
}

/**
 * A checkout of acme/live-git: main holds examples/, the branch `feature` changes the dev db unit, and pull request
 * #1 proposes it. The workspace has `feature` checked out.
 */
async function checkout() {
  const ws = await exampleWorkspace()
  const bare = await mkdtemp(join(tmpdir(), 'tpc-bare-'))
  bares.push(bare)
  git(bare, 'init', '--quiet', '--bare', '--initial-branch=main')
  git(ws, 'init', '--quiet', '--initial-branch=main')
  git(ws, 'add', '.')
  git(ws, 'commit', '--quiet', '-m', 'Seed the live repository')
  git(ws, 'push', '--quiet', bare, 'main')
  git(ws, 'checkout', '--quiet', '-b', 'feature')
  await writeFile(join(ws, LIVE, U.devDb, 'terragrunt.hcl'), '# bigger disk\n', { flag: 'a' })
  git(ws, 'commit', '--quiet', '-am', 'Grow the dev database')
  git(ws, 'push', '--quiet', bare, 'feature')
  linkBareRepository(gh.state, OWNER, REPO, bare)
  const pr = gh.state.createPull(OWNER, REPO, { title: 'Grow the dev database', head: 'feature' })
  return { ws, pr, head: git(ws, 'rev-parse', 'HEAD') }
}

const env = { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_REPOSITORY_OWNER: OWNER }
const bot = (n: number) => gh.state.comments(OWNER, REPO, n).filter((c) => c.user === 'github-actions[bot]')

describe('pr-number', () => {
  it('comments on the pull request from a workflow_dispatch run, with its head and changed files from the API', async () => {
    const { ws, pr, head } = await checkout()
    expect(pr.headSha).toBe(head)
    const res = await runPlan({
      workspace: ws,
      scenario,
      apiUrl: gh.url,
      env,
      // GITHUB_SHA of a dispatch is the branch it ran on, not the pull request.
      sha: git(ws, 'rev-parse', 'main'),
      inputs: { 'pr-number': String(pr.number), 'changed-only': 'true' }
    })
    expect(res.exitCode).toBe(0)
    // Only the unit the pull request changes: the file list came from the API.
    expect(plannedUnits(res)).toEqual([U.devDb])
    const [comment] = bot(pr.number)
    expect(comment.body).toContain(`<code>${head.slice(0, 7)}</code>`)
    expect(comment.body).toContain(`"headSha":"${head}"`)
    expect(res.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${comment.id}$`))
  })
})

describe('issue_comment /plan', () => {
  const slashPlan = (number: number) => ({
    name: 'issue_comment',
    payload: (() => {
      const p = issueCommentEvent({ owner: OWNER, repo: REPO, number, body: '/plan', user: 'alice' })
      ;(p.issue as Record<string, unknown>).pull_request = {
        url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}`
      }
      return p
    })()
  })

  it('plans and comments on the pull request the comment is on; refuses once its head moved on', async () => {
    const { ws, pr, head } = await checkout()
    const first = await runPlan({ workspace: ws, scenario, apiUrl: gh.url, env, event: slashPlan(pr.number) })
    expect(first.exitCode).toBe(0)
    const [comment] = bot(pr.number)
    expect(comment.body).toContain(`"headSha":"${head}"`)

    // Someone pushes to the pull request; the run still has the old commit checked out.
    const moved = gh.state.commitFiles(OWNER, REPO, 'feature', { 'live/notes.txt': 'later\n' }).sha
    const stale = await runPlan({ workspace: ws, scenario, apiUrl: gh.url, env, event: slashPlan(pr.number) })
    expect(stale.exitCode).toBe(1)
    expect(failure(stale)).toBe(
      `The checked-out commit ${head.slice(0, 7)} is not pull request #${pr.number}'s head ${moved.slice(0, 7)} (the pull request moved on since the run started, or the workflow checked out another ref), so its plan would not be the pull request's: check out the pull request's head before this step (actions/checkout with \`ref: refs/pull/${pr.number}/head\`), or run again.`
    )
    expect(plannedUnits(stale)).toEqual([])
    expect(bot(pr.number).map((c) => c.body)).toEqual([comment.body])
  })

  it("accepts GitHub's merge commit of the head (refs/pull/N/merge: parents base, head)", async () => {
    const { ws, pr, head } = await checkout()
    git(ws, 'checkout', '--quiet', 'main')
    git(ws, 'merge', '--quiet', '--no-ff', '-m', 'Merge', head)
    expect(git(ws, 'rev-parse', 'HEAD')).not.toBe(head)
    const merged = await runPlan({ workspace: ws, scenario, apiUrl: gh.url, env, event: slashPlan(pr.number) })
    expect(merged.exitCode).toBe(0)
    expect(bot(pr.number)[0].body).toContain(`"headSha":"${head}"`)
  })

  it('a comment on a plain issue is not about a pull request: no comment, the summary only', async () => {
    const { ws } = await checkout()
    const issue = gh.state.createIssue(OWNER, REPO, { title: 'Question' })
    const p = issueCommentEvent({ owner: OWNER, repo: REPO, number: issue.number, body: '/plan', user: 'alice' })
    delete (p.issue as Record<string, unknown>).pull_request
    const res = await runPlan({
      workspace: ws,
      scenario,
      apiUrl: gh.url,
      env,
      event: { name: 'issue_comment', payload: p }
    })
    expect(res.exitCode).toBe(0)
    expect(gh.state.comments(OWNER, REPO, issue.number)).toEqual([])
    expect(res.stdout).toContain('Event issue_comment is not about a pull request')
  })
})
