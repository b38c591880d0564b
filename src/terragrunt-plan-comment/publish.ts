import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deleteStickyComments, readTokenIdentity, upsertStickyComment } from '../core/github/index.js'
import type { GitHubClient, RunContext } from '../core/github/index.js'
import { httpStatus } from '../core/github/errors.js'
import { toDiffLines } from '../core/plan/display.js'
import type { PlanResult } from '../core/plan/model.js'
import { COMMENT_BUDGET, JOB_SUMMARY_LIMIT } from '../core/render/budget.js'
import { marker, parseMarkerData } from '../core/render/markdown.js'
import { redactor } from '../core/render/redact.js'
import {
  PLAN_COMMENT_ACTION,
  preparePlanReport,
  renderPlanFailure,
  renderPreparedReport,
  renderPreparedReportFull
} from '../core/render/plan-comment.js'
import type { PlanReportContext, PreparedPlanReport } from '../core/render/plan-comment.js'
import type { ProtectedReport } from '../core/render/protected-block.js'
import { newerComment, stampOf } from './freshness.js'
import { emptyPlanAction, isEmptyPlan } from './on-empty.js'
import { markerUnitHashes } from './reviewed.js'
import { planTool } from './tool.js'
import type { RunStamp } from './freshness.js'
import type { UnitSelection } from './select.js'
import type { PlanCommentSettings } from './settings.js'

/** 2: the payload carries the run stamp (headSha, runId, runAttempt, runNumber). */
const MARKER_SCHEMA = 2

/** The job summary's callout may take this share of it, so it can list every destroyed and replaced address. */
const SUMMARY_CALLOUT_SHARE = 0.75

/** The rendered report, ready for the summary and the comment. */
export interface PublishedReport {
  prepared: PreparedPlanReport
  reportPath: string
}

/** Renders once, then writes the full report file and the job summary (nothing that a comment write can block). */
export async function writeReport(
  result: PlanResult,
  settings: PlanCommentSettings,
  ctx: RunContext,
  selection?: Pick<UnitSelection, 'deleted' | 'deletedUnknown' | 'skipped' | 'reasons'>,
  guard?: ProtectedReport
): Promise<PublishedReport> {
  const rctx: PlanReportContext = {
    // Per-unit hashes let verify-reviewed name the units that differ on the push that merges the PR.
    ...reportContext(settings, ctx, { planHash: result.planHash, unitHashes: markerUnitHashes(result.units) }),
    // tf-binary is ignored with plan-path (the plans were made elsewhere): then only their wording tells.
    tool: planTool(
      result.units.map((u) => u.text),
      settings.planPath ? undefined : settings.tfBinary
    ),
    diffLines: toDiffLines,
    // Unit paths outside the plan result, masked like it.
    deletedUnits: selection?.deleted.map(redactor(settings.redact)),
    deletedUnknown: selection?.deletedUnknown.map(redactor(settings.redact)),
    skippedUnits: selection?.skipped.map(redactor(settings.redact)),
    plannedReasons: [...(selection?.reasons ?? [])].map(([unit, reason]) => ({
      unit: redactor(settings.redact)(unit),
      reason: redactor(settings.redact)(reason)
    })),
    protected: guard
  }
  // Units are prepared once (diff lines, sizes, fences) and rendered at three sizes.
  const prepared = preparePlanReport(result, rctx)
  const dir = process.env.RUNNER_TEMP ?? tmpdir()
  const reportPath = join(dir, `terragrunt-plan-${rctx.markerKey.replace(/[^\w.-]+/g, '_')}.md`)
  await writeFile(reportPath, renderPreparedReportFull(prepared))

  const summary = renderPreparedReport(prepared, {
    maxChars: JOB_SUMMARY_LIMIT - 1024,
    fullPlanName: `the report file ${reportPath}`,
    // The summary is where the comment points for every destroyed and replaced address: the callout may take most.
    calloutShare: SUMMARY_CALLOUT_SHARE
  })
  await core.summary.addRaw(summary, true).write()
  return { prepared, reportPath }
}

/**
 * Creates or updates our sticky PR comment (on pull request events, unless `comment: off`); an empty plan follows
 * `on-empty`.
 */
