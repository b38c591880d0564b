import { basename, join } from 'node:path'
import semver from 'semver'
import { oneLine } from '../errors/index.js'
import { buildUnitPlan, diagnosticBoxes } from '../plan/unit-plan.js'
import type { UnitPlan } from '../plan/model.js'
import type { TerragruntCli } from './cli.js'
import { demuxTerragruntLog, parseRunReport } from './logs.js'
import type { RunReportEntry, UnitLog } from './logs.js'
import { normaliseUnitPath, readIfExists } from './files.js'

/** `--report-file` is stable (no experiment flag) from this version on. */
export const REPORT_SINCE = '0.89.0'
/** Before this version `--queue-include-dir` also queued the included units' dependencies unless told not to. */
export const STRICT_INCLUDE_DEFAULT_SINCE = '0.97.0'

export interface PlanStackOptions {
  cli: TerragruntCli
  /** The Terragrunt root (working directory of the run); unit paths are relative to it. */
  root: string
  /** The units to plan. */
  units: string[]
  /** True when `units` is every unit under root, so no queue filter is needed. */
  everyUnit: boolean
  parallelism: number
  extraArgs: string[]
  /** Where Terragrunt writes `<unit>/tfplan.tfplan`, `<unit>/tfplan.json` and the run report. */
  outDir: string
  /** The Terragrunt version, to know which flags it has. */
  version: string
  /** Plan the dependents of a failed unit too (`--queue-ignore-errors`): right for read-only checks such as drift. */
  queueIgnoreErrors?: boolean
}

/** The `terragrunt run --all` arguments for a plan of `units`. */
export function runAllPlanArgs(o: PlanStackOptions, reportFile: string | undefined): string[] {
  const args = ['run', '--all', '--working-dir', o.root, '--non-interactive', '--no-color', '--log-format', 'json']
  args.push('--parallelism', String(o.parallelism), '--out-dir', o.outDir, '--json-out-dir', o.outDir)
  if (reportFile) args.push('--report-file', reportFile, '--report-format', 'json')
  if (o.queueIgnoreErrors) args.push('--queue-ignore-errors')
  if (!o.everyUnit) {
    for (const unit of o.units) args.push('--queue-include-dir', unit)
    const version = semver.coerce(o.version)
    if (version && semver.lt(version, STRICT_INCLUDE_DEFAULT_SINCE)) args.push('--queue-strict-include')
  }
  if (o.cli.tfBinary) args.push('--tf-path', o.cli.tfBinary)
  return [...args, '--', 'plan', '-no-color', '-input=false', ...o.extraArgs]
}

const EMPTY_LOG: UnitLog = { stdout: [], stderr: [], logs: [] }

/** Terragrunt's own error lines about a unit (e.g. it could not parse the unit's config), as text. */
function terragruntErrors(log: UnitLog): string[] {
  return log.logs.filter((l) => /^(ERROR|FATAL)\b/.test(l)).map((l) => l.replace(/^(ERROR|FATAL)\s*/, ''))
}

/**
 * Plans the units with one `terragrunt run --all`, as Terragrunt's docs recommend for stacks: it orders units by
 * their dependencies, runs `parallelism` at a time, writes each unit's JSON plan to the out dir, and caches
 * dependency outputs across units. Each unit's status comes from its own JSON plan, its report entry and its own
 * log lines, never from the aggregated exit code, which has regressed repeatedly.
 */
export async function planStack(o: PlanStackOptions): Promise<UnitPlan[]> {
  const parsedVersion = semver.coerce(o.version)
  const reportFile =
    parsedVersion && semver.gte(parsedVersion, REPORT_SINCE) ? join(o.outDir, 'report.json') : undefined
  const res = await o.cli.runner.run(o.cli.binary, runAllPlanArgs(o, reportFile), {
    cwd: o.root,
    timeoutMs: o.cli.timeoutMs,
    env: { ...o.cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
  })
  const tfPathNames = o.cli.tfBinary ? [basename(o.cli.tfBinary)] : []
  const log = demuxTerragruntLog(`${res.stdout}\n${res.stderr}`, { root: o.root, tfPathNames })
  const report = new Map<string, RunReportEntry>()
  const reportText = reportFile ? await readIfExists(reportFile) : undefined
  if (reportText) {
    for (const entry of parseRunReport(reportText)) report.set(normaliseUnitPath(entry.name, o.root), entry)
  }
  const runFailure = res.timedOut
    ? 'timed out'
    : res.exitCode !== 0 && log.units.size === 0 && report.size === 0
      ? `terragrunt run --all failed before planning: ${oneLine(log.unattributed.filter(Boolean).slice(-3).join(' ') || `exit code ${res.exitCode}`, 300)}`
      : undefined

  const plans: UnitPlan[] = []
  for (const unit of o.units) {
    const unitLog = log.units.get(unit) ?? EMPTY_LOG
    const entry = report.get(unit)
    if (entry?.result === 'excluded') continue
    const json = await readIfExists(join(o.outDir, unit, 'tfplan.json'))
    const tgErrors = terragruntErrors(unitLog)
    const stderr = [...unitLog.stderr, ...(diagnosticBoxes(unitLog.stderr.join('\n')) ? [] : tgErrors)].join('\n')
    let failure = runFailure
    if (!failure && entry?.result === 'early exit') {
      failure = `not planned: a dependency failed${entry.cause ? ` (${oneLine(entry.cause, 120)})` : ''}`
    } else if (!failure && entry?.result === 'failed' && !diagnosticBoxes(stderr)) {
      failure = oneLine(tgErrors[0] ?? entry.cause ?? entry.reason ?? 'plan failed', 200)
    } else if (!failure && !entry && !json && unitLog === EMPTY_LOG) {
      failure = 'Terragrunt did not run this unit (is it excluded, or outside the working directory?)'
    }
    const failed =
      entry?.result === 'failed' || /(^|\n)│ Error: /.test(stderr) || (!entry && !json && tgErrors.length > 0)
    plans.push(
      buildUnitPlan({
        path: unit,
        text: unitLog.stdout.join('\n'),
        json,
        stderr,
        exitCode: failed ? 1 : undefined,
        failure
      })
    )
  }
  return plans
}
