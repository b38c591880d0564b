/** Plans the units read-only with one `terragrunt run --all` and classifies each from its own JSON plan. */
import { mkdir } from 'node:fs/promises'
import { oneLine } from '../core/action/errors.js'
import { toDiffLines } from '../core/plan/display.js'
import type { UnitPlan } from '../core/plan/model.js'
import { truncateMiddle } from '../core/render/budget.js'
import { isKeyPlanLine } from '../core/render/plan-body.js'
import type { TerragruntCli } from '../core/terragrunt/cli.js'
import { finishPlanStack, startPlanStack } from '../core/terragrunt/run-all.js'
import type { RunningStack } from '../core/terragrunt/run-all.js'
import { classifyPlan } from './classify.js'
import type { DriftMode } from './classify.js'
import type { IgnoreRule } from './ignore.js'
import type { UnitResult } from './report.js'

/** Room for one unit's plan excerpt in a report and an issue body (GitHub holds 65,536 characters per body). */
export const EXCERPT_BUDGET = 40_000

/** Plan flags: never take the state lock (a read-only identity can run it, and applies are never blocked). */
export function driftPlanArgs(mode: DriftMode): string[] {
  return ['-lock=false', '-detailed-exitcode', ...(mode === 'refresh-only' ? ['-refresh-only'] : [])]
}

export function planExcerpt(text: string, budget = EXCERPT_BUDGET): string {
  if (!text.trim()) return ''
  return truncateMiddle(toDiffLines(text), budget, isKeyPlanLine).join('\n')
}

/**
 * One unit's result from what the run left: its UnitPlan and its JSON plan (the file's text, or the value parsed
 * from it). Never `clean` without JSON.
 */
export function unitResult(
  unit: string,
  plan: UnitPlan,
  json: unknown,
  mode: DriftMode,
  rules: readonly IgnoreRule[]
): UnitResult {
  const excerpt = planExcerpt(plan.text)
  const error = (message: string): UnitResult => ({
    unit,
    classification: 'error',
    drifted: [],
    unapplied: [],
    ignored: [],
    error: oneLine(message, 300),
    excerpt
  })
  if (plan.status === 'error') return error(plan.error ?? 'plan failed')
  if (!json) return error('no JSON plan was written for this unit, so its drift cannot be told')
  try {
    return { unit, ...classifyPlan(json, mode, rules), excerpt }
  } catch (e) {
    return error(`its JSON plan could not be classified: ${(e as Error).message}`)
  }
}

export interface PlanUnitsOptions {
  cli: TerragruntCli
  root: string
  version: string
  /** Root-relative units to plan. */
  units: string[]
  everyUnit: boolean
  parallelism: number
  mode: DriftMode
  rules: readonly IgnoreRule[]
  outDir: string
  /** Root-relative unit → the name used in reports. */
  name: (unit: string) => string
}

type RunOptions = Pick<PlanUnitsOptions, 'cli' | 'root' | 'version' | 'parallelism' | 'mode' | 'outDir'>

/** Starts planning every unit under the root, before the units are known (see startPlanStack). */
export function startPlans(o: RunOptions): Promise<RunningStack> {
  return start(o, undefined, true)
}

async function start(o: RunOptions, units: string[] | undefined, everyUnit: boolean): Promise<RunningStack> {
  await mkdir(o.outDir, { recursive: true })
  return startPlanStack({
    cli: o.cli,
    root: o.root,
    units,
    everyUnit,
    parallelism: o.parallelism,
    extraArgs: driftPlanArgs(o.mode),
    outDir: o.outDir,
    version: o.version,
    // A failed unit must not hide its dependents' drift: they read its outputs from state, which a plan never changes.
    queueIgnoreErrors: true
  })
}

/**
 * Plans `units` (or waits for `running`, started by startPlans when every unit is planned) and returns one result
 * per unit Terragrunt ran. Units its own `exclude` blocks leave out are returned apart: nothing is known about them,
 * so they are not covered and their issues are left alone.
 */
export async function planUnits(
  o: PlanUnitsOptions,
  running?: RunningStack
): Promise<{ results: UnitResult[]; excluded: string[] }> {
  if (o.units.length === 0) {
    await running?.abort()
    return { results: [], excluded: [] }
  }
  const run = running ?? (await start(o, o.units, o.everyUnit))
  // each tfplan.json as planStack read and parsed it for the unit's plan: read and parsed once
  const jsonPlans = new Map<string, unknown>()
  const plans = await finishPlanStack(run, o.units, jsonPlans)
  const byPath = new Map(plans.map((p) => [p.path, p]))
  const results: UnitResult[] = []
  const excluded: string[] = []
  for (const unit of o.units) {
    const plan = byPath.get(unit)
    if (!plan) {
      excluded.push(o.name(unit))
      continue
    }
    results.push(unitResult(o.name(unit), plan, jsonPlans.get(unit), o.mode, o.rules))
  }
  return { results, excluded }
}
