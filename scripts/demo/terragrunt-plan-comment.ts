import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { pullRequestEvent } from '../../test/harness/events.js'
import { repoRoot, runAction } from '../../test/harness/run-action.js'
import { FAKE_BIN_DIR } from '../../test/emulators/terragrunt/harness.js'
import type { FakeScenario, FakeUnit } from '../../test/emulators/terragrunt/harness.js'
import { Expectations, section } from './step.js'
import type { DemoContext, DemoOutcome, DemoStep } from './step.js'

const OWNER = 'acme'
const REPO = 'live'
const BRANCH = 'widen-vpc-and-bump-db'

/** The pull request: a shared include that every VPC reads, and one unit's module version. */
const PR_CHANGES: Record<string, (before: string) => string> = {
  'live/_common/vpc.hcl': (before) =>
    before.replace('cidr_block = "10.0.0.0/16"', 'cidr_block       = "10.0.0.0/16"\n  enable_flow_logs = true'),
  'live/non-production/development/db/terragrunt.hcl': (before) => before.replace('version=2.1.0', 'version=3.0.0')
}

const STATE_LOCK_ERROR = `Error acquiring the state lock
Error message: writing "gs://acme-tfstate/production/prod/app/default.tflock" failed: googleapi: Error 412:
At least one of the pre-conditions you specified did not hold., conditionNotMet
Lock Info:
  ID:        1718801234567890
  Path:      gs://acme-tfstate/production/prod/app/default.tflock
  Operation: OperationTypeApply
  Who:       runner@fv-az123-456
  Version:   1.10.6
  Created:   2025-06-02 09:12:44.123456 +0000 UTC
  Info:

OpenTofu acquires a state lock to protect the state from being written
by multiple users at the same time. Please resolve the issue above and try
again. For most commands, you can disable locking with the "-lock=false"
flag, but this is not recommended.`

/** What the fake tofu answers per unit, and the status the action should report for it. */
const UNITS: Record<string, { scenario: FakeUnit; expect: string }> = {
  'non-production/development/vpc': { scenario: { fixture: 'tofu-equiv-moved_with_drift' }, expect: 'changes' },
  'non-production/development/app': { scenario: { planText: noChanges() }, expect: 'no-changes' },
  'non-production/development/db': {
    scenario: { fixture: 'tf-equiv-fully_populated_complex_destroy' },
    expect: 'changes'
  },
  'production/prod/vpc': { scenario: { fixture: 'dflook-all-actions-with-outputs' }, expect: 'changes' },
  'production/prod/app': { scenario: { fail: STATE_LOCK_ERROR }, expect: 'error' }
}

function noChanges(): string {
  return [
    'google_cloud_run_v2_service.app: Refreshing state... [id=projects/acme-dev/locations/europe-west1/services/app]',
    '',
    'No changes. Your infrastructure matches the configuration.',
    '',
    'OpenTofu has compared your real infrastructure against your configuration and found no differences, so no',
    'changes are needed.',
    ''
  ].join('\n')
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

/** The `  unit: reason` lines the action logs after listing the PR's files. */
function plannedBecause(stdout: string): Map<string, string> {
  const reasons = new Map<string, string>()
  const lines = stdout.split('\n')
  const start = lines.findIndex((l) => /changed file\(s\) affect/.test(l))
  if (start < 0) return reasons
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\S+): (.*)$/.exec(line)
    if (!m) break
    reasons.set(m[1], m[2])
  }
  return reasons
}

