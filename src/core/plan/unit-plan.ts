import { createHash } from 'node:crypto'
import { oneLine } from '../errors/index.js'
import { cleanTerminalText } from './ansi.js'
import { extractPlanBody } from './display.js'
import { jsonPlanText } from './json-diff.js'
import { loadPlanJson, normaliseChangesForHash, parseJsonPlan } from './json-plan.js'
import { textChangesForHash, unitPlanHash } from './plan-hash.js'
import { addCounts, zeroCounts } from './model.js'
import type { ParsedPlan, PlanResult, UnitPlan } from './model.js'
import { parseTextPlan } from './text-plan.js'

/** What is known about one unit's plan, however it was obtained (a run, or files from an earlier step). */
export interface UnitPlanInput {
  path: string
  /** Plan stdout (or `show -no-color` text); may be empty. */
  text: string
  /** `show -json` output, when there is one: the source of facts. Its text, or the value parsed from it. */
  json?: unknown
  /** The unit's own exit code with -detailed-exitcode, when it ran here. */
  exitCode?: number
  /** stderr of the run (errors are printed there). */
  stderr?: string
  /** A failure that happened outside OpenTofu (e.g. Terragrunt could not start, a timeout). */
  failure?: string
}

/**
 * OpenTofu's own diagnostic boxes (`╷ … ╵` at the start of a line) from stderr. When there are any, they are what a
 * reviewer needs; Terragrunt's log lines around them only repeat them. Without boxes (e.g. Terragrunt could not read
 * its config) the caller shows stderr as it is.
 */
export function diagnosticBoxes(stderr: string): string {
  const boxes: string[] = []
  let inBox = false
  const lines = stderr.split('\n')
  for (const line of lines) {
    if (line.startsWith('╷')) inBox = true
    if (inBox) boxes.push(line)
    if (inBox && line.startsWith('╵')) inBox = false
  }
  if (boxes.length > 0) return boxes.join('\n').trim()
  // with -no-color (which the action passes) Terraform and OpenTofu print diagnostics without the box:
  // `Error: summary`, a blank line, the detail (format.DiagnosticPlain, seen from terraform 1.11)
  const start = lines.findIndex((l) => /^(Error|Warning): /.test(l))
  return start < 0 ? '' : lines.slice(start).join('\n').trim()
}

/** True when stderr holds an error diagnostic, boxed or plain (`-no-color`). */
export function hasErrorDiagnostic(stderr: string): boolean {
  return /(^|\n)(│ )?Error: /.test(stderr)
}

/** The first error diagnostic of a run, as one line for the table. */
function firstError(plan: ParsedPlan | undefined, stderr: string): string | undefined {
  const fromPlan = plan?.diagnostics.find((d) => d.severity === 'error')
  if (fromPlan) return oneLine(fromPlan.summary, 200)
  const fromStderr = parseTextPlan(stderr).diagnostics.find((d) => d.severity === 'error')
  if (fromStderr) return oneLine(fromStderr.summary, 200)
  const lastLine = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1)
  return lastLine ? oneLine(lastLine, 200) : undefined
}

/**
 * Turns one unit's raw outputs into the model. JSON decides status and counts where it exists (the unit's own
 * result, never Terragrunt's aggregate); text is what a reviewer reads.
 */
export function buildUnitPlan(input: UnitPlanInput): UnitPlan {
  const text = cleanTerminalText(input.text)
  const stderr = cleanTerminalText(input.stderr ?? '')
  let plan: ParsedPlan | undefined
  let hashInput: unknown
  let jsonProblem: string | undefined
  let document: unknown
  if (input.json) {
    try {
      // Parsed once for the facts, the hash and (without text) the diff.
      document = loadPlanJson(input.json)
      plan = parseJsonPlan(document)
      hashInput = normaliseChangesForHash(document)
    } catch (e) {
      jsonProblem = (e as Error).message
    }
  }
  if (!plan && text.trim()) plan = parseTextPlan(text)

  const body = extractPlanBody(text)
  const errorText = diagnosticBoxes(stderr) || stderr.trim()
  const errorBody = errorText ? `${body}${body ? '\n\n' : ''}${errorText}` : body
  const failed =
    input.failure !== undefined || input.exitCode === 1 || plan?.errored === true || (!plan && input.exitCode !== 0)

  if (failed) {
    const error =
      input.failure ??
      firstError(plan, stderr) ??
      jsonProblem ??
      (input.exitCode === undefined ? 'no plan output' : `exit code ${input.exitCode}`)
    return {
      path: input.path,
      status: 'error',
      counts: plan?.counts ?? zeroCounts(),
      destroyed: [],
      replaced: [],
      error,
      text: errorBody,
      plan,
      hashInput
    }
  }

  const resolved = plan ?? parseTextPlan('')
  const hasChanges = resolved.hasChanges || input.exitCode === 2
  // A JSON plan alone (Terragrunt's --json-out-dir writes no text): the diff is built from it.
  const shown = body.trim() === '' && document !== undefined ? jsonPlanText(document, resolved.counts) : body
  return {
    path: input.path,
    status: hasChanges ? 'changes' : 'no-changes',
    counts: resolved.counts,
    destroyed: resolved.resources.filter((r) => r.action === 'delete').map((r) => r.address),
    replaced: resolved.resources.filter((r) => r.action === 'replace').map((r) => r.address),
    text: shown,
    plan: resolved,
    // Without JSON: the parsed resources and the planned-change lines (values included), see plan-hash.ts.
    hashInput: hashInput ?? {
      resources: resolved.resources,
      counts: resolved.counts,
      changes: textChangesForHash(body)
    }
  }
}

/**
 * Totals, flags, each unit's plan hash and the plan hash over all units (sorted by path, so the hash does not
 * depend on run order).
 */
export function buildPlanResult(units: UnitPlan[]): PlanResult {
  const sorted = [...units]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((u) => ({ ...u, hash: unitPlanHash(u) }))
  const totals = sorted.reduce((sum, u) => addCounts(sum, u.counts), zeroCounts())
  const hash = createHash('sha256')
  for (const u of sorted) hash.update(JSON.stringify([u.path, u.status, u.hashInput ?? null]))
  return {
    units: sorted,
    totals,
    hasChanges: sorted.some((u) => u.status === 'changes'),
    hasDestroy: totals.destroy > 0 || totals.replace > 0,
    planHash: hash.digest('hex')
  }
}
