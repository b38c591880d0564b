import { createHash } from 'node:crypto'
import { join } from 'node:path'
import pLimit from 'p-limit'
import { buildUnitPlan } from '../plan/unit-plan.js'
import type { UnitPlan } from '../plan/model.js'
import { planUnit, showPlanJson } from './cli.js'
import type { TerragruntCli } from './cli.js'

export interface PlanUnitsOptions {
  cli: TerragruntCli
  /** The Terragrunt root; unit paths are relative to it. */
  root: string
  units: string[]
  parallelism: number
  extraArgs: string[]
  /** Where binary plan files go (RUNNER_TEMP on a runner). */
  planDir: string
  /** Called as each unit finishes, for progress logs. */
  onUnitDone?: (unit: UnitPlan, index: number, total: number) => void
}

/**
 * Plans every unit on its own, `parallelism` at a time: each unit gets its own exit code, stdout and JSON plan, so
 * its status never depends on Terragrunt's aggregated exit code (which has regressed repeatedly) and its text
 * needs no demultiplexing from an interleaved run-all log.
 */
export async function planUnits(options: PlanUnitsOptions): Promise<UnitPlan[]> {
  const limit = pLimit(options.parallelism)
  let done = 0
  return Promise.all(
    options.units.map((path) =>
      limit(async () => {
        const unit = await planOne(options, path)
        options.onUnitDone?.(unit, ++done, options.units.length)
        return unit
      })
    )
  )
}

async function planOne(options: PlanUnitsOptions, path: string): Promise<UnitPlan> {
  const dir = path === '.' ? options.root : join(options.root, path)
  const planFile = join(options.planDir, `${createHash('sha256').update(path).digest('hex').slice(0, 16)}.tfplan`)
  let plan
  try {
    plan = await planUnit(options.cli, dir, planFile, options.extraArgs)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const failure =
      err.code === 'ENOENT'
        ? `cannot run '${options.cli.binary}': not found on PATH (install Terragrunt or set terragrunt-binary)`
        : err.message
    return buildUnitPlan({ path, text: '', failure })
  }
  if (plan.timedOut) return buildUnitPlan({ path, text: plan.stdout, stderr: plan.stderr, failure: 'timed out' })
  let json: string | undefined
  if (plan.exitCode === 0 || plan.exitCode === 2) {
    const show = await showPlanJson(options.cli, dir, planFile)
    if (show.exitCode === 0) json = show.stdout.slice(Math.max(0, show.stdout.indexOf('{')))
  }
  return buildUnitPlan({ path, text: plan.stdout, json, exitCode: plan.exitCode, stderr: plan.stderr })
}
