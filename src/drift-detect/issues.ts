/**
 * The issue work: one listing of our issues by label (never the search API), the reconcile plan, then the writes,
 * which the GitHub client spaces at least 1 s apart. Ours means our marker and created by the token's identity.
 */
import * as core from '@actions/core'
import { createGitHubClient } from '../core/github/client.js'
import { httpStatus } from '../core/github/errors.js'
import type { GitHubClient, RepoRef } from '../core/github/client.js'
import type { RunContext } from '../core/github/context.js'
import { ensureLabel, findIssuesByMarker } from '../core/github/marked-issue.js'
import type { MarkedIssue } from '../core/github/marked-issue.js'
import { readTokenIdentity } from '../core/github/identity.js'
import type { TokenIdentity } from '../core/github/identity.js'
import { marker, parseMarkerData } from '../core/render/markdown.js'
import { ARGOCD_PREFIX } from './units.js'
import { reconcile } from './reconcile.js'
import type { IssueOp, IssuePayload, OwnedIssue } from './reconcile.js'
import {
  DRIFT_MARKER_PREFIX,
  SUMMARY_ACTION,
  issueTitle,
  removedComment,
  renderClosedBody,
  renderIssueBody,
  renderSummaryIssue,
  resolvedComment
} from './render.js'
import type { RunInfo, SummaryEntry, SummaryPayload } from './render.js'
import type { UnitResult } from './report.js'
import type { Checked } from './check.js'
import type { DriftSettings } from './settings.js'
import { formatUtc } from '../core/time/format.js'

export interface IssueWork {
  octokit: GitHubClient
  repo: RepoRef
  labels: [string, ...string[]]
  assignees: string[]
  maxNew: number
  results: readonly UnitResult[]
  discovered?: ReadonlySet<string>
  scope: string
  /** Units the run should have covered but could not (missing shard reports): only the summary mentions them. */
  notCovered: readonly string[]
  /** Asked about open Argo CD issues whose application the listing did not return: does it still exist? */
  appExists?: (unit: string) => Promise<boolean>
  run: RunInfo
  now: string
}

export interface IssueCounts {
  opened: number
  updated: number
  closed: number
  overflow: string[]
}

/** The unit a per-unit marker names (percent-decoded), or undefined for other markers. */
export function markedUnit(body: string): string | undefined {
  const m = /<!-- gitops-actions:drift:(.*?) -->/.exec(body)
  if (!m) return undefined
  try {
    return decodeURIComponent(m[1])
  } catch {
    return undefined
  }
}

function readPayload(body: string, unit: string): IssuePayload | undefined {
  const data = parseMarkerData(body) as Partial<IssuePayload> | undefined
  if (!data || data.unit !== unit || typeof data.firstSeen !== 'string' || typeof data.runsDrifted !== 'number') {
    return undefined
  }
  return data as IssuePayload
}

async function ownedIssues(w: IssueWork, me: TokenIdentity): Promise<Map<number, MarkedIssue & { owned: OwnedIssue }>> {
  const found = await findIssuesByMarker(w.octokit, w.repo, w.labels[0], DRIFT_MARKER_PREFIX, me, 'all')
  const out = new Map<number, MarkedIssue & { owned: OwnedIssue }>()
  for (const issue of found) {
    const unit = markedUnit(issue.body)
    if (unit === undefined) continue
    out.set(issue.number, {
      ...issue,
      owned: { number: issue.number, state: issue.state, unit, payload: readPayload(issue.body, unit) }
    })
  }
  return out
}

/** Per-unit issues: plan, then write. */
export async function reconcileUnitIssues(w: IssueWork): Promise<IssueCounts> {
  const me = await readTokenIdentity(w.octokit)
  const issues = await ownedIssues(w, me)
  const covered = new Set(w.results.map((r) => r.unit))
  const removed = new Set<string>()
  for (const { owned } of issues.values()) {
    if (owned.state !== 'open' || covered.has(owned.unit) || !owned.unit.startsWith(ARGOCD_PREFIX)) continue
    if (w.appExists && !(await w.appExists(owned.unit))) removed.add(owned.unit)
  }
  const plan = reconcile({
    removed,
    results: w.results,
    discovered: w.discovered,
    scope: w.scope,
    existing: [...issues.values()].map((i) => i.owned),
    maxNew: w.maxNew,
    now: w.now,
    sha: w.run.sha
  })
  const counts: IssueCounts = { opened: 0, updated: 0, closed: 0, overflow: plan.overflow }
  if (plan.ops.some((op) => op.kind === 'create')) await ensureLabel(w.octokit, w.repo, w.labels[0])
  for (const op of plan.ops) await apply(w, op, issues, counts)
  return counts
}

/**
 * Creates an issue with the labels and assignees. GitHub answers 422 when an assignee cannot be assigned (no access
 * to the repository); the drift report matters more than the assignment, so it is created without them.
 */
async function createIssue(w: IssueWork, title: string, body: string): Promise<void> {
  const base = { ...w.repo, title, body, labels: w.labels }
  if (w.assignees.length === 0) {
    await w.octokit.rest.issues.create(base)
    return
  }
  try {
    await w.octokit.rest.issues.create({ ...base, assignees: w.assignees })
  } catch (error) {
    if (httpStatus(error) !== 422 || !/assignee/i.test((error as Error).message)) throw error
    core.warning(
      `Input 'assignees': GitHub refused ${w.assignees.join(', ')} (not assignable in ${w.repo.owner}/${w.repo.repo}); the issue was opened without assignees.`
    )
    await w.octokit.rest.issues.create(base)
  }
}

