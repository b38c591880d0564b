import * as core from '@actions/core'
import type { PlanResult } from '../core/plan/model.js'
import type { FailOn } from './settings.js'

/** Sets the step's outputs from the (already redacted) result. */
export function setOutputs(result: PlanResult, reportPath: string): void {
  const t = result.totals
  core.setOutput('has-changes', String(result.hasChanges))
  core.setOutput('has-destroy', String(result.hasDestroy))
  for (const [name, value] of Object.entries({
    add: t.add,
    change: t.change,
    destroy: t.destroy,
    replace: t.replace,
    import: t.import,
    move: t.move
  })) {
    core.setOutput(name, String(value))
  }
  core.setOutput(
    'units-json',
    JSON.stringify(
      result.units.map((u) => ({
        path: u.path,
        status: u.status,
        ...u.counts,
        destroyed: u.destroyed,
        replaced: u.replaced,
        error: u.error ?? null
      }))
    )
  )
  core.setOutput('report-path', reportPath)
  core.setOutput('plan-hash', result.planHash)
}

/** One log line per planned unit. */
export function logUnits(result: PlanResult): void {
  for (const u of result.units) core.info(`  ${u.path}: ${u.status}${u.error ? ` (${u.error})` : ''}`)
}

/** Annotates each unit that failed to plan and fails the step when `fail-on` says so. */
export function reportFailures(result: PlanResult, failOn: FailOn): void {
  for (const u of result.units.filter((x) => x.status === 'error')) {
    core.error(`${u.path}: ${u.error ?? 'plan failed'}`, { title: 'Terragrunt plan failed' })
  }
  const failure = failureReason(result, failOn)
  if (failure) core.setFailed(failure)
}

/** Why the step fails, or undefined when it passes. */
export function failureReason(result: PlanResult, failOn: FailOn): string | undefined {
  const errors = result.units.filter((u) => u.status === 'error')
  if (failOn !== 'never' && errors.length > 0) {
    const names = errors
      .slice(0, 5)
      .map((u) => u.path)
      .join(', ')
    return `${errors.length} unit(s) failed to plan: ${names}${errors.length > 5 ? ', …' : ''} (see the job summary)`
  }
  if (failOn === 'changes' && result.hasChanges) return 'The plan has changes and fail-on is `changes`.'
  if (failOn === 'destroy' && result.hasDestroy) {
    return `The plan destroys or replaces ${result.totals.destroy} resource(s) and fail-on is \`destroy\`.`
  }
  return undefined
}
