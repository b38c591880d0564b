import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { oneLine, UserError } from '../errors/index.js'
import { buildUnitPlan } from '../plan/unit-plan.js'
import type { UnitPlan } from '../plan/model.js'
import { normaliseUnitPath, readIfExists } from './files.js'
import { demuxTerragruntLog, parseRunReport, runLevelErrors } from './logs.js'
import type { RunReportEntry } from './logs.js'

/** File names read as a unit's plan in a `--json-out-dir` / `--out-dir` style tree. */
const JSON_NAMES = ['tfplan.json', 'plan.json']
const TEXT_NAMES = ['tfplan.txt', 'plan.txt', 'tfplan.log', 'plan.log']
/** At the top of the directory: the run report (`--report-file`) and the run's own output saved to a file. */
const REPORT_NAMES = ['report.json', 'report.csv']
const LOG_NAMES = ['terragrunt.log']
const SKIP = new Set(['.git', '.terragrunt-cache', '.terraform', 'node_modules'])

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  if (entries.some((e) => e.isFile() && (JSON_NAMES.includes(e.name) || TEXT_NAMES.includes(e.name)))) found.push(dir)
  for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name)) await walk(join(dir, e.name), found)
}

const unitPath = (root: string, dir: string) => relative(root, dir).split(sep).join('/') || '.'

export interface PlanPathOptions {
  /** The input that named the path, for messages. */
  input?: string
  /**
   * Units that must have a result: each one without a plan file (and not excluded by the report) is an error,
   * never left out. Paths relative to the directory, `/`-separated.
   */
  expectedUnits?: string[]
}

/**
 * Reads plans an earlier step produced: a directory laid out like Terragrunt's `--json-out-dir`
 * (`<unit>/tfplan.json`, with `tfplan.txt`/`plan.txt` beside it when the text was saved too), or a single file: a JSON
 * plan, a plan text, or a Terragrunt run-all log, which is split into its units.
 *
 * A unit that failed to plan has no tfplan.json, so the directory alone cannot show it: the run report
 * (`report.json`/`report.csv` at the top, from `--report-file`) and `expectedUnits` name the units that must be
 * there, and each one without a plan becomes an error. Terragrunt writes no plan text to the out dirs; the text comes
 * from `<unit>/tfplan.txt` (or `plan.txt`, …) or from the run's own output saved as `terragrunt.log` at the top
 * (any `--log-format`, demultiplexed per unit); without either the unit has its counts and addresses from the JSON
 * plan but no diff text.
 */
export async function readPlanPath(path: string, options: PlanPathOptions = {}): Promise<UnitPlan[]> {
  const { input = 'plan-path', expectedUnits = [] } = options
  const info = await stat(path).catch(() => undefined)
  if (!info) throw new UserError(`Input '${input}' points at '${path}', which does not exist.`)

  if (info.isFile()) {
    const text = await readFile(path, 'utf8')
    if (text.trimStart().startsWith('{')) return [buildUnitPlan({ path: '.', text: '', json: text })]
    const log = demuxTerragruntLog(text)
    if (log.units.size > 1 || (log.units.size === 1 && !log.units.has('.'))) {
      return [...log.units].map(([unit, out]) =>
        buildUnitPlan({ path: unit, text: out.stdout.join('\n'), stderr: out.stderr.join('\n') })
      )
    }
    return [buildUnitPlan({ path: '.', text })]
  }

  const dirs: string[] = []
  await walk(path, dirs)
  const report = await readReport(path, input)
  const logText = await firstExisting(path, LOG_NAMES)
  const log = logText === undefined ? undefined : demuxTerragruntLog(logText)
  const runErrors = log ? runLevelErrors(log) : []
  if (dirs.length === 0 && report.size === 0 && expectedUnits.length === 0 && runErrors.length > 0) {
    throw new UserError(
      `Input '${input}': no plans under '${path}': the Terragrunt run failed before any unit: ${oneLine(runErrors.join(' '), 300)}`
    )
  }
  if (dirs.length === 0 && report.size === 0 && expectedUnits.length === 0) {
    throw new UserError(
      `Input '${input}': no plans under '${path}': expected <unit>/tfplan.json (Terragrunt --json-out-dir) or <unit>/plan.txt files.`
    )
  }
  const found = new Map(dirs.map((dir) => [unitPath(path, dir), dir]))
  const names = new Set([
    ...found.keys(),
    ...report.keys(),
    ...missingUnits(expectedUnits, [...found.keys(), ...report.keys()])
  ])
  const units: UnitPlan[] = []
  for (const unit of [...names].sort()) {
    const entry = report.get(unit)
    if (entry?.result === 'excluded') continue
    const dir = found.get(unit) ?? join(path, unit)
    let json: string | undefined
    let text = ''
    for (const name of JSON_NAMES) json ??= await readIfExists(join(dir, name))
    for (const name of TEXT_NAMES) text ||= (await readIfExists(join(dir, name))) ?? ''
    const unitLog = log?.units.get(unit)
    if (!text && unitLog) text = unitLog.stdout.join('\n')
    const stderr = unitLog?.stderr.join('\n')
    const failure =
      missingPlan(unit, entry, json, text) ??
      (!json && !entry && runErrors.length > 0
        ? `Terragrunt stopped the run before this unit: ${oneLine(runErrors.join(' '), 300)}`
        : undefined)
    units.push(buildUnitPlan({ path: unit, text, json, stderr, exitCode: failure ? 1 : undefined, failure }))
  }
  return units
}

/**
 * The expected units (normalised) that have no result among `have`: an expected path with results below it names a
 * directory of units, not a unit.
 */
function missingUnits(expected: string[], have: string[]): string[] {
  return expected
    .map((u) => normaliseUnitPath(u))
    .filter((u) => !have.some((h) => h === u || u === '.' || h.startsWith(`${u}/`)))
}

/** Why a unit has no usable plan, or undefined when it has one. */
function missingPlan(
  unit: string,
  entry: RunReportEntry | undefined,
  json: string | undefined,
  text: string
): string | undefined {
  if (entry?.result === 'failed') {
    return oneLine(entry.cause ?? `${unit} failed to plan (run report: ${entry.reason ?? 'failed'})`, 300)
  }
  if (entry?.result === 'early exit') {
    return `not planned: a dependency failed${entry.cause ? ` (${oneLine(entry.cause, 120)})` : ''}`
  }
  if (json || text.trim()) return undefined
  return entry
    ? `the run report says ${entry.result}, but there is no tfplan.json for it`
    : 'no plan file for this unit (expected <unit>/tfplan.json)'
}

async function firstExisting(dir: string, names: string[]): Promise<string | undefined> {
  for (const name of names) {
    const text = await readIfExists(join(dir, name))
    if (text !== undefined) return text
  }
  return undefined
}

async function readReport(dir: string, input: string): Promise<Map<string, RunReportEntry>> {
  const report = new Map<string, RunReportEntry>()
  const text = await firstExisting(dir, REPORT_NAMES)
  if (text === undefined) return report
  let entries: RunReportEntry[]
  try {
    entries = parseRunReport(text)
  } catch (e) {
    throw new UserError(`Input '${input}': the run report in '${dir}' cannot be read: ${(e as Error).message}.`)
  }
  // names are relative to the run's working dir; the out dir mirrors that layout
  for (const entry of entries) report.set(normaliseUnitPath(entry.name), entry)
  return report
}
