import { basename, join } from 'node:path'
import semver from 'semver'
import { oneLine } from '../errors/index.js'
import { buildUnitPlan, diagnosticBoxes, hasErrorDiagnostic } from '../plan/unit-plan.js'
import type { UnitPlan } from '../plan/model.js'
import type { TerragruntCli } from './cli.js'
import type { ProcessResult } from './process.js'
import { demuxTerragruntLog, parseRunReport, runLevelErrors } from './logs.js'
import type { RunReportEntry, UnitLog } from './logs.js'
import { UnitStream } from './progress.js'
import type { PlanProgress } from './progress.js'
import { normaliseUnitPath, parsedOrText, readIfExists, readIfExistsSync } from './files.js'

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
  /** Shown in the job log while the run goes on: each unit's output when it is done. */
  progress?: PlanProgress
  /** How the time limit reads in messages (the `timeout` input), e.g. `30m`. */
  timeoutText?: string
  /** Plan the dependents of a failed unit too (`--queue-ignore-errors`): right for read-only checks such as drift. */
  queueIgnoreErrors?: boolean
  /**
   * Filled with each planned unit's JSON plan (`tfplan.json`) as read for its UnitPlan: the parsed value, or the text
   * when it is not valid JSON. For callers that read more from the plan (drift classification) without reading and
   * parsing the file again.
   */
  jsonPlans?: Map<string, unknown>
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

/** What starting a run needs: the plan options, without the list of units when the run covers every unit. */
export type StartStackOptions = Omit<PlanStackOptions, 'units' | 'jsonPlans'> & { units?: string[] }

/** A `terragrunt run --all` plan under way: `finishPlanStack` reads its units' results, `abort` stops it. */
export interface RunningStack {
  readonly options: StartStackOptions
  readonly reportFile: string | undefined
  readonly result: Promise<ProcessResult>
  readonly stream: UnitStream | undefined
  /** Stops the run (its process group gets SIGTERM, then SIGKILL) and waits until it has ended. */
  abort(): Promise<void>
}

/**
 * Starts the `terragrunt run --all` plan and returns at once. With `everyUnit` the run needs no list of units (no
 * queue filter), so it can start while the caller is still discovering them; whatever then goes wrong before
 * `finishPlanStack`, the caller must `abort()` it.
 */
export function startPlanStack(o: StartStackOptions): RunningStack {
  if (!o.everyUnit && !o.units) throw new Error('startPlanStack: the units to plan are needed without everyUnit')
  const parsedVersion = semver.coerce(o.version)
  const reportFile =
    parsedVersion && semver.gte(parsedVersion, REPORT_SINCE) ? join(o.outDir, 'report.json') : undefined
  const stream = o.progress ? new UnitStream(o.root, o.outDir, o.progress) : undefined
  const poll = stream ? setInterval(() => stream.poll(), 500) : undefined
  const controller = new AbortController()
  const result = o.cli.runner
    .run(o.cli.binary, runAllPlanArgs({ ...o, units: o.units ?? [] }, reportFile), {
      cwd: o.root,
      timeoutMs: o.cli.deadline?.remaining(),
      env: { ...o.cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' },
      onStdout: stream?.stdout,
      onStderr: stream?.stderr,
      signal: controller.signal
    })
    .finally(() => {
      if (poll) clearInterval(poll)
    })
  // awaited by finishPlanStack or abort(); this only keeps a failure while the caller is busy from going unhandled
  result.catch(() => undefined)
  return {
    options: o,
    reportFile,
    result,
    stream,
    abort: async () => {
      controller.abort()
      await result.catch(() => undefined)
    }
  }
}

/**
 * Plans the units with one `terragrunt run --all`, as Terragrunt's docs recommend for stacks: it orders units by
 * their dependencies, runs `parallelism` at a time, writes each unit's JSON plan to the out dir, and caches
 * dependency outputs across units. Each unit's status comes from its own JSON plan, its report entry and its own
 * log lines, never from the aggregated exit code, which has regressed repeatedly.
 */
export async function planStack(o: PlanStackOptions): Promise<UnitPlan[]> {
  return finishPlanStack(startPlanStack(o), o.units, o.jsonPlans)
}

/**
 * Waits for a started run and returns one result per unit of `units` (those Terragrunt's own exclude blocks leave
 * out excepted). `jsonPlans` is filled as PlanStackOptions.jsonPlans says.
 */
export async function finishPlanStack(
  run: RunningStack,
  units: string[],
  jsonPlans?: Map<string, unknown>
): Promise<UnitPlan[]> {
  const o = run.options
  const { reportFile, stream } = run
  const res = await run.result
  stream?.finish()
  const tfPathNames = o.cli.tfBinary ? [basename(o.cli.tfBinary)] : []
  const log = demuxTerragruntLog(`${res.stdout}\n${res.stderr}`, { root: o.root, tfPathNames })
  const report = new Map<string, RunReportEntry>()
  const reportText = reportFile ? await readIfExists(reportFile) : undefined
  if (reportText) {
    for (const entry of parseRunReport(reportText)) report.set(normaliseUnitPath(entry.name, o.root), entry)
  }
  const stopped = res.timedOut
    ? `stopped: the run took longer than the time limit${o.timeoutText ? ` (timeout: ${o.timeoutText})` : ''}`
    : res.cancelled
      ? 'stopped: the workflow run was cancelled'
      : undefined
  // A run-level error (a dependency cycle, a unit configuration that does not parse) names no unit: every unit
  // without a result of its own shows it, so none of them can pass for "no changes".
  const runErrors = runLevelErrors(log)
  const notRun =
    runErrors.length > 0
      ? `Terragrunt stopped the run before this unit: ${oneLine(runErrors.join(' '), 300)}`
      : res.exitCode !== 0
        ? `terragrunt run --all failed before planning: ${oneLine(log.unattributed.filter(Boolean).slice(-3).join(' ') || `exit code ${res.exitCode}`, 300)}`
        : 'Terragrunt did not run this unit (is it excluded, or outside the working directory?)'

  const plans: UnitPlan[] = []
  for (const unit of units) {
    const unitLog = log.units.get(unit) ?? EMPTY_LOG
    const entry = report.get(unit)
    if (entry?.result === 'excluded') continue
    const text = readIfExistsSync(join(o.outDir, unit, 'tfplan.json'))
    const json = text === undefined ? undefined : parsedOrText(text)
    if (json !== undefined) jsonPlans?.set(unit, json)
    const tgErrors = terragruntErrors(unitLog)
    const stderr = [...unitLog.stderr, ...(diagnosticBoxes(unitLog.stderr.join('\n')) ? [] : tgErrors)].join('\n')
    const ownResult = json !== undefined || entry !== undefined || tgErrors.length > 0 || hasErrorDiagnostic(stderr)
    const ownText = unitLog.stdout.some((l) => l.trim() !== '')
    let failure: string | undefined
    if (stopped && !json) {
      // what failed while the run was being stopped failed because of the stop
      failure = stopped
    } else if (entry?.result === 'early exit') {
      failure = `not planned: a dependency failed${entry.cause ? ` (${oneLine(entry.cause, 120)})` : ''}`
    } else if (entry?.result === 'failed' && !diagnosticBoxes(stderr)) {
      failure = oneLine(tgErrors[0] ?? entry.cause ?? entry.reason ?? 'plan failed', 200)
    } else if (!ownResult && !ownText) {
      failure = notRun
    }
    const failed = entry?.result === 'failed' || hasErrorDiagnostic(stderr) || (!entry && !json && tgErrors.length > 0)
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
