/**
 * A stack of units planned by the real `terraform` (1.11 on our machines) through the fake Terragrunt and the bundled
 * action: JSON plans, plan text and exit codes come from the real tool. Terraform plans offline here with the builtin
 * `terraform_data` resource and `moved`, `removed` and `import` blocks; states are made with a real `terraform
 * apply` first. Counts and statuses are checked against Terraform's own plan of each unit, made beside the action.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { FAKE_BIN_DIR } from '../../emulators/terragrunt/harness.js'
import { cleanup, emptyDir, runPlan } from './helpers.js'

const terraform = (process.env.PATH ?? '').split(delimiter).find((d) => d && existsSync(join(d, 'terraform')))
if (!terraform) {
  // visible in the test output, so a green run without the real tool is not mistaken for one with it
  process.stdout.write('NOTICE: no `terraform` on PATH: the real-terraform tests are skipped (.ci/run requires it)\n')
}
const describeWithTerraform = terraform ? describe : describe.skip

afterAll(cleanup)

/** Terraform without network, CLI config or update checks (the machine's TF_CLI_CONFIG_FILE may not exist). */
let tfEnv: Record<string, string>
const tf = (dir: string, ...args: string[]): string =>
  execFileSync('terraform', args, {
    cwd: dir,
    env: { ...process.env, ...tfEnv },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })

interface UnitSpec {
  /** Configuration applied first (its state is what the plan compares against); none: no state. */
  before?: string
  /** The configuration that is planned. */
  after: string
  terragrunt?: string
}

const UNITS: Record<string, UnitSpec> = {
  // two resources and an output to create
  'dev/create': {
    after: `resource "terraform_data" "a" { input = "a" }
resource "terraform_data" "b" { input = "b" }
output "a" { value = terraform_data.a.output }
`
  },
  // an in-place update, a replacement (triggers_replace) and a destroy
  'dev/modify': {
    before: `resource "terraform_data" "upd" { input = "old" }
resource "terraform_data" "rep" { triggers_replace = ["v1"] }
resource "terraform_data" "gone" { input = "x" }
`,
    after: `resource "terraform_data" "upd" { input = "new" }
resource "terraform_data" "rep" { triggers_replace = ["v2"] }
`
  },
  // a move, a forget (removed without destroy) and an import
  'prod/refactor': {
    before: `resource "terraform_data" "old_name" { input = "m" }
resource "terraform_data" "kept_out" { input = "k" }
`,
    after: `moved {
  from = terraform_data.old_name
  to   = terraform_data.new_name
}
resource "terraform_data" "new_name" { input = "m" }
removed {
  from = terraform_data.kept_out
  lifecycle { destroy = false }
}
import {
  to = terraform_data.adopted
  id = "abc"
}
resource "terraform_data" "adopted" {}
`
  },
  // nothing to do
  'prod/steady': {
    before: `resource "terraform_data" "s" { input = "s" }\n`,
    after: `resource "terraform_data" "s" { input = "s" }\n`
  },
  // a reference to nothing: terraform plan fails
  'prod/broken': { after: `output "x" { value = terraform_data.missing.id }\n` },
  // depends on the broken unit: Terragrunt does not plan it
  'prod/after-broken': {
    after: `resource "terraform_data" "d" {}\n`,
    terragrunt: `dependency "broken" {\n  config_path = "../broken"\n  mock_outputs = { x = "m" }\n}\n`
  }
}

/** Terraform's own verdict on a unit: `-detailed-exitcode` and the counts its JSON plan gives. */
interface OwnPlan {
  status: 'no-changes' | 'changes' | 'error'
  add: number
  change: number
  destroy: number
  replace: number
  import: number
  move: number
}

interface TfChange {
  address: string
  previous_address?: string
  change: { actions: string[]; importing?: unknown }
}