async function run({ gh, tempDir }: DemoContext): Promise<DemoOutcome> {
  // The checked-out workspace: examples/live as live/, at the PR head.
  const workspace = join(tempDir, 'workspace')
  await mkdir(workspace, { recursive: true })
  await cp(join(repoRoot, 'examples', 'live'), join(workspace, 'live'), { recursive: true })
  const base: Record<string, string> = {}
  for (const file of await listFiles(workspace)) {
    base[relative(workspace, file).split(sep).join('/')] = await readFile(file, 'utf8')
  }
  const mainCommit = gh.state.commitFiles(OWNER, REPO, 'main', base, { message: 'Import the live repository' })
  const head: Record<string, string> = {}
  for (const [path, change] of Object.entries(PR_CHANGES)) {
    head[path] = change(base[path])
    if (head[path] === base[path]) throw new Error(`the demo's change to ${path} no longer applies to examples/live`)
  }
  gh.state.commitFiles(OWNER, REPO, BRANCH, head, {
    message: 'Turn on VPC flow logs, db module 3.0.0',
    author: 'alice'
  })
  const pr = gh.state.createPull(OWNER, REPO, {
    title: 'Turn on VPC flow logs, db module 3.0.0',
    head: BRANCH,
    user: 'alice'
  })
  for (const [path, content] of Object.entries(head)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true })
    await writeFile(join(workspace, path), content)
  }

  const scenario: FakeScenario = {
    terragruntVersion: '0.93.4',
    tofuVersion: '1.10.6',
    units: Object.fromEntries(Object.entries(UNITS).map(([unit, u]) => [unit, u.scenario]))
  }
  const scenarioFile = join(tempDir, 'scenario.json')
  await writeFile(scenarioFile, JSON.stringify(scenario, null, 2))

  // The step's `with:`; the rest comes from action.yml's defaults, as on a runner.
  const inputs = {
    'working-directory': 'live',
    'changed-only': 'true',
    'tf-binary': 'tofu',
    'plugin-cache': 'false',
    'fail-on': 'never',
    'github-token': 'ghs_demo_token'
  }
  const result = await runAction({
    action: 'terragrunt-plan-comment',
    inputs,
    event: {
      name: 'pull_request',
      payload: pullRequestEvent({
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        headSha: pr.headSha,
        baseSha: mainCommit.sha,
        headRef: BRANCH,
        author: 'alice'
      })
    },
    repository: `${OWNER}/${REPO}`,
    apiUrl: gh.url,
    workspace,
    path: [FAKE_BIN_DIR],
    env: {
      FAKE_TG_SCENARIO: scenarioFile,
      FAKE_TG_CALLS: join(tempDir, 'calls.jsonl'),
      FAKE_TG_ROOT: join(workspace, 'live')
    },
    timeoutMs: 25_000
  })

  const comments = gh.state.comments(OWNER, REPO, pr.number)
  section(
    'The workflow step (with:)',
    Object.entries(inputs)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')
  )
  section(
    `Pull request #${pr.number} "${gh.state.pull(OWNER, REPO, pr.number)?.head}" changes`,
    Object.keys(PR_CHANGES).join('\n')
  )
  section(
    `PR comment as posted on ${OWNER}/${REPO}#${pr.number} (${comments.length} comment(s), by ${comments.map((c) => c.user).join(', ') || 'nobody'})`,
    comments.map((c) => c.body).join('\n\n─── next comment ───\n\n') || '(no comment)'
  )
  const sameAsComment = comments.length === 1 && result.summary.trim() === comments[0].body.trim()
  section(
    'Job summary (GITHUB_STEP_SUMMARY)',
    sameAsComment
      ? '(identical to the PR comment above, byte for byte: both fit in their size budgets)'
      : result.summary || '(empty)'
  )
  section(
    'Step outputs (GITHUB_OUTPUT)',
    Object.entries(result.outputs)
      .map(([k, v]) => `${k} = ${v}`)
      .join('\n')
  )
  section(
    'Annotations',
    result.annotations.map((a) => `${a.level}: ${a.message.replace(/\n/g, '\n    ')}`).join('\n') || '(none)'
  )

  const reasons = plannedBecause(result.stdout)
  const live = join(workspace, 'live')
  const allUnits = (await listFiles(live))
    .filter((f) => f.endsWith(`${sep}terragrunt.hcl`))
    .map((f) => relative(live, dirname(f)).split(sep).join('/'))
    .sort()
  type UnitRow = { path: string; status: string; error: string | null }
  let planned: UnitRow[]
  try {
    planned = JSON.parse(result.outputs['units-json'] ?? '[]') as UnitRow[]
  } catch {
    planned = []
  }
  const width = Math.max(...planned.map((u) => u.path.length), 4)
  section(
    'Units planned, and why',
    [
      ...planned.map(
        (u) => `${u.path.padEnd(width)}  ${u.status.padEnd(11)}  ${reasons.get(u.path) ?? '(no reason logged)'}`
      ),
      ...[...reasons.keys()]
        .filter((p) => !planned.some((u) => u.path === p))
        .map((p) => `${p.padEnd(width)}  not planned  ${reasons.get(p)}`),
      ...allUnits
        .filter((p) => !planned.some((u) => u.path === p))
        .map((p) => `${p.padEnd(width)}  not planned  nothing it reads changed`)
    ].join('\n')
  )

  const expect = new Expectations()
  expect.check(result.exitCode === 0, `the action exited ${result.exitCode} (expected 0 with fail-on: never)`)
  expect.check(comments.length === 1, `expected one plan comment on the PR, found ${comments.length}`)
  expect.check(
    comments[0]?.body.includes('<!-- gitops-actions:terragrunt-plan-comment:default -->') ?? false,
    'the comment has no gitops-actions marker'
  )
  expect.check(result.summary.trim() !== '', 'the job summary is empty')
  expect.check(result.outputs['has-changes'] === 'true', `has-changes is ${result.outputs['has-changes']}`)
  expect.check(result.outputs['has-destroy'] === 'true', `has-destroy is ${result.outputs['has-destroy']}`)
  expect.check(Boolean(result.outputs['comment-url']), 'no comment-url output')
  for (const [unit, u] of Object.entries(UNITS)) {
    const got = planned.find((p) => p.path === unit)
    expect.check(got?.status === u.expect, `${unit}: expected status ${u.expect}, got ${got?.status ?? 'not planned'}`)
  }
  expect.check(
    planned.length === Object.keys(UNITS).length,
    `expected ${Object.keys(UNITS).length} units planned, got ${planned.length}`
  )
  expect.check(
    !planned.some((u) => u.path === 'non-production/development/dns'),
    'non-production/development/dns was planned, but nothing it reads changed'
  )
  expect.check(
    result.annotations.some((a) => a.level === 'error' && a.message.includes('production/prod/app')),
    'no error annotation for production/prod/app'
  )
  if (expect.problems.length > 0)
    section('Action log (stdout + stderr), for the problems below', `${result.stdout}\n${result.stderr}`)
  return expect.outcome()
}

export const terragruntPlanCommentStep: DemoStep = {
  action: 'terragrunt-plan-comment',
  title: 'terragrunt-plan-comment: plan the units a pull request affects, one sticky PR comment',
  intro: [
    `Repository ${OWNER}/${REPO} holds examples/live under live/ on main. Pull request "${BRANCH}" by alice changes`,
    'live/_common/vpc.hcl (included by both VPC units) and the db unit. With changed-only on, the action lists the',
    "PR's files through the API, works out the affected units (includes, dependencies) and plans only those with",
    'the fake terragrunt/tofu, which replay recorded plans:',
    '  development/vpc   a moved resource plus drift (tofu-equiv-moved_with_drift)',
    '  development/app   no changes (re-planned because it depends on the VPC)',
    '  development/db    a destroy (tf-equiv-fully_populated_complex_destroy)',
    '  prod/vpc          replacements, creates, an update, a destroy, output changes (dflook-all-actions-with-outputs)',
    '  prod/app          fails: the state lock is held (a realistic error). The step sets `fail-on: never`, so the',
    '                    action reports the error in the comment and as an annotation but exits 0.'
  ],
  run
}
