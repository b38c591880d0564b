/**
 * terragrunt-plan-comment `verify-reviewed` end to end: a pull request is planned (our comment with per-unit plan
 * hashes), merged through the GitHub emulator's merge API, and the bundled action runs on the push of the merge commit
 * with the fake terragrunt/tofu. It finds the merged pull request (commits/{sha}/pulls), reads our comment (our
 * marker and our account), plans again and says whether the plan is the one reviewed.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { parseMarkerData } from '../../../src/core/render/markdown.js'
import { pushEvent } from '../../harness/events.js'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { PLAN_FIXTURES } from '../../emulators/terragrunt/harness.js'
import type { FakeScenario } from '../../emulators/terragrunt/harness.js'
import {
  MARKER,
  OWNER,
  REPO,
  U,
  cleanup,
  exampleFiles,
  exampleWorkspace,
  failure,
  plannedUnits,
  prEvent,
  runPlan
} from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)
const api = new (Octokit.plugin(restEndpointMethods))({ auth: 'ghs_merger', baseUrl: gh.url })
const comments = (n: number) => gh.state.comments(OWNER, REPO, n)
const bot = (n: number) => comments(n).filter((c) => c.user === 'github-actions[bot]')

const VPC_FILE = `live/${U.devVpc}/terragrunt.hcl`
/** The vpc unit plans the recorded OpenTofu plan (JSON and text); every other unit plans no changes. */
const reviewed: FakeScenario = { units: { [U.devVpc]: { fixture: 'tofu-equiv-moved_with_drift' } } }
/** The same plan with one value changed: what was reviewed is not what would be applied. */
async function changedValue(): Promise<FakeScenario> {
  const plan = JSON.parse(await readFile(join(PLAN_FIXTURES, 'tofu-equiv-moved_with_drift.json'), 'utf8')) as {
    resource_changes: { change: { after: { string: string } } }[]
  }
  plan.resource_changes[0].change.after.string = 'Hello, something else!'
  return { units: { [U.devVpc]: { fixture: 'tofu-equiv-moved_with_drift', planJson: plan } } }
}

/** A pull request that changes the vpc unit (and so its dependents), on the example live repository. */
async function openPull(branch: string) {
  gh.state.commitFiles(OWNER, REPO, 'main', await exampleFiles(), { message: 'Live repository' })
  const original = gh.state.readFile(OWNER, REPO, VPC_FILE, 'main')!
  gh.state.commitFiles(OWNER, REPO, branch, { [VPC_FILE]: `${original}\ninputs = { cidr = "10.9.0.0/16" }\n` })
  return gh.state.createPull(OWNER, REPO, { title: branch, head: branch })
}

/** The plan comment run on the pull request's current head. */
async function review(pr: ReturnType<typeof gh.state.createPull>, inputs: Record<string, string> = {}) {
  const run = await runPlan({
    workspace: await exampleWorkspace(),
    scenario: reviewed,
    apiUrl: gh.url,
    event: prEvent(pr, gh.state.pull(OWNER, REPO, pr.number)!.headSha),
    inputs: { 'changed-only': 'true', ...inputs },
    env: { GITHUB_RUN_ID: '100' }
  })
  expect(run.exitCode).toBe(0)
  return run
}

async function merge(number: number): Promise<string> {
  const { data } = await api.rest.pulls.merge({ owner: OWNER, repo: REPO, pull_number: number })
  return data.sha
}

/** The action on the push of `sha` to main with verify-reviewed. */
async function verify(sha: string, scenario: FakeScenario = reviewed, inputs: Record<string, string> = {}) {
  return runPlan({
    workspace: await exampleWorkspace(),
    scenario,
    apiUrl: gh.url,
    sha,
    event: { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, sha }) },
    inputs: { 'changed-only': 'true', 'verify-reviewed': 'true', ...inputs },
    env: { GITHUB_RUN_ID: '200' }
  })
}

const messages = (run: { annotations: { level: string; message: string }[] }, level: string) =>
  run.annotations.filter((a) => a.level === level).map((a) => a.message)

