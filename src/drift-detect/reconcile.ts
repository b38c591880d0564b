/**
 * What to do with the drift issues, decided from the unit results and the issues we own, before any write. Pure, so
 * the rules that keep the issues honest are tested as tables:
 * - only units the run covered are touched; an error never closes an issue (nor opens one: errors are not drift);
 * - an open issue is updated in place, a closed one of ours reopened (the same issue, never a duplicate);
 * - a clean or unapplied unit's open issue is closed with a comment; a unit that no longer exists closes as removed;
 * - at most `maxNew` issues are created; the other drifted units are returned as `overflow`.
 */
import type { UnitResult } from './report.js'
import { inScope } from './units.js'

export const ISSUE_SCHEMA = 1

/** The state an issue carries in its hidden marker payload. */
export interface IssuePayload {
  schema: typeof ISSUE_SCHEMA
  unit: string
  /** `drift` while open; `resolved` / `removed` once we closed it. */
  status: 'drift' | 'resolved' | 'removed'
  firstSeen: string
  lastSeen: string
  runsDrifted: number
  sha: string
}

export interface OwnedIssue {
  number: number
  state: 'open' | 'closed'
  unit: string
  payload?: IssuePayload
}

export type IssueOp =
  | { kind: 'create'; unit: string; result: UnitResult; payload: IssuePayload }
  | { kind: 'update'; issue: OwnedIssue; result: UnitResult; payload: IssuePayload; reopen: boolean }
  | { kind: 'close'; issue: OwnedIssue; reason: 'resolved' | 'removed'; result?: UnitResult; payload: IssuePayload }
  | { kind: 'close-duplicate'; issue: OwnedIssue; of: number }

export interface ReconcileInput {
  /** Results of the units this run covered (workspace-relative). */
  results: readonly UnitResult[]
  /** Every unit that exists under `scope`; undefined when unknown (then nothing is closed as removed). */
  discovered?: ReadonlySet<string>
  scope: string
  existing: readonly OwnedIssue[]
  /** Units known to be gone by other means (Argo CD applications that no longer exist). */
  removed?: ReadonlySet<string>
  maxNew: number
  now: string
  sha: string
}

export interface ReconcilePlan {
  ops: IssueOp[]
  /** Drifted units without an issue because of the max-new-issues cap. */
  overflow: string[]
}

/** The issue to keep per unit (an open one first, else the newest closed), and the extra open ones. */
function pickIssues(existing: readonly OwnedIssue[]): { chosen: Map<string, OwnedIssue>; extra: IssueOp[] } {
  const byUnit = new Map<string, OwnedIssue[]>()
  for (const issue of existing) byUnit.set(issue.unit, [...(byUnit.get(issue.unit) ?? []), issue])
  const chosen = new Map<string, OwnedIssue>()
  const extra: IssueOp[] = []
  for (const [unit, issues] of byUnit) {
    const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)
    const keep = open[0] ?? [...issues].sort((a, b) => b.number - a.number)[0]
    chosen.set(unit, keep)
    for (const dup of open.slice(1)) extra.push({ kind: 'close-duplicate', issue: dup, of: keep.number })
  }
  return { chosen, extra }
}

/** The payload after a drifted run: a continuing episode keeps its first-seen and counts on. */
export function driftPayload(previous: IssuePayload | undefined, unit: string, now: string, sha: string): IssuePayload {
  const continuing = previous?.status === 'drift'
  return {
    schema: ISSUE_SCHEMA,
    unit,
    status: 'drift',
    firstSeen: continuing ? previous.firstSeen : now,
    lastSeen: now,
    runsDrifted: continuing ? previous.runsDrifted + 1 : 1,
    sha
  }
}

export function reconcile(input: ReconcileInput): ReconcilePlan {
  const { chosen, extra } = pickIssues(input.existing)
  const ops: IssueOp[] = [...extra]
  const overflow: string[] = []
  let created = 0
  const covered = new Set<string>()
  for (const result of input.results) {
    covered.add(result.unit)
    const issue = chosen.get(result.unit)
    if (result.classification === 'drift') {
      const payload = driftPayload(issue?.payload, result.unit, input.now, input.sha)
      if (issue) ops.push({ kind: 'update', issue, result, payload, reopen: issue.state === 'closed' })
      else if (created < input.maxNew) {
        created++
        ops.push({ kind: 'create', unit: result.unit, result, payload })
      } else overflow.push(result.unit)
    } else if (result.classification !== 'error' && issue?.state === 'open') {
      ops.push({ kind: 'close', issue, reason: 'resolved', result, payload: closedPayload(issue, 'resolved', input) })
    }
  }
  for (const [unit, issue] of chosen) {
    if (issue.state !== 'open' || covered.has(unit)) continue
    const gone =
      input.removed?.has(unit) === true ||
      (input.discovered !== undefined && !input.discovered.has(unit) && inScope(input.scope, unit))
    if (gone) ops.push({ kind: 'close', issue, reason: 'removed', payload: closedPayload(issue, 'removed', input) })
  }
  return { ops, overflow }
}

function closedPayload(issue: OwnedIssue, status: 'resolved' | 'removed', input: ReconcileInput): IssuePayload {
  const p = issue.payload
  return {
    schema: ISSUE_SCHEMA,
    unit: issue.unit,
    status,
    firstSeen: p?.firstSeen ?? input.now,
    lastSeen: p?.lastSeen ?? input.now,
    runsDrifted: p?.runsDrifted ?? 0,
    sha: input.sha
  }
}