/** Plans the unit again with terraform itself (outside the action) and reads its JSON plan. */
function ownPlan(dir: string): OwnPlan {
  let code = 0
  try {
    tf(dir, 'plan', '-input=false', '-no-color', '-detailed-exitcode', '-out=own.tfplan')
  } catch (e) {
    code = (e as { status: number }).status
  }
  const zero = { add: 0, change: 0, destroy: 0, replace: 0, import: 0, move: 0 }
  if (code === 1) return { status: 'error', ...zero }
  const json = JSON.parse(tf(dir, 'show', '-json', 'own.tfplan')) as { resource_changes?: TfChange[] }
  const counts = { ...zero }
  for (const rc of json.resource_changes ?? []) {
    const a = rc.change.actions.join(',')
    if (a === 'create') counts.add++
    if (a === 'update') counts.change++
    if (a === 'delete') counts.destroy++
    if (a === 'delete,create' || a === 'create,delete') {
      counts.replace++
      counts.add++
      counts.destroy++
    }
    if (rc.change.importing) counts.import++
    if (rc.previous_address && rc.previous_address !== rc.address) counts.move++
  }
  return { status: code === 2 ? 'changes' : 'no-changes', ...counts }
}

describeWithTerraform('terragrunt-plan-comment with the real terraform behind the fake Terragrunt', () => {
  it('reports each unit as terraform itself plans it', async () => {
    const workspace = await emptyDir('tpc-real-tf-')
    const cliConfig = join(workspace, 'terraformrc')
    await writeFile(cliConfig, '')
    tfEnv = { TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' }
    const live = join(workspace, 'live')
    for (const [unit, spec] of Object.entries(UNITS)) {
      const dir = join(live, unit)
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, 'terragrunt.hcl'), spec.terragrunt ?? '')
      if (spec.before) {
        await writeFile(join(dir, 'main.tf'), spec.before)
        tf(dir, 'init', '-input=false', '-no-color')
        tf(dir, 'apply', '-auto-approve', '-input=false', '-no-color')
      }
      await writeFile(join(dir, 'main.tf'), spec.after)
    }

    const run = await runPlan({
      workspace,
      inputs: { 'working-directory': 'live', 'tf-binary': 'terraform', 'plugin-cache': 'false', 'fail-on': 'never' },
      scenario: { terragruntVersion: '1.1.3' },
      path: [FAKE_BIN_DIR],
      env: tfEnv
    })
    expect(run.exitCode).toBe(0)

    // the fake Terragrunt really ran terraform: init where there was no state yet, then plan and show -json
    const calls = run.calls.filter((c) => c.bin === 'terragrunt')
    expect(calls).toHaveLength(3) // --version, find, run --all
    const reported = JSON.parse(run.outputs['units-json']) as (OwnPlan & { path: string; error: string | null })[]
    const byUnit = Object.fromEntries(reported.map((u) => [u.path, u]))
    expect(Object.keys(byUnit).sort()).toEqual(Object.keys(UNITS).sort())

    for (const unit of Object.keys(UNITS)) {
      const dir = join(live, unit)
      if (unit === 'prod/after-broken') {
        expect(byUnit[unit]).toMatchObject({ status: 'error', error: 'not planned: a dependency failed (prod/broken)' })
        continue
      }
      const own = ownPlan(dir)
      const { path, error, ...got } = byUnit[unit]
      expect({ unit: path, ...pick(got, own) }).toEqual({ unit, ...own })
      if (own.status === 'error') expect(error).toContain('Reference to undeclared resource')
      await rm(join(dir, 'own.tfplan'), { force: true })
    }
    expect(byUnit['dev/create']).toMatchObject({ add: 2 })
    expect(byUnit['dev/modify']).toMatchObject({ add: 1, change: 1, destroy: 2, replace: 1 })
    expect(byUnit['prod/refactor']).toMatchObject({ import: 1, move: 1 })

    // the text in the comment is terraform's own
    const summary = run.summary
    expect(summary).toContain('terraform_data.upd will be updated in-place')
    expect(summary).toContain('Reference to undeclared resource')
    // each unit's output went to the job log in a group of its own
    for (const unit of ['dev/create', 'dev/modify', 'prod/refactor', 'prod/steady', 'prod/broken']) {
      expect(run.stdout).toContain(`::group::${unit}\n`)
    }
  })
})

/** The fields of `got` that `own` has. */
function pick(got: Record<string, unknown>, own: OwnPlan): Record<string, unknown> {
  return Object.fromEntries(Object.keys(own).map((k) => [k, got[k]]))
}
