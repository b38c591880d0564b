/**
 * terragrunt-plan-comment `verify-reviewed` end to end: a pull request is planned (our comment with per-unit plan
 * hashes), merged through the GitHub emulator's merge API, and the bundled action runs on the push of the merge commit
 * with the fake terragrunt/tofu. It finds the merged pull request (commits/{sha}/pulls), reads our comment (our
 * marker and our account), plans again and says whether the plan is the one reviewed.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, jest } from '@jest/globals'
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
  emptyDir,
  exampleFiles,
  exampleWorkspace,
  failure,
  fixtureJson,
  plannedUnits,
  prEvent,
  runPlan
} from './helpers.js'

// Several bundle runs per test, and the late-link retries wait in real time.
jest.setTimeout(240_000)

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
async function openPull(branch: string, labels?: string[]) {
  gh.state.commitFiles(OWNER, REPO, 'main', await exampleFiles(), { message: 'Live repository' })
  const original = gh.state.readFile(OWNER, REPO, VPC_FILE, 'main')!
  gh.state.commitFiles(OWNER, REPO, branch, { [VPC_FILE]: `${original}\ninputs = { cidr = "10.9.0.0/16" }\n` })
  return gh.state.createPull(OWNER, REPO, { title: branch, head: branch, labels })
}

/** The plan comment run on the pull request's current head. */
async function review(
  pr: ReturnType<typeof gh.state.createPull>,
  inputs: Record<string, string> = {},
  scenario: FakeScenario = reviewed
) {
  const run = await runPlan({
    workspace: await exampleWorkspace(),
    scenario,
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
    // Read again while GitHub might not have linked it yet (a few seconds), then fail closed.
    expect(failure(run)).toBe(
      `Input 'verify-reviewed': Commit ${direct.slice(0, 7)} is not the merge commit of a pull request (GitHub lists no pull request for it, read 4 times over 6 s), so no reviewed plan belongs to it. Run verify-reviewed on the push that merges a pull request.`
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

describe('verify-reviewed: GitHub links the merge commit late', () => {
  it('reads commits/{sha}/pulls again until the merged pull request is listed', async () => {
    const pr = await openPull('late-link')
    await review(pr)
    const sha = await merge(pr.number)
    // Right after the push GitHub has not linked the merge commit to the pull request: the first read lists none.
    const record = gh.state.pull(OWNER, REPO, pr.number)!
    record.mergeCommitSha = null
    const route = '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'
    gh.inject({ kind: 'hook', route, run: () => undefined })
    const linked = gh.inject({ kind: 'hook', route, run: () => void (record.mergeCommitSha = sha) })

    const run = await verify(sha, reviewed, { 'fail-on': 'unreviewed' })
    expect(run.exitCode).toBe(0)
    expect(linked.hits).toBe(1)
    expect(run.stdout).toContain(`GitHub lists no pull request merged as ${sha.slice(0, 7)} yet; reading again in 1 s.`)
    expect(run.stdout).toContain(`Commit ${sha.slice(0, 7)} merged pull request #${pr.number}`)
    expect(run.outputs['reviewed-plan-matches']).toBe('true')
  })
})

describe('verify-reviewed and protected', () => {
  const SQL = 'google_sql_database_instance.main'
  /** The vpc unit's plan replaces a Cloud SQL instance (OpenTofu's text for a forced replacement). */
  const replaceSql: FakeScenario = {
    units: {
      [U.devVpc]: {
        planText: [
          'OpenTofu will perform the following actions:',
          '',
          `  # ${SQL} must be replaced`,
          '-/+ resource "google_sql_database_instance" "main" {',
          '      ~ name = "sql-a" -> "sql-b" # forces replacement',
          '    }',
          '',
          'Plan: 1 to add, 0 to change, 1 to destroy.',
          ''
        ].join('\n')
      }
    }
  }
  const PROTECT = { protected: 'google_sql_database_instance.*', 'protected-override-label': 'allow-destroy' }

  it('the gate runs on the push too: the merged pull request’s label allows it, its removal does not', async () => {
    const pr = await openPull('protected-push', ['allow-destroy'])
    await review(pr, PROTECT, replaceSql)
    const sha = await merge(pr.number)

    const allowed = await verify(sha, replaceSql, { ...PROTECT, 'fail-on': 'unreviewed' })
    expect(allowed.exitCode).toBe(0)
    expect(allowed.outputs['reviewed-plan-matches']).toBe('true')
    expect(JSON.parse(allowed.outputs['protected-violations'])).toEqual([
      { unit: U.devVpc, address: SQL, action: 'replace' }
    ])
    expect(messages(allowed, 'warning')).toContain(
      "Protected resources will be destroyed or replaced; allowed by the label 'allow-destroy'."
    )

    // The plan is the one reviewed, but without the label nothing allows the replacement: the step fails.
    await api.rest.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: pr.number, name: 'allow-destroy' })
    const blocked = await verify(sha, replaceSql, { ...PROTECT, 'fail-on': 'unreviewed' })
    expect(blocked.exitCode).toBe(1)
    expect(blocked.outputs['reviewed-plan-matches']).toBe('true')
    expect(failure(blocked)).toBe(
      `Input 'protected': 1 protected resource(s) will be destroyed or replaced (${U.devVpc}: replace ${SQL}); the label 'allow-destroy' allows it.`
    )
    expect(blocked.summary).toMatch(/^### ✅ Reviewed plan: matches/)
    expect(blocked.summary).toContain('#### 🛡️ Protected resources')
  })
})

describe('verify-reviewed with plan-path (plans made by an earlier step)', () => {
  /** What `terragrunt run --all plan --json-out-dir plans` left for each unit: recorded JSON plans. */
  const PLANS: Record<string, string> = {
    [U.devVpc]: 'tofu-equiv-moved_with_drift',
    [U.devApp]: 'tf-equiv-basic_multiline_string_update'
  }
  const inputs = { 'plan-path': 'plans', 'working-directory': '.' }

  /** A workspace with plans/<unit>/tfplan.json, and a PATH whose terragrunt/tofu/terraform fail if called. */
  async function planned(plans: Record<string, string>) {
    const workspace = await exampleWorkspace()
    for (const [unit, fixture] of Object.entries(plans)) {
      await mkdir(join(workspace, 'plans', unit), { recursive: true })
      await writeFile(join(workspace, 'plans', unit, 'tfplan.json'), await fixtureJson(fixture))
    }
    const bin = await emptyDir('tpc-no-tools-')
    for (const name of ['terragrunt', 'tofu', 'terraform']) {
      await writeFile(join(bin, name), `#!/bin/sh\necho "${name}: must not run" >&2\nexit 1\n`)
      await chmod(join(bin, name), 0o755)
    }
    return { workspace, path: [bin] }
  }

  const push = async (sha: string, plans: Record<string, string>) =>
    runPlan({
      ...(await planned(plans)),
      apiUrl: gh.url,
      sha,
      event: { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, sha }) },
      inputs: { ...inputs, 'verify-reviewed': 'true', 'fail-on': 'unreviewed' },
      env: { GITHUB_RUN_ID: '300' }
    })

  it('compares the earlier step’s plans with the reviewed ones, unit by unit', async () => {
    const pr = await openPull('plan-path')
    const reviewRun = await runPlan({
      ...(await planned(PLANS)),
      apiUrl: gh.url,
      event: prEvent(pr, gh.state.pull(OWNER, REPO, pr.number)!.headSha),
      inputs,
      env: { GITHUB_RUN_ID: '100' }
    })
    expect(reviewRun.exitCode).toBe(0)
    const payload = parseMarkerData(bot(pr.number)[0].body) as { unitHashes: Record<string, string> }
    expect(Object.keys(payload.unitHashes).sort()).toEqual([U.devApp, U.devVpc])
    const sha = await merge(pr.number)

    const same = await push(sha, PLANS)
    expect(same.exitCode).toBe(0)
    expect(same.outputs['reviewed-plan-matches']).toBe('true')
    expect(same.stdout).toContain('The plan is the one reviewers saw: all 2 unit(s) match.')
    expect(same.outputs['plan-hash']).toBe(reviewRun.outputs['plan-hash'])

    // The apply step's plan of the app unit is another plan than the one reviewed.
    const changed = await push(sha, { ...PLANS, [U.devApp]: 'tf-equiv-data_read' })
    expect(changed.exitCode).toBe(1)
    expect(changed.outputs['reviewed-plan-matches']).toBe('false')
    expect(failure(changed)).toBe(
      `The plan is not the one reviewed: 1 unit(s) differ from the plan reviewed on pull request #${pr.number}: ${U.devApp} (plan differs from the reviewed one).`
    )

    // A reviewed unit the earlier step wrote no plan for (it failed to plan) is not silently dropped.
    const missing = await push(sha, { [U.devVpc]: PLANS[U.devVpc] })
    expect(missing.exitCode).toBe(1)
    expect(missing.outputs['reviewed-plan-matches']).toBe('false')
    expect(failure(missing)).toContain(`${U.devApp} (in the reviewed plan, not planned now)`)
    expect(bot(pr.number)).toHaveLength(1)
  })
})