export async function writeComment(
  report: PublishedReport,
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined
): Promise<void> {
  const body = () => renderPreparedReport(report.prepared, { maxChars: COMMENT_BUDGET, summaryUrl: ctx.runUrl })
  const { deletedUnits = [], deletedUnknown = [] } = report.prepared.ctx
  const empty = isEmptyPlan(report.prepared.result, [...deletedUnits, ...deletedUnknown])
  const how = emptyPlanAction(settings.onEmpty, empty)
  if (how !== 'write') core.info(`The plan is empty; on-empty is '${settings.onEmpty}'.`)
  const url = await writeSticky(
    body,
    settings,
    ctx,
    octokit,
    how === 'write' ? true : how === 'existing' ? false : 'delete'
  )
  if (url) core.setOutput('comment-url', url)
}

/**
 * Replaces our comment with a failure notice for this commit when the run fails (`created`: also post one when
 * there is none yet, for failures once planning started). Never throws: the run's own error is what matters.
 */
export async function writeFailureComment(
  message: string,
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined,
  create: boolean
): Promise<void> {
  try {
    const body = () => renderPlanFailure(reportContext(settings, ctx, { failed: true }), message)
    await writeSticky(body, settings, ctx, octokit, create)
  } catch (error) {
    core.warning(`Could not mark the plan comment as failed: ${(error as Error).message}`)
  }
}

/** The marker, stamp and title facts every comment of this run carries. */
function reportContext(settings: PlanCommentSettings, ctx: RunContext, extra: object): PlanReportContext {
  const stamp = stampOfRun(ctx)
  return {
    label: settings.label || undefined,
    headSha: ctx.sha,
    runUrl: ctx.runUrl,
    markerKey: settings.label || 'default',
    markerPayload: { schema: MARKER_SCHEMA, label: settings.label, ...stamp, ...extra }
  }
}

function stampOfRun(ctx: RunContext): RunStamp {
  return { headSha: ctx.sha, runId: ctx.run.id, runAttempt: ctx.run.attempt, runNumber: ctx.run.number }
}

/** Writes `body` as our sticky comment unless a newer run's comment is there; the comment's URL when written. */
async function writeSticky(
  body: () => string,
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined,
  create: boolean | 'delete'
): Promise<string | undefined> {
  if (settings.comment === 'off') return undefined
  if (!ctx.pullRequest) {
    core.info(`Event ${ctx.eventName} is not about a pull request: no comment, see the job summary.`)
    return undefined
  }
  if (!octokit) {
    core.info("Input 'github-token' is empty: no comment, see the job summary.")
    return undefined
  }
  const target = { ...ctx.repo, number: ctx.pullRequest.number }
  const ours = stampOfRun(ctx)
  let prHead: Promise<string | undefined> | undefined
  const currentHead = () =>
    (prHead ??= octokit.rest.pulls
      .get({ ...ctx.repo, pull_number: target.number })
      .then((r) => r.data.head.sha)
      .catch(() => undefined))
  const keep = async (c: { body: string }) => {
    const theirs = stampOf(parseMarkerData(c.body))
    return theirs ? newerComment(ours, theirs, await currentHead()) : undefined
  }
  try {
    const me = await readTokenIdentity(octokit)
    const mark = marker(PLAN_COMMENT_ACTION, settings.label || 'default')
    const res =
      create === 'delete'
        ? await deleteStickyComments(octokit, target, mark, me, { keep })
        : await upsertStickyComment(octokit, target, mark, body(), me, settings.comment, { keep, create })
    if (res.action === 'skipped') {
      if (res.url) core.warning(`Left the plan comment ${res.url} as it is: ${res.reason}.`)
      return undefined
    }
    for (const m of res.notMinimized ?? []) core.warning(`Could not hide the earlier plan comment ${m.id}: ${m.reason}`)
    core.info(
      `Plan comment ${res.action}: ${res.url}${res.minimized?.length ? ` (${res.minimized.length} earlier one(s) hidden as outdated)` : ''}`
    )
    return res.action === 'deleted' ? undefined : res.url
  } catch (error) {
    const status = httpStatus(error)
    if (status !== 403 && status !== 404) throw error
    core.warning(
      `Could not write the plan comment (GitHub answered ${status}): give the job 'pull-requests: write' permission; PRs from forks get a read-only token. The plan is in the job summary.`
    )
    return undefined
  }
}
