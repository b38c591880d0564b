import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readTokenIdentity, upsertStickyComment } from '../core/github/index.js'
import type { GitHubClient, RunContext } from '../core/github/index.js'
import { httpStatus } from '../core/github/errors.js'
import { toDiffLines } from '../core/plan/display.js'
import type { PlanResult } from '../core/plan/model.js'
import { COMMENT_BUDGET, JOB_SUMMARY_LIMIT } from '../core/render/budget.js'
import { marker } from '../core/render/markdown.js'
import {
  PLAN_COMMENT_ACTION,
  preparePlanReport,
  renderPreparedReport,
  renderPreparedReportFull
} from '../core/render/plan-comment.js'
import type { PlanReportContext, PreparedPlanReport } from '../core/render/plan-comment.js'
import type { UnitSelection } from './select.js'
import type { PlanCommentSettings } from './settings.js'

const MARKER_SCHEMA = 1

/** The rendered report, ready for the summary and the comment. */
export interface PublishedReport {
  prepared: PreparedPlanReport
  markerKey: string
  reportPath: string
}

/** Renders once, then writes the full report file and the job summary (nothing that a comment write can block). */
export async function writeReport(
  result: PlanResult,
  settings: PlanCommentSettings,
  ctx: RunContext,
  selection?: Pick<UnitSelection, 'deleted' | 'skipped'>
): Promise<PublishedReport> {
  const markerKey = settings.label || 'default'
  const rctx: PlanReportContext = {
    label: settings.label || undefined,
    headSha: ctx.sha,
    runUrl: ctx.runUrl,
    markerKey,
    markerPayload: { schema: MARKER_SCHEMA, label: settings.label, headSha: ctx.sha, planHash: result.planHash },
    tool: detectTool(result, settings.tfBinary),
    redact: settings.redact,
    diffLines: toDiffLines,
    deletedUnits: selection?.deleted,
    skippedUnits: selection?.skipped
  }
  // Units are prepared once (diff lines, sizes, fences) and rendered at three sizes.
  const prepared = preparePlanReport(result, rctx)
  const dir = process.env.RUNNER_TEMP ?? tmpdir()
  const reportPath = join(dir, `terragrunt-plan-${markerKey.replace(/[^\w.-]+/g, '_')}.md`)
  await writeFile(reportPath, renderPreparedReportFull(prepared))

  const summary = renderPreparedReport(prepared, {
    maxChars: JOB_SUMMARY_LIMIT - 1024,
    fullPlanName: `the report file ${reportPath}`
  })
  await core.summary.addRaw(summary, true).write()
  return { prepared, markerKey, reportPath }
}

/** Creates or updates our sticky PR comment (on pull request events, unless `comment: off`). */
export async function writeComment(
  report: PublishedReport,
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined
): Promise<void> {
  if (settings.comment === 'off') return
  if (!ctx.pullRequest) {
    core.info(`Event ${ctx.eventName} is not about a pull request: no comment, see the job summary.`)
    return
  }
  if (!octokit) return core.info("Input 'github-token' is empty: no comment, see the job summary.")
  const body = renderPreparedReport(report.prepared, { maxChars: COMMENT_BUDGET, summaryUrl: ctx.runUrl })
  const target = { ...ctx.repo, number: ctx.pullRequest.number }
  try {
    const me = await readTokenIdentity(octokit)
    const mark = marker(PLAN_COMMENT_ACTION, report.markerKey)
    const res = await upsertStickyComment(octokit, target, mark, body, me, settings.comment)
    core.info(`Plan comment ${res.action}: ${res.url}`)
    core.setOutput('comment-url', res.url)
  } catch (error) {
    const status = httpStatus(error)
    if (status !== 403 && status !== 404) throw error
    core.warning(
      `Could not write the plan comment (GitHub answered ${status}): give the job 'pull-requests: write' permission; PRs from forks get a read-only token. The plan is in the job summary.`
    )
  }
}

/** Which tool made the plans, for the title: the plan's own wording first, then the tf-binary input. */
function detectTool(result: PlanResult, tfBinary: string | undefined): 'tofu' | 'terraform' | undefined {
  const text = result.units.map((u) => u.text).join('\n')
  if (/\bOpenTofu (?:used|will perform)\b/.test(text)) return 'tofu'
  if (/\bTerraform (?:used|will perform)\b/.test(text)) return 'terraform'
  if (tfBinary) return /terraform/.test(tfBinary) ? 'terraform' : /tofu/.test(tfBinary) ? 'tofu' : undefined
  return undefined
}