describe('verify-reviewed on the push that merges a pull request', () => {
  it('the same plan: reviewed-plan-matches is true; the comment is left as it is', async () => {
    const pr = await openPull('same')
    await review(pr)
    const [comment] = bot(pr.number)
    const payload = parseMarkerData(comment.body) as { unitHashes: Record<string, string> }
    // The marker names every planned unit with its hash: the vpc unit and its dependents.
    expect(Object.keys(payload.unitHashes)).toEqual([U.devApp, U.devVpc])

    const sha = await merge(pr.number)
    const run = await verify(sha, reviewed, { 'fail-on': 'unreviewed' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['reviewed-plan-matches']).toBe('true')
    expect(plannedUnits(run)).toEqual([U.devApp, U.devVpc])
    expect(run.summary).toMatch(/^### ✅ Reviewed plan: matches/)
    expect(run.summary).toContain(`(https://github.com/${OWNER}/${REPO}/pull/${pr.number})`)
    expect(run.stdout).toContain('The plan is the one reviewers saw: all 2 unit(s) match.')
    // The plan itself is in the summary and the outputs, for the apply step.
    expect(run.outputs['has-changes']).toBe('true')
    expect(run.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/)
    expect(comments(pr.number)).toEqual([comment])
  })

  it('a changed value: false, and with fail-on unreviewed the step fails naming the unit', async () => {
    const pr = await openPull('value')
    await review(pr)
    const before = comments(pr.number)
    const sha = await merge(pr.number)

    const run = await verify(sha, await changedValue(), { 'fail-on': 'destroy, unreviewed' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['reviewed-plan-matches']).toBe('false')
    expect(failure(run)).toBe(
      `The plan is not the one reviewed: 1 unit(s) differ from the plan reviewed on pull request #${pr.number}: ${U.devVpc} (plan differs from the reviewed one).`
    )
    expect(run.summary).toMatch(/^### ❌ Reviewed plan: differs/)
    expect(run.summary).toContain(`- <code>${U.devVpc}</code>: plan differs from the reviewed one`)
    expect(comments(pr.number)).toEqual(before)

    // Without `unreviewed` in fail-on: the same answer, a warning, and the step goes on.
    const lenient = await verify(sha, await changedValue())
    expect(lenient.exitCode).toBe(0)
    expect(lenient.outputs['reviewed-plan-matches']).toBe('false')
    expect(messages(lenient, 'warning')).toContainEqual(
      expect.stringContaining(`${U.devVpc} (plan differs from the reviewed one)`)
    )
  })

  it('a unit planned now that the review did not plan differs', async () => {
    const pr = await openPull('unit')
    // The review planned only the vpc unit (a `units` input the push workflow does not have).
    await review(pr, { units: U.devVpc })
    const sha = await merge(pr.number)
    const run = await verify(sha, reviewed, { 'fail-on': 'unreviewed' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['reviewed-plan-matches']).toBe('false')
    expect(failure(run)).toContain(`${U.devApp} (planned now, not in the reviewed plan)`)
    expect(failure(run)).not.toContain(`${U.devVpc} (`)
  })

  it('a commit that no pull request merged: a clear error, reviewed-plan-matches false', async () => {
    gh.state.commitFiles(OWNER, REPO, 'main', await exampleFiles(), { message: 'Live repository' })
    const direct = gh.state.commitFiles(OWNER, REPO, 'main', { [VPC_FILE]: '# pushed to main\n' }).sha
    const run = await verify(direct)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['reviewed-plan-matches']).toBe('false')
    expect(failure(run)).toBe(
      `Input 'verify-reviewed': Commit ${direct.slice(0, 7)} is not the merge commit of a pull request (GitHub lists no pull request for it), so no reviewed plan belongs to it. Run verify-reviewed on the push that merges a pull request.`
    )
    expect(run.calls).toEqual([])
  })

  it("ignores a look-alike comment by another account that carries our marker and the current plan's hashes", async () => {
    // A real plan comment for the same change on another pull request, copied by mallory onto this one with its
    // head SHA: everything in it would match, but it is not ours.
    const other = await openPull('original')
    await review(other)
    const genuine = bot(other.number)[0].body
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Copy', head: 'copy' })
    gh.state.commitFiles(OWNER, REPO, 'copy', { [VPC_FILE]: gh.state.readFile(OWNER, REPO, VPC_FILE, 'original')! })
    const head = gh.state.pull(OWNER, REPO, pr.number)!.headSha
    const fake = genuine.replace(new RegExp(other.headSha, 'g'), head)
    expect(fake).toContain(MARKER)
    gh.state.addComment(OWNER, REPO, pr.number, { body: fake, user: 'mallory' })

    const sha = await merge(pr.number)
    const run = await verify(sha, reviewed, { 'fail-on': 'unreviewed' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['reviewed-plan-matches']).toBe('false')
    expect(failure(run)).toBe(
      `The plan is not the one reviewed: pull request #${pr.number} has no plan comment of this action: no plan was reviewed.`
    )
  })

  it("a plan comment for an older commit than the pull request's last one is unreviewed", async () => {
    const pr = await openPull('stale')
    await review(pr)
    const reviewedSha = gh.state.pull(OWNER, REPO, pr.number)!.headSha
    // A commit after the review that changes nothing Terragrunt reads: the plan would even be the same.
    const last = gh.state.commitFiles(OWNER, REPO, 'stale', { 'live/README.md': 'notes\n' }).sha
    const sha = await merge(pr.number)
    const run = await verify(sha, reviewed, { 'fail-on': 'unreviewed' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['reviewed-plan-matches']).toBe('false')
    expect(failure(run)).toBe(
      `The plan is not the one reviewed: the plan comment on pull request #${pr.number} is for commit ${reviewedSha.slice(0, 7)}, but the pull request's last commit is ${last.slice(0, 7)}: reviewers did not see the plan of the code that was merged.`
    )
  })

  it('an older comment without per-unit hashes is compared by the total hash, and says so', async () => {
    const pr = await openPull('older')
    await review(pr)
    const [comment] = bot(pr.number)
    const payload = parseMarkerData(comment.body) as Record<string, unknown>
    delete payload.unitHashes
    const old = comment.body.replace(
      /<!-- gitops-actions-data:[^>]*? -->/,
      `<!-- gitops-actions-data:${JSON.stringify(payload)} -->`
    )
    gh.state.editComment(OWNER, REPO, comment.id, old, 'github-actions[bot]')
    const sha = await merge(pr.number)

    const same = await verify(sha)
    expect(same.outputs['reviewed-plan-matches']).toBe('true')
    expect(same.stdout).toContain('compared by the total plan hash only')
    expect(same.summary).toContain('compared by the total plan hash only')
    const changed = await verify(sha, await changedValue())
    expect(changed.outputs['reviewed-plan-matches']).toBe('false')
  })

  it('refuses to run on a pull_request event', async () => {
    const pr = await openPull('wrong-event')
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { 'verify-reviewed': 'true' }
    })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toBe(
      `Input 'verify-reviewed' checks the push that merges a pull request, but this pull_request event is about pull request #${pr.number} itself: run it on push.`
    )
    expect(comments(pr.number)).toEqual([])
  })
})
