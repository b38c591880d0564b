/**
 * verify-reviewed, the step: on the push that merges a pull request, find that pull request, read the plan our
 * comment on it showed (our marker and written by the token's own account), plan again (the reviewed units plus the
 * pull request's changed-files selection), and say whether the plan is the one reviewers saw: output
 * `reviewed-plan-matches`, the job summary and the log. The `protected` gate runs as it does on the pull request (the
 * merged pull request's labels are the override): a plan that matches its review may still destroy what is protected.
 * The comment is never written: the pull request is closed.
 */
import * as core from '@actions/core'
import { resolve } from 'node:path'
import { UserError } from '../core/errors/index.js'
import { findMarkedComments, listPullsOfCommit, readTokenIdentity } from '../core/github/index.js'
import type { GitHubClient, RunContext } from '../core/github/index.js'
import { buildPlanResult } from '../core/plan/unit-plan.js'
import type { PlanResult } from '../core/plan/model.js'
import { escapeMarkdownInline, inlineCode, link, marker, parseMarkerData } from '../core/render/markdown.js'
import { PLAN_COMMENT_ACTION } from '../core/render/plan-comment.js'
import { redactPlanResult } from '../core/render/redact.js'
import { readPlanPath } from '../core/terragrunt/plan-files.js'
import { systemClock } from '../core/time/clock.js'
import type { Clock } from '../core/time/clock.js'
import { logUnits, reportFailures, setOutputs } from './outputs.js'
import { planUnits } from './plan.js'
import { gateProtected, reportProtected } from './protected.js'
import { writeReport } from './publish.js'
import {
  compareWithReview,
  describeDifference,
  latestReviewedPlan,
  pickMergedPull,
  readReviewedPlan,
  withReviewedUnits
} from './reviewed.js'
import type { AssociatedPull, ReviewCheck, ReviewedPlan } from './reviewed.js'
import { narrowPlans, selectPlanUnits } from './select.js'
import type { UnitSelection } from './select.js'
import type { PlanCommentSettings } from './settings.js'

export async function verifyReviewedPlan(
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined
): Promise<void> {
  // Until the comparison says otherwise: a step that fails before it leaves no "true" behind.
  core.setOutput('reviewed-plan-matches', 'false')
  if (ctx.pullRequest) {
    throw new UserError(
      `Input 'verify-reviewed' checks the push that merges a pull request, but this ${ctx.eventName} event is about pull request #${ctx.pullRequest.number} itself: run it on push.`
    )
  }
  if (!octokit) {
    throw new UserError(
      "Input 'verify-reviewed' needs 'github-token' to find the merged pull request and its plan comment."
    )
  }
  const pull = await findMergedPull(octokit, ctx)
  const reviewed = await readReviewed(octokit, ctx, pull.number, settings.label)
  core.info(
    reviewed
      ? `Reviewed plan: ${reviewed.url ?? 'our comment'} on #${pull.number}, for ${reviewed.stamp.headSha.slice(0, 7)} (run ${reviewed.stamp.runId}, attempt ${reviewed.stamp.runAttempt}).`
      : `Pull request #${pull.number} has no plan comment of ours.`
  )

  // The merged pull request stands in for the event's: its changed files, and its labels for the protected override.
  const prCtx: RunContext = {
    ...ctx,
    pullRequest: { number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha, baseRef: pull.base.ref }
  }
  let selection: UnitSelection | undefined
  let units
  if (settings.planPath) {
    units = narrowPlans(await readPlanPath(resolve(ctx.workspace, settings.planPath)), settings)
  } else {
    // The pull request's changed files select units as they did in review; the reviewed units are planned too.
    const chosen = withReviewedUnits(await selectPlanUnits(settings, prCtx, octokit), reviewed)
    if (chosen.added.length > 0) core.info(`Also planning the reviewed unit(s) ${chosen.added.join(', ')}.`)
    for (const m of chosen.missing) core.info(`Reviewed unit ${m} is not a unit now.`)
    selection = chosen.selection
    units = await planUnits(settings, selection)
  }
  const plans = buildPlanResult(units)
  const result = redactPlanResult(plans, settings.redact)
  logUnits(result)
  // A plan that matches the review may still destroy what `protected` names: the gate runs here too.
  const guard = await gateProtected(plans, settings, prCtx, octokit)

  const check = compareWithReview({
    reviewed,
    pull: { number: pull.number, headSha: pull.head.sha },
    fresh: { planHash: result.planHash, units: result.units }
  })
  core.setOutput('reviewed-plan-matches', String(check.matches))
  await core.summary.addRaw(renderReviewCheck(check, ctx, pull.number, reviewed), true).write()
  const report = await writeReport(result, settings, ctx, selection, guard.report)
  setOutputs(result, report.reportPath)
  logReviewCheck(check, result)
  reportProtected(guard)
  reportFailures(result, settings.failOn)
  if (check.matches) return
  const message = `The plan is not the one reviewed: ${check.reason ?? 'unknown'}.`
  if (settings.failOnUnreviewed) core.setFailed(message)
  else core.warning(`${message} (fail-on does not list 'unreviewed', so the step goes on)`)
}