async function apply(w: IssueWork, op: IssueOp, issues: Map<number, MarkedIssue>, counts: IssueCounts): Promise<void> {
  const { octokit, repo } = w
  switch (op.kind) {
    case 'create':
      await createIssue(w, issueTitle(op.unit), renderIssueBody(op.result, op.payload, w.run))
      counts.opened++
      return
    case 'update':
      await octokit.rest.issues.update({
        ...repo,
        issue_number: op.issue.number,
        title: issueTitle(op.result.unit),
        body: renderIssueBody(op.result, op.payload, w.run),
        state: 'open'
      })
      if (op.reopen) counts.opened++
      else counts.updated++
      return
    case 'close': {
      const previous = issues.get(op.issue.number)?.body ?? ''
      const comment = op.result ? resolvedComment(op.result, w.run) : removedComment(op.issue.unit, w.run)
      const note =
        op.reason === 'removed'
          ? `Closed: the unit no longer exists (${formatUtc(w.now)}).`
          : `Closed: no drift since ${formatUtc(w.now)}.`
      await octokit.rest.issues.createComment({ ...repo, issue_number: op.issue.number, body: comment })
      await octokit.rest.issues.update({
        ...repo,
        issue_number: op.issue.number,
        state: 'closed',
        state_reason: op.reason === 'removed' ? 'not_planned' : 'completed',
        body: renderClosedBody(previous, op.payload, note)
      })
      counts.closed++
      return
    }
    case 'close-duplicate':
      await octokit.rest.issues.update({
        ...repo,
        issue_number: op.issue.number,
        state: 'closed',
        state_reason: 'duplicate'
      })
      counts.closed++
      return
  }
}

/** Summary mode: one issue per working directory with the table of every unit that is not clean. */
export async function reconcileSummaryIssue(w: IssueWork): Promise<IssueCounts> {
  const me = await readTokenIdentity(w.octokit)
  const key = marker(SUMMARY_ACTION, w.scope)
  const found = await findIssuesByMarker(w.octokit, w.repo, w.labels[0], key, me, 'all')
  const issue = found.find((i) => i.state === 'open') ?? found.sort((a, b) => b.number - a.number)[0]
  const previous = (issue ? (parseMarkerData(issue.body) as SummaryPayload | undefined) : undefined)?.units ?? {}
  const units: Record<string, SummaryEntry> = {}
  const covered = new Set(w.results.map((r) => r.unit))
  for (const [unit, entry] of Object.entries(previous)) {
    // Kept while not covered and still present; a covered unit is rewritten below, a removed one dropped.
    if (!covered.has(unit) && (!w.discovered || w.discovered.has(unit))) units[unit] = entry
  }
  for (const r of w.results) {
    if (r.classification === 'clean' || r.classification === 'unapplied') continue
    const before = previous[r.unit]
    const continuing = before?.classification === 'drift' && r.classification === 'drift'
    units[r.unit] = {
      classification: r.classification,
      firstSeen: continuing ? before.firstSeen : (before?.firstSeen ?? w.now),
      lastSeen: r.classification === 'drift' ? w.now : (before?.lastSeen ?? '—'),
      runsDrifted: r.classification === 'drift' ? (continuing ? before.runsDrifted + 1 : 1) : (before?.runsDrifted ?? 0)
    }
  }
  const payload: SummaryPayload = { schema: 1, scope: w.scope, units }
  const body = renderSummaryIssue(payload, w.results, w.notCovered, w.run)
  const anyDrift = Object.values(units).some((e) => e.classification === 'drift')
  const counts: IssueCounts = { opened: 0, updated: 0, closed: 0, overflow: [] }
  const title = `Drift detected in ${w.scope === '.' ? 'the repository' : w.scope}`
  if (!issue) {
    if (!anyDrift) return counts
    await ensureLabel(w.octokit, w.repo, w.labels[0])
    await createIssue(w, title, body)
    counts.opened++
  } else if (anyDrift) {
    await w.octokit.rest.issues.update({ ...w.repo, issue_number: issue.number, title, body, state: 'open' })
    if (issue.state === 'closed') counts.opened++
    else counts.updated++
  } else if (issue.state === 'open') {
    await w.octokit.rest.issues.createComment({
      ...w.repo,
      issue_number: issue.number,
      body: `No unit drifts any more. Closing.`
    })
    await w.octokit.rest.issues.update({
      ...w.repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed',
      body
    })
    counts.closed++
  }
  return counts
}

/** The issue work of a run, as the settings ask (per-unit or summary), on what the run covered. */
export function workOnIssues(
  settings: DriftSettings,
  ctx: RunContext,
  checked: Checked,
  appExists: ((unit: string) => Promise<boolean>) | undefined
): Promise<IssueCounts> {
  const work: IssueWork = {
    octokit: createGitHubClient({
      token: settings.githubToken,
      baseUrl: ctx.apiUrl,
      log: { info: (m) => core.info(m), warn: (m) => core.warning(m) }
    }),
    repo: ctx.repo,
    labels: settings.labels,
    assignees: settings.assignees,
    maxNew: settings.maxNewIssues,
    results: checked.results,
    discovered: checked.discovered,
    scope: checked.scope,
    notCovered: checked.notCovered,
    appExists,
    run: { sha: checked.sha ?? ctx.sha, runUrl: checked.runUrl ?? ctx.runUrl },
    now: new Date().toISOString()
  }
  return settings.issues === 'summary' ? reconcileSummaryIssue(work) : reconcileUnitIssues(work)
}
