/**
 * Demo stage 1: alice opens a pull request on acme/live that changes two units; terragrunt-plan-comment plans the
 * units it affects (only those two) with the fake terragrunt/tofu and keeps one comment on the PR.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pullRequestEvent } from '../../test/harness/events.js'
import { runAction } from '../../test/harness/run-action.js'
import { FAKE_BIN_DIR } from '../../test/emulators/terragrunt/harness.js'
import type { FakeScenario, FakeUnit } from '../../test/emulators/terragrunt/harness.js'
import { Expectations, brief, errorsOf } from './step.js'
import type { DemoContext, DemoStep, StepOutcome } from './step.js'

const OWNER = 'acme'
const REPO = 'live'
export const PR_BRANCH = 'db-3.0-dns-2.2'

/** The pull request: two units move to new module versions. */
const PR_CHANGES: Record<string, [string, string]> = {
  'live/non-production/development/db/terragrunt.hcl': ['version=2.1.0', 'version=3.0.0'],
  'live/non-production/development/dns/terragrunt.hcl': ['version=2.1.0', 'version=2.2.0']
}

/** What the fake tofu answers per unit (recorded real plans), and the status the action must report. */
const UNITS: Record<string, { scenario: FakeUnit; expect: string }> = {
  'non-production/development/db': {
    scenario: { fixture: 'tf-equiv-basic_multiline_string_update' },
    expect: 'changes'
  },
  'non-production/development/dns': {
    scenario: { fixture: 'tf-equiv-fully_populated_complex_destroy' },
    expect: 'changes'
  }
}

/** The PR's `with:`: everything else is action.yml's default, as on a runner. */
const INPUTS = { 'working-directory': 'live', 'tf-binary': 'tofu', 'plugin-cache': 'false' }

async function run(ctx: DemoContext): Promise<StepOutcome> {
  const { gh, liveWorkspace: workspace, tempDir } = ctx
  const head: Record<string, string> = {}
  for (const [path, [from, to]] of Object.entries(PR_CHANGES)) {
    const before = await readFile(join(workspace, path), 'utf8')
    head[path] = before.replace(from, to)
    if (head[path] === before) throw new Error(`the demo's change to ${path} no longer applies to examples/live`)
  }
  const baseSha = gh.state.ref(OWNER, REPO, 'heads/main') ?? ''
  gh.state.commitFiles(OWNER, REPO, PR_BRANCH, head, { message: 'db module 3.0.0, dns module 2.2.0', author: 'alice' })
  const pr = gh.state.createPull(OWNER, REPO, {
    title: 'db module 3.0.0, dns module 2.2.0',
    head: PR_BRANCH,
    user: 'alice',
    body: 'The db module 3.0.0 changes the instance settings; dns 2.2.0 drops the legacy record set.'
  })
  // The runner's checkout of the PR head.
  for (const [path, content] of Object.entries(head)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true })
    await writeFile(join(workspace, path), content)
  }
  ctx.facts.prNumber = String(pr.number)

  const scenario: FakeScenario = {
    terragruntVersion: '0.93.4',
    tofuVersion: '1.10.6',
    units: Object.fromEntries(Object.entries(UNITS).map(([unit, u]) => [unit, u.scenario]))
  }
  const scenarioFile = join(tempDir, 'scenario.json')
  await writeFile(scenarioFile, JSON.stringify(scenario, null, 2))
  const result = await runAction({
    action: 'terragrunt-plan-comment',
    inputs: INPUTS,
    event: {
      name: 'pull_request',
      payload: pullRequestEvent({
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        headSha: pr.headSha,
        baseSha,
        headRef: PR_BRANCH,
        author: 'alice'
      })
    },
    repository: `${OWNER}/${REPO}`,
    sha: pr.headSha,
    actor: 'alice',
    apiUrl: gh.url,
    workspace,
    path: [FAKE_BIN_DIR],
    env: {
      FAKE_TG_SCENARIO: scenarioFile,
      FAKE_TG_CALLS: join(tempDir, 'calls.jsonl'),
      FAKE_TG_ROOT: join(workspace, 'live')
    },
    timeoutMs: 30_000
  })

  type UnitRow = { path: string; status: string }
  let planned: UnitRow[] = []
  try {
    planned = JSON.parse(result.outputs['units-json'] ?? '[]') as UnitRow[]
  } catch {
    // reported below: no unit matches
  }
  const comments = gh.state.comments(OWNER, REPO, pr.number)
  const expect = new Expectations()
  expect.check(result.exitCode === 0, `the action failed: ${errorsOf(result)}`)
  expect.check(comments.length === 1, `expected one plan comment on the PR, found ${comments.length}`)
  for (const [unit, u] of Object.entries(UNITS)) {
    const got = planned.find((p) => p.path === unit)
    expect.check(got?.status === u.expect, `${unit}: expected ${u.expect}, got ${got?.status ?? 'not planned'}`)
  }
  expect.check(
    planned.length === Object.keys(UNITS).length,
    `expected only the 2 changed units planned, got ${planned.map((p) => p.path).join(', ') || 'none'}`
  )
  expect.check(result.outputs['has-destroy'] === 'true', 'the dns unit destroys a resource: has-destroy should be true')
  return {
    ran: `terragrunt-plan-comment on pull_request ${OWNER}/${REPO}#${pr.number} (changed-only)`,
    result: [
      `${planned.length} unit(s) planned: ${planned.map((p) => `${p.path} ${p.status}`).join(', ')}`,
      brief(result.outputs, ['add', 'change', 'destroy', 'has-destroy', 'plan-hash'])
    ],
    runs: [{ label: 'plan job (pull_request)', action: 'terragrunt-plan-comment', inputs: INPUTS, result }],
    problems: expect.problems
  }
}

export const planStep: DemoStep = {
  title: 'Pull request -> plan comment',
  intro:
    'alice opens a pull request on acme/live that moves two units to new module versions (development/db ' +
    '2.1.0 -> 3.0.0, development/dns 2.1.0 -> 2.2.0). terragrunt-plan-comment lists the files of the PR, plans only ' +
    'the units they affect with the fake terragrunt/tofu (recorded real plans: db updates a resource, dns destroys ' +
    'one) and posts one sticky comment with a destroy callout.',
  run
}