/** The merged pull request of the pushed commit; a clear error when there is none or more than one. */
async function findMergedPull(octokit: GitHubClient, ctx: RunContext): Promise<AssociatedPull> {
  if (!ctx.sha) throw new UserError("Input 'verify-reviewed': GITHUB_SHA is empty, so there is no commit to check.")
  const sha = ctx.sha
  const read = async () => (await listPullsOfCommit(octokit, ctx.repo, sha)) as AssociatedPull[]
  const picked = await awaitMergedPull(read, sha, systemClock)
  if ('error' in picked) throw new UserError(`Input 'verify-reviewed': ${picked.error}`)
  core.info(
    `Commit ${sha.slice(0, 7)} merged pull request #${picked.pull.number} (last commit ${picked.pull.head.sha.slice(0, 7)}).`
  )
  return picked.pull
}

/**
 * Waits (ms) before each further read of commits/{sha}/pulls while it lists no pull request merged as `sha`: GitHub
 * links a merge commit to its pull request a moment after the push, so the push's own run can read too early.
 */
export const MERGE_LINK_WAITS_MS: readonly number[] = [1_000, 2_000, 3_000]

/**
 * `pickMergedPull` over `read()`, read again after each of `waits` while no pull request is merged as `sha` (more than
 * one is an answer, not a delay). The last error says how long it waited.
 */
export async function awaitMergedPull(
  read: () => Promise<AssociatedPull[]>,
  sha: string,
  clock: Clock,
  waits: readonly number[] = MERGE_LINK_WAITS_MS
): Promise<ReturnType<typeof pickMergedPull>> {
  const started = clock.now()
  for (let attempt = 0; ; attempt++) {
    const pulls = await read()
    const merged = pulls.some((p) => p.merged_at !== null && p.merge_commit_sha === sha)
    if (merged || attempt >= waits.length) {
      return pickMergedPull(pulls, sha, attempt > 0 ? { reads: attempt + 1, ms: clock.now() - started } : undefined)
    }
    core.info(
      `GitHub lists no pull request merged as ${sha.slice(0, 7)} yet; reading again in ${waits[attempt] / 1000} s.`
    )
    await clock.sleep(waits[attempt])
  }
}

/** Our latest plan comment on the pull request: our marker for this label, written by the token's own account. */
async function readReviewed(
  octokit: GitHubClient,
  ctx: RunContext,
  number: number,
  label: string
): Promise<ReviewedPlan | undefined> {
  const me = await readTokenIdentity(octokit)
  const mark = marker(PLAN_COMMENT_ACTION, label || 'default')
  const ours = await findMarkedComments(octokit, { ...ctx.repo, number }, mark, me)
  return latestReviewedPlan(ours.map((c) => readReviewedPlan(parseMarkerData(c.body), c.htmlUrl)))
}

function logReviewCheck(check: ReviewCheck, result: PlanResult): void {
  if (check.note) core.info(`Note: ${check.note}.`)
  if (check.matches) {
    const how = check.by === 'units' ? `all ${result.units.length} unit(s) match` : 'the total plan hash matches'
    core.info(`The plan is the one reviewers saw: ${how}.`)
    return
  }
  for (const u of check.units) core.info(`  ${u.path}: ${describeDifference(u.why)}`)
}

/** The job summary's block about the review, above the plan. */
export function renderReviewCheck(
  check: ReviewCheck,
  ctx: Pick<RunContext, 'serverUrl' | 'repo'>,
  number: number,
  reviewed: ReviewedPlan | undefined
): string {
  const prUrl = `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/pull/${number}`
  const pr = link(`#${number}`, prUrl)
  const comment = reviewed?.url ? ` (${link('plan comment', reviewed.url)})` : ''
  const lines = check.matches
    ? [`### ✅ Reviewed plan: matches`, '', `The plan made now is the plan reviewed on ${pr}${comment}.`]
    : [
        `### ❌ Reviewed plan: differs`,
        '',
        `The plan made now is not the plan reviewed on ${pr}${comment}: ${escape(check.reason ?? '')}.`
      ]
  if (check.units.length > 0) {
    lines.push('', ...check.units.map((u) => `- ${inlineCode(u.path)}: ${describeDifference(u.why)}`))
  }
  if (check.note) lines.push('', `> [!NOTE]\n> ${escape(check.note)}.`)
  return lines.join('\n') + '\n'
}

const escape = (text: string): string => escapeMarkdownInline(text)
